package org.passhygiene.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.passhygiene.dictionary.GuessEstimate;
import org.passhygiene.dictionary.GuessEstimator;
import org.passhygiene.dictionary.TextFolding;
import org.passhygiene.dictionary.WordFinder;
import org.passhygiene.dictionary.WordMatch;
import org.passhygiene.policy.MatchMode;

/** What the dictionary and context rules share: choosing the match a mode asks for, and describing it. */
final class WordMatches {

    private WordMatches() {
    }

    /** The match to report under {@code mode}, or null. */
    static WordMatch choose(WordFinder finder, char[] password, MatchMode mode) {
        switch (mode) {
            case SUBSTRING:
                return finder.findLongest(password, password.length);
            case WHOLE:
                return finder.findAll(password, password.length).stream()
                        .filter(m -> coversWhole(password, m))
                        .min(WordMatch.PREFERENCE)
                        .orElse(null);
            default:
                return null;
        }
    }

    /**
     * The word to report in guessable mode: the longest word of the cheapest explanation, when that explanation
     * leaves too little to guess; else null.
     */
    static WordMatch guessableWord(GuessEstimator estimator, char[] password) {
        GuessEstimate e = estimator.estimate(password, password.length);
        if (!e.guessable()) {
            return null;
        }
        return e.longestWord().map(s -> new WordMatch(s.label(), s.start(), s.end(), s.reversed())).orElse(null);
    }

    /** True when nothing outside the match is a letter: "Password1!" is the word "password", whole. */
    static boolean coversWhole(char[] password, WordMatch m) {
        for (int i = 0; i < password.length; i++) {
            if ((i < m.start() || i >= m.end()) && Character.isLetter(password[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parameters naming the listed word ({@code word}, folded as the list holds it) and how it was disguised
     * ({@code reversed}, and {@code disguised}: written with substitutions such as {@code 0} for {@code o}), never
     * the password's own characters: results are logged by provisioning tools, so no fragment of the password
     * goes in them. When the word is the whole password, naming it would print the password: then only
     * {@code whole=true} is given.
     */
    static Map<String, Object> params(WordMatch m, char[] password) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (m.start() == 0 && m.end() == password.length) {
            p.put("whole", true);
            return p;
        }
        p.put("word", m.word());
        p.put("reversed", m.reversed());
        p.put("disguised", disguised(m, password));
        return p;
    }

    /** True when the occurrence is not the word itself in some case (with or without diacritics). */
    private static boolean disguised(WordMatch m, char[] password) {
        String word = m.word();
        if (word.length() != m.length()) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = m.reversed() ? password[m.end() - 1 - i] : password[m.start() + i];
            if (TextFolding.fold(c) != word.charAt(i)) {
                return true;
            }
        }
        return false;
    }
}
