package org.passhygiene.generator;

import java.util.Arrays;
import java.util.Locale;

/**
 * A generated password that passed the whole policy: its characters (the live array, cleared by {@link #close()}),
 * the entropy of the generator's model and how many candidates were tried. Use it in try-with-resources. Its
 * {@link #toString()} never shows the password.
 */
public final class GeneratedPassword implements AutoCloseable {

    private final char[] password;
    private final double entropyBits;
    private final int attempts;

    GeneratedPassword(char[] password, double entropyBits, int attempts) {
        this.password = password;
        this.entropyBits = entropyBits;
        this.attempts = attempts;
    }

    /** The password itself: the live array, not a copy; {@link #close()} overwrites it with {@code '\0'}. */
    public char[] password() {
        return password;
    }

    /**
     * log2 of the number of passwords the generator's construction could have produced with these settings, each
     * equally likely (see {@link Generator}). The policy's rejections are not subtracted: when it rejects a share r
     * of candidates the accepted set is log2(1/(1-r)) bits smaller (negligible for the defaults under the presets;
     * about 2 bits for 3-word passphrases under guessable dictionary matching, which rejects about 3 in 4).
     */
    public double entropyBits() {
        return entropyBits;
    }

    /** Candidates judged until the whole policy accepted one: 1 when the first did. */
    public int attempts() {
        return attempts;
    }

    /** Overwrites the password with {@code '\0'}. */
    @Override
    public void close() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GeneratedPassword[entropyBits=%.1f, attempts=%d]", entropyBits, attempts);
    }
}
