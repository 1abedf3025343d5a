package org.passhygiene.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pricing {@code dictionary-match: guessable} decides with, on a small word list with known ranks. */
class GuessEstimatorTest {

    private static final List<String> WORDS = List.of("password", "summer", "monkey", "klee", "badboy");
    private static final WordFinder FINDER = WordFinders.compile(WORDS, 4, true, true);
    /** password 2, summer 85, badboy 215, monkey 14; klee a word of a 130,000-word list. */
    private static final GuessEstimator ESTIMATOR = new GuessEstimator(FINDER, w -> switch (w) {
        case "password" -> 2;
        case "summer" -> 85;
        case "badboy" -> 215;
        case "monkey" -> 14;
        default -> 130_000;
    }, true);

    private static GuessEstimate estimate(String password) {
        return ESTIMATOR.estimate(password.toCharArray(), password.length());
    }

    @Test
    void aCommonWordWithAYearLeavesTooLittle() {
        GuessEstimate e = estimate("Summer2024!");
        assertThat(e.guessable()).isTrue();
        assertThat(e.longestWord()).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("summer"));
        // summer: log2(85) + 1 for the capital; 2024: a year, log2(100); '!': a symbol, log2(33)
        double expected = Math.log(85) / Math.log(2) + 1 + Math.log(100) / Math.log(2) + Math.log(33) / Math.log(2);
        assertThat(e.bits()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.remainingBits()).isCloseTo(Math.log(33) / Math.log(2), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void leetAndReversalCostBitsButStillCount() {
        GuessEstimate e = estimate("Dr0wssap#99");
        assertThat(e.guessable()).isTrue();
        assertThat(e.longestWord()).hasValueSatisfying(s -> {
            assertThat(s.label()).isEqualTo("password");
            assertThat(s.reversed()).isTrue();
        });
    }

    @Test
    void aRareShortWordInARandomPasswordIsNoise() {
        // "klee" backwards costs more than four random letters: the cheapest cut brute-forces it.
        GuessEstimate e = estimate("x9#eelKq!2Lp@zT7");
        assertThat(e.longestWord()).isEmpty();
        assertThat(e.guessable()).isFalse();
        assertThat(e.bits()).isEqualTo(e.bruteForceBits());
    }

    @Test
    void aCommonWordInALongRandomPasswordLeavesEnough() {
        GuessEstimate e = estimate("monkey#Xq7!vR2pLw9$z");
        assertThat(e.longestWord()).isPresent();
        assertThat(e.savedBits()).isGreaterThan(GuessEstimate.MIN_SAVED_BITS);
        assertThat(e.remainingBits()).isGreaterThanOrEqualTo(GuessEstimate.MAX_REMAINING_BITS);
        assertThat(e.guessable()).isFalse();
    }

    @Test
    void patternsArePricedThroughLeet() {
        GuessEstimator patternsOnly = new GuessEstimator(null, w -> 1, true);
        GuessEstimate e = patternsOnly.estimate("@bcd3f".toCharArray(), 6);
        assertThat(e.segments()).singleElement().satisfies(s -> assertThat(s.label()).isEqualTo(GuessSegment.SEQUENCE));
        assertThat(patternsOnly.estimate("1qaz2wsx".toCharArray(), 8).segments())
                .allSatisfy(s -> assertThat(s.label()).isEqualTo(GuessSegment.KEYBOARD));
    }

    @Test
    void segmentsCoverThePasswordInOrder() {
        String password = "xBadboy99!Qwerty";
        GuessEstimate e = estimate(password);
        int at = 0;
        for (GuessSegment s : e.segments()) {
            assertThat(s.start()).isEqualTo(at);
            at = s.end();
        }
        assertThat(at).isEqualTo(password.length());
    }

    /** max-length may be 4,096: hostile input of that length (long runs, walks, repeated blocks) stays fast. */
    @Test
    void hostileLongInputIsBounded() {
        java.util.Random random = new java.util.Random(4096);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 4096; i++) {
            noise.append((char) ('!' + random.nextInt(94)));
        }
        for (String p : List.of("a".repeat(4096), "as".repeat(2048), "@bcd3f".repeat(682), "1qaz2wsx".repeat(512),
                "Password1!".repeat(409), noise.toString())) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
                GuessEstimate e = estimate(p);
                assertThat(e.bits()).isLessThanOrEqualTo(e.bruteForceBits());
            });
        }
    }

    @Test
    void baseWordsOfCommonPasswords() {
        WordRanks ranks = WordRanks.of(List.of("123456", "password", "badboy1", "1qaz2wsx", "p@ssw0rd", "Password",
                "cjkysirj", "abc"));
        assertThat(ranks.baseWords()).containsExactly("password", "badboy", "cjkysirj");
        assertThat(ranks.rank("password")).isEqualTo(2);
        assertThat(ranks.rank("badboy")).isEqualTo(3);
        assertThat(ranks.rank("cjkysirj")).isEqualTo(7);
        assertThat(ranks.rank("abc")).isZero();
    }
}
