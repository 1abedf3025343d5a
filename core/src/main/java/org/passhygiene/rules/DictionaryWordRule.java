package org.passhygiene.rules;

import java.util.Objects;

import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.Rule;
import org.passhygiene.dictionary.GuessEstimator;
import org.passhygiene.dictionary.WordFinder;
import org.passhygiene.dictionary.WordMatch;
import org.passhygiene.policy.MatchMode;

/**
 * DICTIONARY_WORD: the password contains (substring mode), is (whole mode) or is built around (guessable mode) a
 * word from the configured lists. In guessable mode the word named is the longest word of the cheapest explanation
 * {@link GuessEstimator} finds, reported when that explanation is
 * {@link org.passhygiene.dictionary.GuessEstimate#guessable()}.
 */
public final class DictionaryWordRule implements Rule {

    private final WordFinder finder;
    private final MatchMode mode;
    private final GuessEstimator estimator;

    /**
     * A substring or whole-password rule.
     *
     * @throws IllegalArgumentException if {@code mode} is {@link MatchMode#GUESSABLE} (it needs ranks: use the
     *                                  other constructor)
     */
    DictionaryWordRule(WordFinder finder, MatchMode mode) {
        this(finder, mode, null);
    }

    /**
     * @param estimator prices passwords in guessable mode (built over the same words); null in the other modes
     * @throws IllegalArgumentException if {@code mode} is guessable and there is no estimator
     */
    DictionaryWordRule(WordFinder finder, MatchMode mode, GuessEstimator estimator) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.mode = Objects.requireNonNull(mode, "mode");
        if (mode == MatchMode.GUESSABLE && estimator == null) {
            throw new IllegalArgumentException("guessable dictionary matching needs a GuessEstimator");
        }
        this.estimator = estimator;
    }

    @Override
    public RuleResult validate(PasswordData data) {
        return AccountPasswordData.withChars(data, chars -> {
            WordMatch m = mode == MatchMode.GUESSABLE ? WordMatches.guessableWord(estimator, chars)
                    : WordMatches.choose(finder, chars, mode);
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
