package org.passhygiene.dictionary;

import java.util.List;

/**
 * Finds dictionary words occurring anywhere in a password, comparing as {@link TextFolding} says. Implementations
 * are immutable and thread-safe. Passwords are given as {@code char[]} (only the first {@code length} chars count)
 * and are never kept.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public interface WordFinder {

    /**
     * The longest occurrence of any word (earliest start on ties; a forward reading before a reversed one), or
     * {@code null} when the password contains no word.
     */
    WordMatch findLongest(char[] password, int length);

    /** Every occurrence, ordered by start, then longest first, forward before reversed. */
    List<WordMatch> findAll(char[] password, int length);

    /** Whether any word occurs; the cheapest question. */
    default boolean containsWord(char[] password, int length) {
        return findLongest(password, length) != null;
    }
}
