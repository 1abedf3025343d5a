package org.passhygiene.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The word lists a {@link WordAutomaton} compiles: folded ({@link TextFolding#foldWord}), short words dropped, sorted
 * and distinct, and that list reversed; and what leet adds to each char beyond its fold.
 */
final class FoldedWords {
    private static final int ASCII = 128;

    private FoldedWords() {
    }

    /**
     * @param words words in any case and normal form; iterated once
     * @return the folded words of at least {@code minWordLength} chars, sorted, without duplicates
     * @throws NullPointerException if an element of {@code words} is null
     */
    static String[] sorted(Iterable<String> words, int minWordLength) {
        List<String> folded = new ArrayList<>();
        for (String w : words) {
            Objects.requireNonNull(w, "words contains null");
            String f = fold(w);
            if (f.length() >= minWordLength) {
                folded.add(f);
            }
        }
        return sortedDistinct(folded.toArray(new String[0]));
    }

    /** Each word written backwards, sorted. */
    static String[] reversed(String[] forward) {
        String[] backward = new String[forward.length];
        for (int i = 0; i < forward.length; i++) {
            backward[i] = reverseChars(forward[i]);
        }
        // Unlike the word list, its reversal is in random order: sorting it is most of the build.
        Arrays.parallelSort(backward);
        return backward;
    }

    /** By char: the leet substitutes that differ from its fold (null where none). */
    static char[][] leetExtras() {
        char[][] extras = new char[0][];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char[] subs = TextFolding.substitutes((char) c);
            if (subs.length == 0) {
                continue;
            }
            char fold = TextFolding.fold((char) c);
            StringBuilder distinct = new StringBuilder();
            for (char s : subs) {
                if (s != fold && distinct.indexOf(String.valueOf(s)) < 0) {
                    distinct.append(s);
                }
            }
            if (distinct.length() > 0) {
                if (c >= extras.length) {
                    extras = Arrays.copyOf(extras, c + 1);
                }
                extras[c] = distinct.toString().toCharArray();
            }
        }
        return extras;
    }

    /** Char by char, surrogate pairs included, as {@link NaiveWordFinder} compares backwards. */
    private static String reverseChars(String s) {
        char[] chars = new char[s.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = s.charAt(chars.length - 1 - i);
        }
        return new String(chars);
    }

    /** {@link TextFolding#foldWord}, skipping the normaliser for ASCII (its NFC form is itself). */
    private static String fold(String word) {
        char[] chars = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= ASCII) {
                return TextFolding.foldWord(word);
            }
            char f = TextFolding.fold(c);
            if (f != c) {
                if (chars == null) {
                    chars = word.toCharArray();
                }
                chars[i] = f;
            }
        }
        return chars == null ? word : new String(chars);
    }

    private static String[] sortedDistinct(String[] words) {
        Arrays.sort(words);
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            if (n == 0 || !words[i].equals(words[n - 1])) {
                words[n++] = words[i];
            }
        }
        return Arrays.copyOf(words, n);
    }
}
