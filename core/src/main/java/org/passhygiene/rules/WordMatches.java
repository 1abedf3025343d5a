package org.passhygiene.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.passhygiene.dictionary.GuessEstimate;
import org.passhygiene.dictionary.GuessEstimator;
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
     * Parameters naming the word and, so the person sees what was recognised, how it was written. When the word
     * is the whole password, naming it would print the password: then only {@code whole=true} is given.
     */
    static Map<String, Object> params(WordMatch m, char[] password) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (m.start() == 0 && m.end() == password.length) {
            p.put("whole", true);
            return p;
        }
        p.put("word", m.word());
        p.put("writtenAs", new String(password, m.start(), m.length()));
        p.put("reversed", m.reversed());
        return p;
    }
}
