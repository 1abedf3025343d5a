package org.passhygiene.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.TestPolicies;
import org.passhygiene.Violation;

/** Password → expected codes under the aup rules with a small dictionary (monkey, dragon, sunshine, crème). */
class RuleTableTest {

    private static final PasswordPolicy POLICY = TestPolicies.aupWithWords("monkey", "dragon", "sunshine", "crème")
            .build();
    private static final Account JANE = Account.of("jsmith").withFullName("Jane Smith")
            .withOrganisation("Oakfield Primary School");

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Xq7#vR2!pL      | ''",
        "Xq7#v           | TOO_SHORT",
        "xq7#vr2!        | ''",
        "Xq7vR2pL        | MISSING_SYMBOL",
        "Xq#vR!pL        | MISSING_DIGIT",
        "8203941#        | MISSING_LETTER",
        "1234567#        | MISSING_LETTER PREDICTABLE_PATTERN",
        "abcdefgh        | MISSING_DIGIT MISSING_SYMBOL PREDICTABLE_PATTERN",
        "Qwerty#2024     | PREDICTABLE_PATTERN",
        "Zzzzzz12$       | PREDICTABLE_PATTERN",
        "''              | TOO_SHORT NO_VISIBLE_CHARACTER MISSING_LETTER MISSING_DIGIT MISSING_SYMBOL",
        "Monkey#2024     | DICTIONARY_WORD",
        "m0nk3y!Qz8      | DICTIONARY_WORD",
        "Q9#nogard       | DICTIONARY_WORD",
        "$un$h1ne!7      | DICTIONARY_WORD",
        "xCREME9!x       | DICTIONARY_WORD",
        "Smith#2024x     | CONTEXT_WORD",
        "J@ne!99xyz      | CONTEXT_WORD",
        "oakfield!9Q     | CONTEXT_WORD",
        "jsmith#7Qz      | CONTEXT_WORD",
        "Ab1!            | TOO_SHORT",
        // Unicode: letters and digits of any script count; emoji are symbols; length counts code points.
        "שלום12😀         | TOO_SHORT",
        "שלום123😀        | ''",
        "שלוםעולם١٢٣😀    | ''",
        "日本語パス٣😀    | TOO_SHORT",
        "Zürich١٢٣😀!     | ''",
        "😀😀😀😀😀😀😀😀    | MISSING_LETTER MISSING_DIGIT PREDICTABLE_PATTERN",
    })
    void reportsExpectedCodes(String password, String expected) {
        List<String> codes = POLICY.check(password.toCharArray(), JANE).violations().stream()
                .map(v -> v.code().name()).collect(Collectors.toList());
        List<String> want = expected.isBlank() ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(codes).as(password).containsExactlyElementsOf(want);
    }

    @ParameterizedTest(name = "[{index}] combining marks: {0}")
    @CsvSource({
        // "e" + U+0301 is é decomposed: NFC makes it one code point, a letter (not a symbol).
        "'Cafe\u0301xyz12', MISSING_SYMBOL",
        // Eight code points as typed, seven after NFC: length counts the normalised form.
        "'Cafe\u0301x!2', TOO_SHORT",
    })
    void combiningMarksAreNormalised(String password, String expected) {
        List<String> codes = POLICY.check(password.toCharArray(), Account.anonymous()).violations().stream()
                .map(v -> v.code().name()).toList();
        assertThat(codes).containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "length {0} code points → {1}")
    @CsvSource({"7, TOO_SHORT", "8, ''", "64, ''", "256, ''", "257, TOO_LONG", "10000, TOO_LONG",
        "2000000, TOO_LONG"})
    void lengthCountsCodePoints(int codePoints, String expected) {
        // Each unit is one code point written as a surrogate pair, plus one digit and one letter to pass the rest;
        // the pictographs are drawn at random (fixed seed) so that they form no predictable pattern.
        StringBuilder sb = new StringBuilder("a1");
        java.util.Random random = new java.util.Random(codePoints);
        for (int i = 2; i < codePoints; i++) {
            sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
        }
        List<String> codes = POLICY.check(sb.toString().toCharArray(), Account.anonymous()).violations().stream()
                .map(v -> v.code().name()).toList();
        assertThat(codes).containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected));
    }

    @ParameterizedTest
    @CsvSource({"Monkey#2024, monkey", "m0nk3y!Qz8, monkey"})
    void namesTheWord(String password, String word) {
        Violation v = POLICY.check(password.toCharArray()).violations().get(0);
        assertThat(v.params()).containsEntry("word", word);
    }
}
