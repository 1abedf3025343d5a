package org.passhygiene.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.Rule;
import org.passhygiene.dictionary.GuessEstimator;
import org.passhygiene.dictionary.NaiveWordFinder;
import org.passhygiene.dictionary.TextFolding;
import org.passhygiene.dictionary.WordMatch;
import org.passhygiene.policy.MatchMode;

/**
 * CONTEXT_WORD: the password contains the username, a part of the person's name or the organisation name
 * (case-insensitive, seen through substitutions); in guessable mode, built around one so that little is left to
 * guess (as {@link DictionaryWordRule} judges dictionary words). Parameter {@code source} says which: username,
 * name or organisation.
 */
public final class ContextWordRule implements Rule {

    private final MatchMode mode;
    private final int minWordLength;
    private final boolean leet;
    private final boolean reversed;
    private final String defaultOrganisation;

    /**
     * @param defaultOrganisation organisation name used when the account gives none; may be null
     */
    public ContextWordRule(MatchMode mode, int minWordLength, boolean leet, boolean reversed,
                           String defaultOrganisation) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.minWordLength = minWordLength;
        this.leet = leet;
        this.reversed = reversed;
        this.defaultOrganisation = defaultOrganisation;
    }

    @Override
    public RuleResult validate(PasswordData data) {
        Map<String, String> sources = contextWords(AccountPasswordData.contextOf(data));
        if (sources.isEmpty() || mode == MatchMode.OFF) {
            return new SuccessRuleResult();
        }
        // A handful of words that change with every check: the naive finder is the right tool.
        NaiveWordFinder finder = new NaiveWordFinder(sources.keySet(), minWordLength, leet, reversed);
        return AccountPasswordData.withChars(data, chars -> {
            WordMatch m = mode == MatchMode.GUESSABLE ? WordMatches.guessableWord(estimator(finder, sources), chars)
                    : WordMatches.choose(finder, chars, mode);
            if (m == null) {
                return new SuccessRuleResult();
            }
            Map<String, Object> params = WordMatches.params(m, chars);
            params.put("source", sources.get(m.word()));
            return new FailureRuleResult(new RuleResultDetail("CONTEXT_WORD", params));
        });
    }

    /** In guessable mode a context word is among the first things tried: its rank is its place in the list. */
    private static GuessEstimator estimator(NaiveWordFinder finder, Map<String, String> sources) {
        List<String> order = new ArrayList<>(sources.keySet());
        return new GuessEstimator(finder, w -> order.indexOf(w) + 1, true);
    }

    /** Folded context word → where it came from; the first source of a word wins. */
    Map<String, String> contextWords(AccountPasswordData account) {
        Map<String, String> words = new LinkedHashMap<>();
        String user = account.username();
        if (user != null) {
            int at = user.indexOf('@');
            String local = at > 0 ? user.substring(0, at) : user;
            add(words, local, "username");
            add(words, local.replaceAll("[^\\p{L}\\p{Nd}]", ""), "username");
            addParts(words, local, "username");
        }
        if (account.fullName() != null) {
            addParts(words, account.fullName(), "name");
            add(words, account.fullName().replaceAll("[^\\p{L}]", ""), "name");
        }
        String org = account.organisation() != null ? account.organisation() : defaultOrganisation;
        if (org != null) {
            addParts(words, org, "organisation");
            add(words, org.replaceAll("[^\\p{L}\\p{Nd}]", ""), "organisation");
        }
        return words;
    }

    private void addParts(Map<String, String> words, String text, String source) {
        for (String part : text.split("[^\\p{L}]+")) {
            add(words, part, source);
        }
    }

    private void add(Map<String, String> words, String word, String source) {
        String folded = TextFolding.foldWord(word.toLowerCase(Locale.ROOT));
        if (folded.length() >= minWordLength) {
            words.putIfAbsent(folded, source);
        }
    }

    @Override
    public String toString() {
        return "ContextWordRule[" + mode + "]";
    }
}
