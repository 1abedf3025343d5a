package org.passhygiene.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.data.EnglishSequenceData;
import org.passay.rule.IllegalSequenceRule;
import org.passay.rule.RepeatCharactersRule;
import org.passay.rule.Rule;

/** PREDICTABLE_PATTERN on its own, and against Passay's sequence and repeat rules. */
class PredictablePatternRuleTest {

    private static final PredictablePatternRule RULE = new PredictablePatternRule();
    /** Passay's rules as a policy would configure them: sequences and repeats of 5 (their defaults). */
    private static final List<Rule> PASSAY = List.of(new IllegalSequenceRule(EnglishSequenceData.Alphabetical),
            new IllegalSequenceRule(EnglishSequenceData.Numerical),
            new IllegalSequenceRule(EnglishSequenceData.USQwerty),
            new RepeatCharactersRule());

    private static String reason(String password) {
        RuleResult r = RULE.validate(new PasswordData(password));
        return r.isValid() ? "" : String.valueOf(r.getDetails().get(0).getParameters().get("reason"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Xxxxxxxx2025$   | repeat",
        "2025MMMMMM?     | repeat",
        "Zzzzzz12$       | repeat",
        "@bcd3f23?       | sequence",
        "98765432#a      | sequence",
        "A$df@$df*2011   | repeated-block",
        "1qaz2wsx#Q      | keyboard",
        "Zxcvbn123!      | keyboard",
        "qwerty#2024     | keyboard",
        // UK layout: " is shift-2 and @ is on the ' key, so "@;lkj is a walk there but not on a US keyboard.
        "@;lkjh#27       | keyboard",
        "xK#9vq!Lp2@z    | ''",
        "8203941#ab      | ''",
    })
    void findsPatternsThroughCaseAndLeet(String password, String reason) {
        assertThat(reason(password)).isEqualTo(reason);
    }

    /** Leet, repeated blocks and column walks: Passay's rules accept these. */
    @ParameterizedTest
    @ValueSource(strings = {"@bcd3f23?", "A$df@$df*2011", "1qaz2wsx#Q"})
    void catchesWhatPassaysRulesMiss(String password) {
        assertThat(reason(password)).isNotEmpty();
        assertThat(PASSAY).allMatch(r -> r.validate(new PasswordData(password)).isValid());
    }

    @Test
    void rejectsNoMoreRandomPasswordsThanPassaysRules() {
        List<String> random = PasswordCorpora.random(GuessableRatesTest.RANDOM_SEED_12, 2000, 12);
        long ours = random.stream().filter(p -> !reason(p).isEmpty()).count();
        long passay = random.stream()
                .filter(p -> PASSAY.stream().anyMatch(r -> !r.validate(new PasswordData(p)).isValid())).count();
        System.out.printf("random 12: PREDICTABLE_PATTERN %d, Passay sequence/repeat rules %d of %d%n", ours, passay,
                random.size());
        assertThat(ours).isLessThanOrEqualTo(passay);
    }

    @Test
    void neverReportsThePatternText() {
        RuleResult r = RULE.validate(new PasswordData("Qwerty#2024"));
        assertThat(r.getDetails().get(0).getParameters()).containsOnlyKeys("reason");
    }
}
