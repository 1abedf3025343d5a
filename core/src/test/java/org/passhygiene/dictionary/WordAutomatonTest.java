package org.passhygiene.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WordAutomatonTest {

    private static final List<String> WORDS = List.of("monk", "monkey", "key", "password", "word", "pass",
            "crème", "sword", "drow", "stop", "pots", "level", "lilo", "oslo", "ελλάδα", "שלום", "cafe\u0301",
            "\uD83D\uDC12monkey");

    private static final WordAutomaton ENGINE = WordAutomaton.builder().minWordLength(3).build(WORDS);
    private static final NaiveWordFinder NAIVE = new NaiveWordFinder(WORDS, 3, true, true);

    /** Matches rendered "word@start-end" (with "~" for reversed), in findAll order. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', value = {
        "monkey;             monkey@0-6 monk@0-4 key@3-6",
        "xmonkeyx;           monkey@1-7 monk@1-5 key@4-7",
        "m0nk3y;             monkey@0-6 monk@0-4 key@3-6",
        "MONKEY;             monkey@0-6 monk@0-4 key@3-6",
        "passwordkey;        password@0-8 pass@0-4 sword@3-8 word@4-8 drow~@4-8 key@8-11",
        "P@55w0rd!2024;      password@0-8 pass@0-4 sword@3-8 word@4-8 drow~@4-8",
        "Dr0wssap#99;        password~@0-8 sword~@0-5 drow@0-4 word~@0-4 pass~@4-8",
        "stop;               stop@0-4 pots~@0-4",
        "level;              level@0-5 level~@0-5",
        "1!|0;               lilo@0-4",
        "Crème;              creme@0-5",
        "creme;              creme@0-5",
        "CRÈME;              creme@0-5",
        "ΕΛΛΆΔΑ;             ελλαδα@0-6",
        "x\u05E9\u05DC\u05D5\u05DDx; \u05E9\u05DC\u05D5\u05DD@1-5",
        "\uD83D\uDC12m0nkey; \uD83D\uDC12monkey@0-8 monkey@2-8 monk@2-6 key@5-8",
        "\uD83D\uDE00\uD83D\uDE00; ''",
        "Tr0ub4dor&3;        ''",
        "'';                 ''",
    })
    void findsEveryOccurrenceInReadingOrder(String password, String expected) {
        char[] chars = password.toCharArray();
        assertThat(render(ENGINE.findAll(chars, chars.length))).isEqualTo(expected);
        assertThat(ENGINE.findAll(chars, chars.length)).isEqualTo(NAIVE.findAll(chars, chars.length));
        assertThat(ENGINE.containsWord(chars, chars.length)).isEqualTo(!expected.isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "monkey;      monkey@0-6",
        "keymonk;     monk@3-7",
        "monk-key;    monk@0-4",
        "yek-knom;    monk~@4-8",
        "kcom-knom;   monk~@5-9",
        "Dr0wssap#99; password~@0-8",
        "stop;        stop@0-4",
        "sdrow;       drow@1-5",
    })
    void findLongestPrefersLongestThenEarliestThenForward(String password, String expected) {
        char[] chars = password.toCharArray();
        assertThat(render(List.of(ENGINE.findLongest(chars, chars.length)))).isEqualTo(expected);
        assertThat(ENGINE.findLongest(chars, chars.length)).isEqualTo(NAIVE.findLongest(chars, chars.length));
    }

    /** Every char with substitutes, from the table itself, stands for each of its letters and for nothing else. */
    static Stream<Arguments> everySubstitution() {
        List<Arguments> cases = new ArrayList<>();
        for (char c = 0; c < 128; c++) {
            for (char letter : TextFolding.substitutes(c)) {
                cases.add(Arguments.of(c, letter));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everySubstitution")
    void everySubstitutionInTheTableMatches(char written, char letter) {
        String word = "qq" + letter + "qq";
        char[] password = ("zqq" + written + "qqz").toCharArray();
        WordAutomaton leet = WordAutomaton.builder().minWordLength(1).reversed(false).build(List.of(word));
        WordAutomaton plain = WordAutomaton.builder().minWordLength(1).leet(false).reversed(false)
                .build(List.of(word));
        assertThat(leet.findAll(password, password.length)).containsExactly(new WordMatch(word, 1, 6, false));
        assertThat(plain.containsWord(password, password.length)).isFalse();
    }

    @Test
    void theIssueTableIsCovered() {
        String table = "@a 4a 0o 1i 1l !i !l |i |l 3e $s 5s 7t +t 8b 9g";
        String actual = everySubstitution().map(a -> "" + a.get()[0] + a.get()[1]).collect(Collectors.joining(" "));
        assertThat(actual.split(" ")).containsExactlyInAnyOrder(table.split(" "));
    }

    @Test
    void reversedOffIgnoresBackwardsWords() {
        WordAutomaton forwardOnly = WordAutomaton.builder().reversed(false).build(WORDS);
        char[] password = "Dr0wssap#99".toCharArray();
        assertThat(forwardOnly.findLongest(password, password.length)).isEqualTo(new WordMatch("drow", 0, 4, false));
    }

    @Test
    void minWordLengthDropsShortWords() {
        char[] password = "monkey".toCharArray();
        WordAutomaton five = WordAutomaton.builder().minWordLength(5).build(WORDS);
        assertThat(five.findAll(password, password.length)).containsExactly(new WordMatch("monkey", 0, 6, false));
        assertThat(WordAutomaton.builder().build(WORDS).wordCount()).isEqualTo(17);
    }

    @Test
    void combiningMarksAreComparedAsTheyAreWritten() {
        // TextFolding folds per char: a decomposed é in a password is e + U+0301, which does not match "creme".
        // The composed word "cafe\u0301" folds (NFC, then per char) to "cafe".
        char[] decomposed = "Cre\u0300me cafe\u0301 café".toCharArray();
        assertThat(render(ENGINE.findAll(decomposed, decomposed.length))).isEqualTo("cafe@7-11 cafe@13-17");
        assertThat(ENGINE.findAll(decomposed, decomposed.length))
                .isEqualTo(NAIVE.findAll(decomposed, decomposed.length));
    }

    @Test
    void veryLongInputIsOneWalkPerStart() {
        char[] password = new char[100_000];
        Arrays.fill(password, '1');
        "m0nkey".getChars(0, 6, password, 50_000);
        assertThat(ENGINE.findLongest(password, password.length))
                .isEqualTo(new WordMatch("monkey", 50_000, 50_006, false));
        assertThat(ENGINE.findAll(password, password.length)).hasSize(3);
        assertThat(ENGINE.containsWord(password, 49_000)).isFalse();
    }

    @Test
    void onlyTheGivenLengthCounts() {
        char[] password = "monkey".toCharArray();
        assertThat(ENGINE.findLongest(password, 5)).isEqualTo(new WordMatch("monk", 0, 4, false));
        assertThat(ENGINE.findLongest(password, 0)).isNull();
        assertThatThrownBy(() -> ENGINE.findLongest(password, 7)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ENGINE.containsWord(password, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ENGINE.findAll(null, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void emptyWordListFindsNothing() {
        WordAutomaton empty = WordAutomaton.builder().build(List.of());
        char[] password = "password".toCharArray();
        assertThat(empty.findAll(password, password.length)).isEmpty();
        assertThat(empty.findLongest(password, password.length)).isNull();
    }

    @Test
    void builderValidatesItsArguments() {
        assertThatThrownBy(() -> WordAutomaton.builder().minWordLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minWordLength=0: must be between 1 and 64");
        assertThatThrownBy(() -> WordAutomaton.builder().minWordLength(65))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minWordLength=65: must be between 1 and 64");
        assertThatThrownBy(() -> WordAutomaton.builder().build(null))
                .isInstanceOf(NullPointerException.class).hasMessage("words");
        assertThatThrownBy(() -> WordAutomaton.builder().build(Arrays.asList("word", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("words contains null");
        WordAutomaton defaults = WordAutomaton.builder().build(WORDS);
        assertThat(defaults.minWordLength()).isEqualTo(4);
        assertThat(defaults.leet()).isTrue();
        assertThat(defaults.reversed()).isTrue();
    }

    private static String render(List<WordMatch> matches) {
        return matches.stream()
                .map(m -> m.word() + (m.reversed() ? "~" : "") + "@" + m.start() + "-" + m.end())
                .collect(Collectors.joining(" "));
    }
}
