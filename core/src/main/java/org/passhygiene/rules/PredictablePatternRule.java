package org.passhygiene.rules;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.Rule;
import org.passhygiene.dictionary.GuessEstimate;
import org.passhygiene.dictionary.GuessEstimator;
import org.passhygiene.dictionary.GuessSegment;

/**
 * PREDICTABLE_PATTERN: the password is built around runs of one character, alphabetical or numerical sequences,
 * keyboard walks (US and UK layouts), repeated blocks or years, seen through case and leet, so that once they are
 * guessed too little is left ({@link GuessEstimate#guessable()}, with no dictionary words). Parameter
 * {@code reason} names the longest pattern's kind ({@code repeat}, {@code sequence}, {@code keyboard},
 * {@code repeated-block}, {@code year}); the pattern's text is never reported.
 *
 * <p>Passay's {@code IllegalSequenceRule} and {@code RepeatCharactersRule} were the starting point; this rule goes
 * further where they fall short for staff passwords: it reads leet ({@code @bcd3f} is {@code abcdef}), knows the UK
 * layout and column walks ({@code 1qaz2wsx}), finds repeated blocks ({@code A$df@$df}), and weighs a pattern against
 * the rest of the password instead of rejecting any run of a fixed length ({@code PredictablePatternRuleTest}
 * shows passwords Passay's rules accept and this rule rejects).
 */
public final class PredictablePatternRule implements Rule {

    /** Shortest pattern reported. */
    static final int MIN_REPORTED_LENGTH = 4;

    private final GuessEstimator estimator;

    public PredictablePatternRule() {
        this.estimator = new GuessEstimator(null, w -> 1, true);
    }

    @Override
    public RuleResult validate(PasswordData data) {
        return AccountPasswordData.withChars(data, chars -> {
            GuessEstimate e = estimator.estimate(chars, chars.length);
            if (!e.guessable()) {
                return new SuccessRuleResult();
            }
            GuessSegment pattern = e.segments().stream().filter(PredictablePatternRule::reportable)
                    .max(Comparator.comparingInt(GuessSegment::length).thenComparing(s -> -s.start())).orElse(null);
            if (pattern == null) {
                return new SuccessRuleResult();
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("reason", Objects.requireNonNull(pattern.label()));
            return new FailureRuleResult(new RuleResultDetail("PREDICTABLE_PATTERN", params));
        });
    }

    /**
     * A pattern the rule is reported for: at least {@value #MIN_REPORTED_LENGTH} chars and not a year. Years and
     * three-char runs still make a password cheaper (they are how {@code Summer2024!} is priced), but on their own
     * they occur by chance in random passwords too often to be the reason for a rejection.
     */
    static boolean reportable(GuessSegment s) {
        return s.kind() == GuessSegment.Kind.PATTERN && s.length() >= MIN_REPORTED_LENGTH
                && !GuessSegment.YEAR.equals(s.label());
    }

    @Override
    public String toString() {
        return "PredictablePatternRule";
    }
}
