package org.passhygiene.dictionary;

import java.util.Collection;

/**
 * The one place that decides which {@link WordFinder} implementation a policy gets: the {@link WordAutomaton} (the
 * {@link NaiveWordFinder} stays the reference it is tested against, and serves the few context words).
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class WordFinders {

    private WordFinders() {
    }

    /** A finder over these words (any form; folded and filtered by length here). */
    public static WordFinder compile(Collection<String> words, int minWordLength, boolean leet, boolean reversed) {
        return WordAutomaton.builder().minWordLength(minWordLength).leet(leet).reversed(reversed).build(words);
    }
}
