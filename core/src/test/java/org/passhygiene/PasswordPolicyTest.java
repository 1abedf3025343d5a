package org.passhygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passhygiene.policy.PolicyException;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"P@55w0rd!2024", "Dr0wssap#99", "Summer2024!"})
    void defaultsRejectTheWordsStaffReachFor(String password) {
        CheckResult r = PasswordPolicy.defaults().check(password.toCharArray());
        assertThat(r.accepted()).isFalse();
        assertThat(r.has(ViolationCode.DICTIONARY_WORD)).isTrue();
    }

    @Test
    void defaultsAcceptARandomPassword() {
        assertThat(PasswordPolicy.defaults().check("xK#9vq!Lp2@z".toCharArray()).violations()).isEmpty();
    }

    @Test
    void nistAcceptsThreeRandomWordsButNotOneWord() {
        PasswordPolicy nist = PasswordPolicy.preset("nist");
        assertThat(nist.check("velvet orbit pancake".toCharArray()).accepted()).isTrue();
        CheckResult oneWord = nist.check("Unquestionable2024!".toCharArray());
        assertThat(oneWord.has(ViolationCode.DICTIONARY_WORD)).isTrue();
        assertThat(nist.check("correcthorse".toCharArray()).has(ViolationCode.TOO_SHORT)).isTrue();
    }

    @Test
    void ncscHasNoCompositionRules() {
        PasswordPolicy ncsc = PasswordPolicy.preset("ncsc");
        assertThat(ncsc.settings().composition()).isFalse();
        assertThat(ncsc.check("velvetorbitpancake".toCharArray()).accepted()).isTrue();
        assertThat(ncsc.check("password1234".toCharArray()).has(ViolationCode.COMMON_PASSWORD)).isTrue();
    }

    @Test
    void resultsAndPolicyNeverContainThePassword() {
        String password = "Secret-Monkey-9931";
        PasswordPolicy policy = PasswordPolicy.defaults();
        CheckResult r = policy.check(password.toCharArray(), Account.of("jsmith"));
        assertThat(r.toString()).doesNotContain(password);
        assertThat(policy.toString()).doesNotContain(password);
        for (Violation v : r.violations()) {
            assertThat(v.toString()).doesNotContain(password);
            assertThat(v.message()).doesNotContain(password);
        }
    }

    @Test
    void callersArrayIsLeftAlone() {
        char[] password = "Cafe\u0301-xyz-12".toCharArray();
        char[] copy = password.clone();
        PasswordPolicy.defaults().check(password);
        assertThat(password).isEqualTo(copy);
    }

    /** check never throws, whatever the content: random code points of every kind, including lone surrogates. */
    @Test
    void checkNeverThrows() {
        PasswordPolicy policy = TestPolicies.aupWithWords("monkey", "dragon").build();
        Account account = Account.of("j.smith@oak.sch.uk").withFullName("Jane O'Neil-Smith").withOrganisation("Oak");
        Random random = new Random(20261123);
        for (int i = 0; i < 5000; i++) {
            int length = random.nextInt(i % 100 == 0 ? 2000 : 40);
            char[] p = new char[length];
            for (int j = 0; j < length; j++) {
                p[j] = random.nextInt(4) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1)
                        : "aA0!@1|$+3é😀 \t\u0301".charAt(random.nextInt(16));
            }
            CheckResult r = policy.check(p, account);
            assertThat(r).isNotNull();
        }
    }

    @Test
    void builderRejectsBadValuesAtOnce() {
        assertThatThrownBy(() -> PasswordPolicy.builder().minLength(-3))
                .isInstanceOf(PolicyException.class)
                .hasMessage("min-length=-3: must be between 1 and 256");
        assertThatThrownBy(() -> PasswordPolicy.builder().minLength(20).maxLength(12).build())
                .isInstanceOf(PolicyException.class)
                .hasMessage("min-length=20: must not exceed max-length=12");
        assertThatThrownBy(() -> PasswordPolicy.builder().dictionaries(List.of("klingon")))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("dictionaries=klingon: unknown word list; allowed: en-gb, common-passwords");
        assertThatThrownBy(() -> PasswordPolicy.preset("strict"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("extends=strict: unknown preset; allowed: aup, ncsc, nist, dfe");
    }

    @Test
    void checkRejectsNullPassword() {
        assertThatThrownBy(() -> PasswordPolicy.defaults().check(null, Account.anonymous()))
                .isInstanceOf(NullPointerException.class).hasMessage("password");
    }
}
