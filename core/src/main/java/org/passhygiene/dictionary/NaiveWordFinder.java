package org.passhygiene.dictionary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reference {@link WordFinder}: tries every word at every position. Obviously correct and O(length × words ×
 * word length), so it serves as the oracle in tests of the fast engine and for the handful of context words
 * (username, names, organisation) that change with every check.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class NaiveWordFinder implements WordFinder {

    /** Same as {@link WordMatch#READING_ORDER}. */
    static final Comparator<WordMatch> READING_ORDER = WordMatch.READING_ORDER;

    /** Same as {@link WordMatch#PREFERENCE}. */
    static final Comparator<WordMatch> PREFERENCE = WordMatch.PREFERENCE;

    private final String[] words;
    private final boolean leet;
    private final boolean reversed;

    /**
     * @param words         words in any form; they are folded, and those shorter than {@code minWordLength} dropped
     * @param minWordLength shortest word to look for, at least 1
     * @param leet          whether {@link TextFolding#substitutes} apply
     * @param reversed      whether words written backwards count too
     */
    public NaiveWordFinder(Collection<String> words, int minWordLength, boolean leet, boolean reversed) {
        Objects.requireNonNull(words, "words");
        if (minWordLength < 1) {
            throw new IllegalArgumentException("minWordLength must be at least 1: " + minWordLength);
        }
        Set<String> folded = new LinkedHashSet<>();
        for (String w : words) {
            String f = TextFolding.foldWord(w);
            if (f.length() >= minWordLength) {
                folded.add(f);
            }
        }
        this.words = folded.toArray(new String[0]);
        this.leet = leet;
        this.reversed = reversed;
    }

    @Override
    public WordMatch findLongest(char[] password, int length) {
        List<WordMatch> all = findAll(password, length);
        return all.stream().min(PREFERENCE).orElse(null);
    }

    @Override
    public List<WordMatch> findAll(char[] password, int length) {
        Objects.checkFromIndexSize(0, length, password.length);
        List<WordMatch> found = new ArrayList<>();
        for (int start = 0; start < length; start++) {
            for (String w : words) {
                int end = start + w.length();
                if (end > length) {
                    continue;
                }
                if (matchesForward(password, start, w)) {
                    found.add(new WordMatch(w, start, end, false));
                }
                if (reversed && matchesBackward(password, start, w)) {
                    found.add(new WordMatch(w, start, end, true));
                }
            }
        }
        found.sort(READING_ORDER);
        return found;
    }

    private boolean matchesForward(char[] p, int start, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!TextFolding.matches(p[start + i], w.charAt(i), leet)) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesBackward(char[] p, int start, String w) {
        int last = start + w.length() - 1;
        for (int i = 0; i < w.length(); i++) {
            if (!TextFolding.matches(p[last - i], w.charAt(i), leet)) {
                return false;
            }
        }
        return true;
    }
}
