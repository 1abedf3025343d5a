package org.passhygiene.dictionary;

/**
 * One dictionary word found in a password.
 *
 * @param word     the dictionary word as listed (folded: lower case, no diacritics)
 * @param start    index of the first password char of the occurrence
 * @param end      index after the last password char of the occurrence
 * @param reversed true when the word occurs written backwards ({@code start..end} then reads the word in reverse)
 */
public record WordMatch(String word, int start, int end, boolean reversed) {

    /** Number of password chars the occurrence covers. */
    public int length() {
        return end - start;
    }
}
