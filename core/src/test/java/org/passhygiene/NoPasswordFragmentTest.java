package org.passhygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #9 item 7: a result (messages, clauses, parameters, {@code toString}) carries no fragment of the password.
 * The one thing it may name is the listed word (folded, lower case) the password contains.
 */
public class NoPasswordFragmentTest {

    private static final PasswordPolicy AUP = TestPolicies.aupWithWords("password", "monkey", "dragon", "sunshine")
            .build();
    private static final PasswordPolicy NIST = PasswordPolicy.preset("nist");
    private static final Account JANE = Account.of("jsmith").withFullName("Jane Smith")
            .withOrganisation("Oakfield Primary");

    /**
     * Fails when {@code output} contains a substring of 3 or more chars of {@code password}, as written or lower
     * cased, unless that substring (lower cased) is part of one of the {@code allowed} listed words.
     */
    public static void assertNoFragment(String output, String password, List<String> allowed) {
        for (int len = 3; len <= password.length(); len++) {
            for (int i = 0; i + len <= password.length(); i++) {
                String s = password.substring(i, i + len);
                String lower = s.toLowerCase(Locale.ROOT);
                if (allowed.stream().anyMatch(w -> w.contains(lower))) {
                    continue;
                }
                assertThat(output).as("fragment '%s' of the password", s).doesNotContain(s).doesNotContain(lower);
            }
        }
    }

    /**
     * Everything a result carries that could come from the password: messages, clauses and parameter values. That
     * {@code toString} adds nothing else (only the record's fixed field names and the parameter keys, a closed set)
     * is asserted here too, so the fragment check need not read field names such as "message".
     */
    static String everything(CheckResult r) {
        StringBuilder sb = new StringBuilder();
        for (Violation v : r.violations()) {
            assertThat(v.toString()).isEqualTo("Violation[code=" + v.code() + ", params=" + v.params() + ", message="
                    + v.message() + ", clause=" + v.clause() + "]");
            assertThat(v.params().keySet()).isSubsetOf(PARAM_KEYS);
            sb.append('\n').append(v.message()).append('\n').append(v.clause());
            v.params().values().forEach(val -> sb.append('\n').append(val));
        }
        assertThat(r.toString()).isEqualTo("CheckResult[violations=" + r.violations() + "]");
        return sb.toString();
    }

    private static final List<String> PARAM_KEYS = List.of("word", "reversed", "disguised", "whole", "source",
            "minimumLength", "maximumLength", "listSize", "corpus", "minCount", "maxCount", "systems", "system",
            "history");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // password       | listed words it may name
        "Xq9#P@55w0rd     | password",
        "Xq9#Passw0rd     | password",
        "Xq9#PASSWORD     | password",
        "Q9#dr0wssap      | password",
        "Q9#DROWSSAP      | password",
        "Q9#dr0w55@p      | password",
        "xm0nk3y#9Q       | monkey",
        "Xq7#yeknom!      | monkey",
        "Zz8!$un$h1ne     | sunshine",
        "Zz8!Dr@g0n$      | dragon",
        "x$m1th#9Q        | smith",
        "Xq9!HTIM$J       | jsmith",
        "oakf1eld#9Q      | oakfield",
        "Q9#dl3ifk@o      | oakfield",
    })
    void aupResultsNameTheWordNotHowItWasWritten(String password, String word) {
        CheckResult r = AUP.check(password.toCharArray(), JANE);
        assertThat(r.accepted()).as("the table's passwords are all rejected").isFalse();
        assertThat(r.violations()).extracting(v -> v.params().get("word")).contains(word);
        assertNoFragment(everything(r), password, List.of(word));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "P@ssw0rd         | password",
        "Dr0wssap#99      | password",
        "Summer2024!!!!!!x | summer",
    })
    void shippedListsAndPresetsToo(String password, String word) {
        for (PasswordPolicy p : List.of(NIST, PasswordPolicy.preset("ncsc"), PasswordPolicy.preset("aup"))) {
            CheckResult r = p.check(password.toCharArray(), JANE);
            assertNoFragment(everything(r), password, List.of(word));
        }
    }

    @org.junit.jupiter.api.Test
    void theAssertionCatchesAQuotedFragment() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertNoFragment(
                "contains the dictionary word ‘password’ (written as ‘P@55w0rd’)", "Xq9#P@55w0rd",
                List.of("password"))).isInstanceOf(AssertionError.class);
        assertNoFragment("contains the dictionary word ‘password’ (written with look-alike characters)",
                "Xq9#P@55w0rd", List.of("password"));
    }
}
