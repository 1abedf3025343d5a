package org.passhygiene.crypto;

import java.util.Arrays;

/**
 * What a report passphrase must be: an encrypted report can be attacked offline at leisure, so beyond its length
 * ({@value OpenPgpEncryptor#MIN_PASSPHRASE_LENGTH} code points) it must not be predictable. Refused: fewer than
 * {@value #MIN_DISTINCT} different characters besides whitespace (15 spaces, {@code aaaaaaaaaaaaaaaaaaaa}); a
 * shorter sequence repeated ({@code abcdefabcdefabc}); a run of neighbouring characters for most of its length
 * ({@code 123456789012345}, {@code abcdefghijklmnop}). Composition rules do not apply: three or four random words
 * (NCSC's advice) pass. Messages give counts, never the passphrase or a part of it.
 */
final class ReportPassphrase {
    static final int MIN_DISTINCT = 6;
    private static final String ADVICE = " (e.g. three or four random words)";

    private ReportPassphrase() {
    }

    /** @throws IllegalArgumentException naming the rule the passphrase breaks, never quoting it */
    static void requireStrong(char[] passphrase) {
        int[] cps = codePoints(passphrase);
        try {
            int length = cps.length;
            if (length < OpenPgpEncryptor.MIN_PASSPHRASE_LENGTH) {
                throw new IllegalArgumentException("the passphrase has " + length + " character"
                        + (length == 1 ? "" : "s") + "; at least " + OpenPgpEncryptor.MIN_PASSPHRASE_LENGTH
                        + " are needed" + ADVICE);
            }
            long distinct = Arrays.stream(cps).filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .distinct().count();
            if (distinct < MIN_DISTINCT) {
                throw new IllegalArgumentException("the passphrase uses only " + distinct + " different character"
                        + (distinct == 1 ? "" : "s") + " besides spaces; at least " + MIN_DISTINCT + " are needed"
                        + ADVICE);
            }
            if (repeatsAShorterSequence(cps)) {
                throw new IllegalArgumentException("the passphrase repeats a shorter sequence; it must not be"
                        + " predictable" + ADVICE);
            }
            if (mostlyARun(cps)) {
                throw new IllegalArgumentException("the passphrase is mostly a run of neighbouring characters (like"
                        + " 12345 or abcde); it must not be predictable" + ADVICE);
            }
        } finally {
            Arrays.fill(cps, 0);
        }
    }

    /** The code points, without making a String (which could not be cleared). */
    private static int[] codePoints(char[] chars) {
        int[] cps = new int[Character.codePointCount(chars, 0, chars.length)];
        for (int i = 0, j = 0; i < chars.length; j++) {
            cps[j] = Character.codePointAt(chars, i);
            i += Character.charCount(cps[j]);
        }
        return cps;
    }

    /** Whether the code points are a unit of at most half their length, repeated (the last copy may be cut). */
    private static boolean repeatsAShorterSequence(int[] cps) {
        for (int period = 1; period <= cps.length / 2; period++) {
            boolean periodic = true;
            for (int i = period; i < cps.length && periodic; i++) {
                periodic = cps[i] == cps[i - period];
            }
            if (periodic) {
                return true;
            }
        }
        return false;
    }

    /** Whether at least three quarters of the steps go to the same, next or previous code point. */
    private static boolean mostlyARun(int[] cps) {
        int near = 0;
        for (int i = 1; i < cps.length; i++) {
            if (Math.abs(cps[i] - cps[i - 1]) <= 1) {
                near++;
            }
        }
        return near * 4 >= (cps.length - 1) * 3;
    }
}
