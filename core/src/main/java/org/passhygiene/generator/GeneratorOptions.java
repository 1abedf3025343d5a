package org.passhygiene.generator;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How to generate: the {@link GeneratorMode}, its length or number of words, the passphrase separator and
 * capitalisation, and the source of randomness. Immutable; build with {@link #builder()}. Unset values take the
 * policy-dependent defaults {@link Generator} documents (random: {@code max(min-length, 14)} characters;
 * passphrase: 4 words where they fit, separator {@code -}, lower case).
 */
public final class GeneratorOptions {

    /** Fewest passphrase words (Bitwarden's range is 3 to 20). */
    public static final int MIN_WORDS = 3;
    /** Most passphrase words. */
    public static final int MAX_WORDS = 20;
    /** Longest random password that may be asked for (the largest {@code max-length} a policy allows). */
    public static final int MAX_LENGTH = 4096;

    private static final GeneratorOptions DEFAULTS = builder().build();

    private final GeneratorMode mode;
    private final int length;
    private final int words;
    private final char separator;
    private final boolean capitalise;
    private final RandomGenerator random;

    private GeneratorOptions(Builder b) {
        this.mode = b.mode;
        this.length = b.length;
        this.words = b.words;
        this.separator = b.separator == null ? '-' : b.separator;
        this.capitalise = b.capitalise != null && b.capitalise;
        this.random = b.random;
    }

    /** Random mode, default length {@code max(min-length, 14)}, a {@code SecureRandom}. */
    public static GeneratorOptions defaults() {
        return DEFAULTS;
    }

    /** A builder for random mode with every default. */
    public static Builder builder() {
        return new Builder();
    }

    public GeneratorMode mode() {
        return mode;
    }

    /** The random password's length; 0 when unset (the policy's default applies). */
    public int length() {
        return length;
    }

    /** The passphrase's number of words; 0 when unset (the policy's default applies). */
    public int words() {
        return words;
    }

    /** The passphrase separator ({@code -} unless set). */
    public char separator() {
        return separator;
    }

    /** Whether each passphrase word starts with a capital. */
    public boolean capitalise() {
        return capitalise;
    }

    /** The source of randomness; null means the generator's shared {@code SecureRandom}. */
    RandomGenerator random() {
        return random;
    }

    @Override
    public String toString() {
        return "GeneratorOptions[mode=" + mode.name().toLowerCase(Locale.ROOT)
                + (length > 0 ? ", length=" + length : "") + (words > 0 ? ", words=" + words : "")
                + (mode == GeneratorMode.PASSPHRASE ? ", separator='" + separator + "', capitalise=" + capitalise : "")
                + "]";
    }

    /** Validating builder, not thread-safe: each setter throws {@link IllegalArgumentException} at once. */
    public static final class Builder {

        private GeneratorMode mode = GeneratorMode.RANDOM;
        private int length;
        private int words;
        private Character separator;
        private Boolean capitalise;
        private RandomGenerator random;

        private Builder() {
        }

        /** Random (default) or passphrase. */
        public Builder mode(GeneratorMode value) {
            mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /**
         * Random mode: characters, 1 to {@value #MAX_LENGTH}; the policy's min-length and max-length must allow it.
         *
         * @throws IllegalArgumentException if out of range
         */
        public Builder length(int value) {
            if (value < 1 || value > MAX_LENGTH) {
                throw new IllegalArgumentException("length=" + value + ": must be between 1 and " + MAX_LENGTH);
            }
            length = value;
            return this;
        }

        /**
         * Passphrase mode: words, {@value #MIN_WORDS} to {@value #MAX_WORDS}.
         *
         * @throws IllegalArgumentException if out of range
         */
        public Builder words(int value) {
            if (value < MIN_WORDS || value > MAX_WORDS) {
                throw new IllegalArgumentException("words=" + value + ": must be between " + MIN_WORDS + " and "
                        + MAX_WORDS);
            }
            words = value;
            return this;
        }

        /**
         * Passphrase mode: the character between words, a space or one of {@link Generator#SYMBOLS} (so it is the
         * symbol a {@code require-symbol} policy asks for).
         *
         * @throws IllegalArgumentException for any other character
         */
        public Builder separator(char value) {
            if (value != ' ' && Generator.SYMBOLS.indexOf(value) < 0) {
                throw new IllegalArgumentException("separator: must be a space or one of " + Generator.SYMBOLS);
            }
            separator = value;
            return this;
        }

        /** Passphrase mode: start each word with a capital (no entropy is added: every word is capitalised). */
        public Builder capitalise(boolean value) {
            capitalise = value;
            return this;
        }

        /**
         * The source of randomness: a {@code SecureRandom} (the default, shared) or, for tests, a seeded generator.
         * Used only through {@code nextInt(bound)}.
         */
        public Builder random(RandomGenerator value) {
            random = Objects.requireNonNull(value, "random");
            return this;
        }

        /**
         * @throws IllegalArgumentException if an option of the other mode was set ({@code length} in passphrase
         *                                  mode; {@code words}, {@code separator} or {@code capitalise} in random
         *                                  mode)
         */
        public GeneratorOptions build() {
            if (mode == GeneratorMode.PASSPHRASE && length > 0) {
                throw new IllegalArgumentException("length applies to random mode; a passphrase's length is set by"
                        + " words");
            }
            if (mode == GeneratorMode.RANDOM && (words > 0 || separator != null || capitalise != null)) {
                throw new IllegalArgumentException("words, separator and capitalise apply to passphrase mode");
            }
            return new GeneratorOptions(this);
        }
    }
}
