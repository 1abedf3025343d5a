package org.passhygiene.dictionary;

import java.util.Comparator;

/**
 * One dictionary word found in a password.
 *
 * @param word     the dictionary word as listed (folded: lower case, no diacritics)
 * @param start    index of the first password char of the occurrence
 * @param end      index after the last password char of the occurrence
 * @param reversed true when the word occurs written backwards ({@code start..end} then reads the word in reverse)
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public record WordMatch(String word, int start, int end, boolean reversed) {

    /** The order {@link WordFinder#findAll} returns matches in: by start, longest first, forward first, by word. */
    public static final Comparator<WordMatch> READING_ORDER = Comparator.comparingInt(WordMatch::start)
            .thenComparing(Comparator.comparingInt(WordMatch::length).reversed())
            .thenComparing(WordMatch::reversed)
            .thenComparing(WordMatch::word);

    /** Which match {@link WordFinder#findLongest} prefers: longest, then earliest, forward first, by word. */
    public static final Comparator<WordMatch> PREFERENCE = Comparator.comparingInt(WordMatch::length).reversed()
            .thenComparingInt(WordMatch::start)
            .thenComparing(WordMatch::reversed)
            .thenComparing(WordMatch::word);

    /** Number of password chars the occurrence covers. */
    public int length() {
        return end - start;
    }
}
