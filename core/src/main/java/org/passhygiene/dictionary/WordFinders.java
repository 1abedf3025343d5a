package org.passhygiene.dictionary;

import java.util.Collection;

/** The one place that decides which {@link WordFinder} implementation a policy gets. */
public final class WordFinders {

    private WordFinders() {
    }

    /** A finder over these words (any form; folded and filtered by length here). */
    public static WordFinder compile(Collection<String> words, int minWordLength, boolean leet, boolean reversed) {
        return new NaiveWordFinder(words, minWordLength, leet, reversed);
    }
}
