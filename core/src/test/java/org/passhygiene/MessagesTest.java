package org.passhygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every violation code's message and clause, rendered and asserted exactly. */
class MessagesTest {

    private static final PasswordPolicy POLICY = TestPolicies.aupWithWords("monkey", "password").build();
    private static final Account JANE = Account.of("jsmith").withFullName("Jane Smith")
            .withOrganisation("Oakfield Primary");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ab1!         | TOO_SHORT       | must be at least 8 characters long | AUP: 8 or more characters",
        "Xq7vR2pL     | MISSING_SYMBOL  | must contain at least one symbol (such as ! ? # or a space)"
                + " | AUP: numbers, letters and symbols",
        "Xq#vR!pL     | MISSING_DIGIT   | must contain at least one number | AUP: numbers, letters and symbols",
        "8203941#     | MISSING_LETTER  | must contain at least one letter | AUP: numbers, letters and symbols",
        "xmonkey#9Q   | DICTIONARY_WORD | contains the dictionary word ‘monkey’ | AUP: does not contain a dictionary word",
        "xm0nk3y#9Q   | DICTIONARY_WORD | contains the dictionary word ‘monkey’ (written with look-alike"
                + " characters) | AUP: does not contain a dictionary word",
        "Q9#dr0wssap  | DICTIONARY_WORD | contains the dictionary word ‘password’ (written backwards)"
                + " | AUP: does not contain a dictionary word",
        "xJSMITH#9Q   | CONTEXT_WORD    | contains your username ‘jsmith’"
                + " | AUP: does not contain a dictionary word or your own name",
        "x$m1th#9Q    | CONTEXT_WORD    | contains your name ‘smith’ (written with look-alike characters)"
                + " | AUP: does not contain a dictionary word or your own name",
        "oakf1eld#9Q  | CONTEXT_WORD    | contains the organisation name ‘oakfield’ (written with look-alike"
                + " characters) | AUP: does not contain a dictionary word or your own name",
    })
    void rendersMessageAndClause(String password, ViolationCode code, String message, String clause) {
        List<Violation> violations = POLICY.check(password.toCharArray(), JANE).violations();
        assertThat(violations).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.message()).isEqualTo(message);
        assertThat(v.clause()).isEqualTo(clause);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "M0nk3y       | DICTIONARY_WORD | is a dictionary word",
        "J$m1th       | CONTEXT_WORD    | is your username",
        "Smith        | CONTEXT_WORD    | is your name",
        "0akf1eld     | CONTEXT_WORD    | is the organisation name",
    })
    void wholePasswordWordsAreNotNamed(String password, ViolationCode code, String message) {
        Violation v = POLICY.check(password.toCharArray(), JANE).violations().stream()
                .filter(x -> x.code() == code).findFirst().orElseThrow();
        assertThat(v.message()).isEqualTo(message);
        assertThat(v.params()).containsOnlyKeys(code == ViolationCode.CONTEXT_WORD ? List.of("whole", "source")
                : List.of("whole"));
    }

    @org.junit.jupiter.api.Test
    void tooLongNamesTheCap() {
        PasswordPolicy p = POLICY.toBuilder().maxLength(64).build();
        Violation v = p.check("Ab1!".repeat(20).toCharArray()).violations().get(0);
        assertThat(v.code()).isEqualTo(ViolationCode.TOO_LONG);
        assertThat(v.message()).isEqualTo("must be no more than 64 characters long");
        assertThat(v.clause()).isEqualTo("AUP: no more than 64 characters");
    }

    @org.junit.jupiter.api.Test
    void commonPasswordNamesTheListSize() {
        PasswordPolicy p = PasswordPolicy.builder("ncsc").minLength(8).commonPasswords(1000).build();
        Violation v = p.check("QwertyUIOP".toCharArray()).violations().get(0);
        assertThat(v.code()).isEqualTo(ViolationCode.COMMON_PASSWORD);
        assertThat(v.message()).isEqualTo("is one of the 1,000 most commonly used passwords");
        assertThat(v.clause()).isEqualTo("NCSC: not a commonly used password");
    }

    @org.junit.jupiter.api.Test
    void clauseLabelIsThePolicys() {
        PasswordPolicy p = POLICY.toBuilder().clauseLabel("Staff AUP §4").build();
        assertThat(p.check("Ab1!".toCharArray()).violations().get(0).clause())
                .isEqualTo("Staff AUP §4: 8 or more characters");
    }
}
