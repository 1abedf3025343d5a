package org.passhygiene.dictionary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How early a cracker tries a word: the rank of each alphabetic base word of a frequency-ordered common-password
 * list. An entry's base word is the entry with leading and trailing digits and symbols removed, kept when what
 * remains is letters only and at least {@value #MIN_BASE_LENGTH} long ({@code badboy1} → {@code badboy},
 * {@code cjkysirj} stays, {@code 1qaz2wsx} and {@code p@ssw0rd} give none); its rank is the 1-based line of the
 * first entry that gives it. Immutable and thread-safe.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class WordRanks {

    /** Shortest base word kept: shorter ones are guessed faster by brute force than from a list. */
    public static final int MIN_BASE_LENGTH = 4;

    private final Map<String, Integer> ranks;
    private final List<String> baseWords;

    private WordRanks(Map<String, Integer> ranks, List<String> baseWords) {
        this.ranks = ranks;
        this.baseWords = baseWords;
    }

    /** Ranks from entries in frequency order (most common first). */
    public static WordRanks of(Iterable<String> entriesMostCommonFirst) {
        Map<String, Integer> ranks = new HashMap<>();
        List<String> words = new ArrayList<>();
        int line = 0;
        for (String entry : entriesMostCommonFirst) {
            line++;
            String base = baseWord(entry);
            if (base != null && ranks.putIfAbsent(base, line) == null) {
                words.add(base);
            }
        }
        return new WordRanks(ranks, Collections.unmodifiableList(words));
    }

    /** The folded alphabetic base word of a list entry, or null when it has none. */
    static String baseWord(String entry) {
        String folded = TextFolding.foldWord(entry);
        int from = 0;
        int to = folded.length();
        while (from < to && !Character.isLetter(folded.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(folded.charAt(to - 1))) {
            to--;
        }
        if (to - from < MIN_BASE_LENGTH) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(folded.charAt(i))) {
                return null;
            }
        }
        return folded.substring(from, to);
    }

    /** The rank of a folded word, or 0 when the list does not give it. */
    public int rank(String foldedWord) {
        Integer r = ranks.get(foldedWord);
        return r == null ? 0 : r;
    }

    /** The base words, most common first. */
    public List<String> baseWords() {
        return baseWords;
    }
}
