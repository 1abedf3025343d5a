package org.passhygiene.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The key table is the one source: the README reference, the aup preset and every builder path come from it. */
class PolicyKeyTest {

    @Test
    void readmeKeyReferenceIsTheRenderedTable() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).as("README.md policy key reference: paste PolicyKey.markdownTable()")
                .contains(PolicyKey.markdownTable());
    }

    @ParameterizedTest
    @EnumSource(PolicyKey.class)
    void aupIsTheTableDefaultsAndEveryKeyHasADescribedValue(PolicyKey key) {
        PolicySettings aup = Presets.settings("aup");
        assertThat(aup.value(key)).isEqualTo(key.kind().check(key, key.defaultValue()));
        assertThat(key.description()).isNotBlank().doesNotContain("`");
        assertThat(key.valueText()).isNotBlank();
        assertThat(key.methodName()).doesNotContain("-");
    }

    @Test
    void rangesComeFromTheKindNotTheDescription() {
        assertThat(PolicyKey.MIN_LENGTH.valueText()).isEqualTo("whole number, 1 to 256");
        assertThat(PolicyKey.MIN_LENGTH.description()).doesNotContain("256");
        assertThat(PolicyKey.DATE_ORDER.valueText()).isEqualTo("dmy, mdy or ymd");
        assertThat(PolicyKey.HISTORY.comment()).endsWith("Value: whole number, 0 to 50.");
    }
}
