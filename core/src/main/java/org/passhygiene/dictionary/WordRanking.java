package org.passhygiene.dictionary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * How soon a cracker tries a folded word: the smallest of its rank among the school's own words (1, 2, …), its
 * {@link WordRanks rank} in the frequency-ordered common-password list, and the size of the smallest shipped list that
 * holds it (a list of 228 football clubs is tried in 228 guesses; a word only {@code en-gb}'s 130,000 words hold
 * costs 130,000). Immutable and thread-safe.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class WordRanking implements ToIntFunction<String> {

    private final Map<String, Integer> extra;
    private final WordRanks common;
    private final Map<String, Integer> listRank;
    private final int defaultRank;

    private WordRanking(Map<String, Integer> extra, WordRanks common, Map<String, Integer> listRank,
                        int defaultRank) {
        this.extra = extra;
        this.common = common;
        this.listRank = listRank;
        this.defaultRank = defaultRank;
    }

    /**
     * @param extraWords  the school's own words, in the order given
     * @param common      ranks from the common-password list
     * @param listWords   each list's words (any form)
     */
    static WordRanking of(List<String> extraWords, WordRanks common, List<List<String>> listWords) {
        Map<String, Integer> extra = new HashMap<>();
        for (String w : extraWords) {
            extra.putIfAbsent(TextFolding.foldWord(w), extra.size() + 1);
        }
        int largest = 1;
        for (List<String> words : listWords) {
            largest = Math.max(largest, words.size());
        }
        Map<String, Integer> listRank = new HashMap<>();
        for (List<String> words : listWords) {
            if (words.size() < largest) { // the largest list's words are the default: no need to store them
                for (String w : words) {
                    listRank.merge(TextFolding.foldWord(w), words.size(), Math::min);
                }
            }
        }
        return new WordRanking(extra, common, listRank, largest);
    }

    @Override
    public int applyAsInt(String foldedWord) {
        int best = Integer.MAX_VALUE;
        Integer e = extra.get(foldedWord);
        if (e != null) {
            best = e;
        }
        int c = common.rank(foldedWord);
        if (c > 0) {
            best = Math.min(best, c);
        }
        Integer l = listRank.get(foldedWord);
        if (l != null) {
            best = Math.min(best, l);
        }
        // Not in a smaller list nor ranked: a word of the largest list, tried in its size of guesses.
        return best == Integer.MAX_VALUE ? defaultRank : best;
    }
}
