package org.passhygiene.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.TestPolicies;
import org.passhygiene.ViolationCode;
import org.passhygiene.policy.MatchMode;

/** {@code context-match: guessable}: a context word counts when the password is built around it. */
class ContextWordRuleGuessableTest {

    private static final PasswordPolicy POLICY = TestPolicies.aupWithWords("monkey")
            .contextMatch(MatchMode.GUESSABLE).build();
    private static final Account JANE = Account.of("jsmith").withFullName("Jane Smith")
            .withOrganisation("Oakfield Primary School");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Oakfield1!          | organisation",
        "Dleifk@0#2024       | organisation",
        "J@ne1987!           | name",
        "jsmith#7Qz          | username",
        "xQ7#jane!Lp2@zT9vR  | ''",
    })
    void countsContextWordsThePasswordIsBuiltAround(String password, String source) {
        var context = POLICY.check(password.toCharArray(), JANE).violations().stream()
                .filter(v -> v.code() == ViolationCode.CONTEXT_WORD).findFirst();
        if (source.isEmpty()) {
            assertThat(context).isEmpty();
        } else {
            assertThat(context).hasValueSatisfying(v -> assertThat(v.params()).containsEntry("source", source));
        }
    }
}
