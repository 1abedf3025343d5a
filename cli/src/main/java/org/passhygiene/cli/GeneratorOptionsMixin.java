package org.passhygiene.cli;

import java.util.Locale;

import org.passhygiene.generator.GeneratorMode;
import org.passhygiene.generator.GeneratorOptions;

import picocli.CommandLine.Option;

/**
 * {@code --mode random|passphrase}, {@code --length}, {@code --words}, {@code --separator}, {@code --capitalise}: the
 * generator's options, shared by {@code generate} and {@code provision}.
 */
final class GeneratorOptionsMixin {

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "random",
            converter = OptionConverters.GeneratorModes.class,
            description = "random (default: max(min-length, 14) characters without look-alikes) or passphrase"
                + " (words from the EFF long list).")
    private GeneratorMode mode;

    @Option(names = "--length", paramLabel = "N", description = "Random mode: characters (within the policy's"
            + " min-length and max-length).")
    private Integer length;

    @Option(names = "--words", paramLabel = "N", description = "Passphrase mode: words, 3 to 20 (default 4, more if"
            + " min-length needs them).")
    private Integer words;

    @Option(names = "--separator", paramLabel = "CHAR", description = "Passphrase mode: between words (default -):"
            + " a space or one of !()*+,-./:=?[]_{}.")
    private Character separator;

    @Option(names = "--capitalise", description = "Passphrase mode: start each word with a capital.")
    private boolean capitalise;

    /** The mode's name for people: {@code random} or {@code passphrase}. */
    String modeName() {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The options as given.
     *
     * @throws ExitCodes.UsageException (exit 2) for a value out of range or an option of the other mode
     */
    GeneratorOptions options() {
        return ExitCodes.usage(this::build);
    }

    private GeneratorOptions build() {
        GeneratorOptions.Builder b = GeneratorOptions.builder().mode(mode);
        try {
            if (length != null) {
                b.length(length);
            }
            if (words != null) {
                b.words(words);
            }
            if (separator != null) {
                b.separator(separator);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage());
        }
        if (capitalise) {
            b.capitalise(true);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--length applies to --mode random; --words, --separator and"
                    + " --capitalise to --mode passphrase");
        }
    }
}
