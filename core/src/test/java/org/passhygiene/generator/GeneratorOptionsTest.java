package org.passhygiene.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The options' builder: ranges, and options of the other mode refused. */
class GeneratorOptionsTest {

    @Test
    void defaultsAreRandomWithThePolicysLength() {
        GeneratorOptions o = GeneratorOptions.defaults();
        assertThat(o.mode()).isEqualTo(GeneratorMode.RANDOM);
        assertThat(o.length()).isZero();
        assertThat(o).hasToString("GeneratorOptions[mode=random]");
    }

    @Test
    void rangesAreCheckedAtOnce() {
        assertThatThrownBy(() -> GeneratorOptions.builder().length(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("length=0: must be between 1 and 4096");
        assertThatThrownBy(() -> GeneratorOptions.builder().words(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("words=2: must be between 3 and 20");
        assertThatThrownBy(() -> GeneratorOptions.builder().words(21))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("words=21: must be between 3 and 20");
        assertThatThrownBy(() -> GeneratorOptions.builder().separator('@'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("separator: must be a space or one of !()*+,-./:=?[]_{}");
    }

    @Test
    void optionsOfTheOtherModeAreRefused() {
        assertThatThrownBy(() -> GeneratorOptions.builder().mode(GeneratorMode.PASSPHRASE).length(20).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("length applies to random mode; a passphrase's length is set by words");
        assertThatThrownBy(() -> GeneratorOptions.builder().words(5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("words, separator and capitalise apply to passphrase mode");
    }

    @Test
    void passphraseOptionsShowInToString() {
        GeneratorOptions o = GeneratorOptions.builder().mode(GeneratorMode.PASSPHRASE).words(5).separator(' ')
                .capitalise(true).build();
        assertThat(o).hasToString("GeneratorOptions[mode=passphrase, words=5, separator=' ', capitalise=true]");
    }
}
