package org.passhygiene.rules;

import java.util.Objects;

import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.Rule;
import org.passhygiene.dictionary.WordFinder;
import org.passhygiene.dictionary.WordMatch;
import org.passhygiene.policy.MatchMode;

/** DICTIONARY_WORD: the password contains (or, in whole mode, is) a word from the configured lists. */
public final class DictionaryWordRule implements Rule {

    private final WordFinder finder;
    private final MatchMode mode;

    public DictionaryWordRule(WordFinder finder, MatchMode mode) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public RuleResult validate(PasswordData data) {
        return AccountPasswordData.withChars(data, chars -> {
            WordMatch m = WordMatches.choose(finder, chars, mode);
            if (m == null) {
                return new SuccessRuleResult();
            }
            return new FailureRuleResult(new RuleResultDetail("DICTIONARY_WORD", WordMatches.params(m, chars)));
        });
    }

    @Override
    public String toString() {
        return "DictionaryWordRule[" + mode + "]";
    }
}
