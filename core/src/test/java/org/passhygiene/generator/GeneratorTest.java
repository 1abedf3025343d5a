package org.passhygiene.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.dictionary.ShippedLists;
import org.passhygiene.policy.MatchMode;
import org.passhygiene.policy.Presets;
import org.passhygiene.rules.CharacterClass;

/** What each mode builds, its entropy, and the exact refusal of policies and options it cannot meet. */
class GeneratorTest {

    private static final CandidateCheck ACCEPT_ALL = candidate -> List.of();
    private static final List<String> EFF = ShippedLists.read("eff-long");

    private static GeneratorOptions passphrase() {
        return GeneratorOptions.builder().mode(GeneratorMode.PASSPHRASE).build();
    }

    @Test
    void theAlphabetHasNoLookAlikesAndOnlyTheDocumentedSymbols() {
        assertThat(Generator.ALPHABET).hasSize(74).doesNotContain("I", "l", "1", "O", "0");
        assertThat(Generator.ALPHABET.chars().distinct().count()).isEqualTo(74);
        assertThat(Generator.SYMBOLS).hasSize(17).doesNotContain("£", "\"", "\\", "`", " ", "@", "#", "~", "|", "'",
                "$", "%", "^", "&", "<", ">", ";");
        Generator.SYMBOLS.chars().forEach(c -> assertThat(CharacterClass.SYMBOL.test(c)).isTrue());
        Generator.DIGITS.chars().forEach(c -> assertThat(CharacterClass.DIGIT.test(c)).isTrue());
    }

    @Test
    void randomPasswordsHaveTheDefaultLengthAndEveryRequiredClass() {
        for (String preset : Presets.NAMES) {
            try (PasswordPolicy policy = PasswordPolicy.preset(preset)) {
                int expected = Math.max(policy.settings().minLength(), 14);
                for (int seed = 0; seed < 200; seed++) {
                    try (GeneratedPassword p = policy.generate(null, GeneratorOptions.builder()
                            .random(new Random(seed)).build())) {
                        String s = new String(p.password());
                        assertThat(s).hasSize(expected);
                        assertThat(s.chars()).allMatch(c -> Generator.ALPHABET.indexOf(c) >= 0);
                        if (policy.settings().requireDigit()) {
                            assertThat(s.chars()).anyMatch(c -> Generator.DIGITS.indexOf(c) >= 0);
                        }
                        if (policy.settings().requireSymbol()) {
                            assertThat(s.chars()).anyMatch(c -> Generator.SYMBOLS.indexOf(c) >= 0);
                        }
                        if (policy.settings().requireLetter()) {
                            assertThat(s.chars()).anyMatch(Character::isLetter);
                        }
                    }
                }
            }
        }
    }

    @Test
    void anExplicitLengthIsKept() {
        try (GeneratedPassword p = PasswordPolicy.defaults().generate(null, GeneratorOptions.builder().length(31)
                .build())) {
            assertThat(p.password()).hasSize(31);
        }
    }

    @Test
    void randomEntropyCountsTheStringsThatHoldEveryRequiredClass() {
        // No class required: 14 independent uniform choices of 74.
        assertThat(Generator.forSettings(Presets.settings("ncsc")).entropyBits(GeneratorOptions.defaults()))
                .isCloseTo(14 * log2(74), within(1e-9));
        assertThat(Generator.forSettings(Presets.settings("nist")).entropyBits(GeneratorOptions.defaults()))
                .isCloseTo(15 * log2(74), within(1e-9));
        // aup: letters (49), digits (8) and symbols (17) required; inclusion-exclusion over the missing groups.
        double valid = 0;
        int[] groups = {49, 8, 17};
        for (int subset = 0; subset < 8; subset++) {
            int excluded = 0;
            for (int i = 0; i < 3; i++) {
                excluded += (subset & 1 << i) != 0 ? groups[i] : 0;
            }
            valid += (Integer.bitCount(subset) % 2 == 0 ? 1 : -1) * Math.pow(74 - excluded, 14);
        }
        assertThat(Generator.forSettings(Presets.settings("aup")).entropyBits(GeneratorOptions.defaults()))
                .isCloseTo(log2(valid), within(1e-9)).isLessThan(14 * log2(74));
    }

    @Test
    void passphrasesAreEffWordsWithTheSeparatorAndADigitWhenRequired() {
        Set<String> eff = new HashSet<>(EFF);
        GeneratorOptions options = GeneratorOptions.builder().mode(GeneratorMode.PASSPHRASE).words(5).separator('.')
                .capitalise(true).random(new Random(7)).build();
        for (String preset : Presets.NAMES) {
            try (PasswordPolicy policy = PasswordPolicy.preset(preset)) {
                for (int i = 0; i < 100; i++) {
                    try (GeneratedPassword p = policy.generate(null, options)) {
                        String[] words = new String(p.password()).split("\\.", -1);
                        assertThat(words).hasSize(5);
                        int digits = 0;
                        for (String w : words) {
                            assertThat(Character.isUpperCase(w.charAt(0))).isTrue();
                            String plain = w.replaceAll("[2-9]$", "");
                            digits += w.length() - plain.length();
                            assertThat(eff).contains(plain.toLowerCase(java.util.Locale.ROOT));
                            assertThat(plain).doesNotContain("-");
                        }
                        assertThat(digits).isEqualTo(policy.settings().requireDigit() ? 1 : 0);
                    }
                }
            }
        }
    }

    @Test
    void passphraseEntropyIsWordsTimesLog2OfTheListPlusTheDigitAndItsPlace() {
        double perWord = log2(7772); // the EFF long list without its 4 hyphenated words
        assertThat(EFF).hasSize(7776).filteredOn(w -> w.contains("-")).hasSize(4);
        assertThat(Generator.forSettings(Presets.settings("ncsc")).entropyBits(passphrase()))
                .isCloseTo(4 * perWord, within(1e-9));
        assertThat(Generator.forSettings(Presets.settings("aup")).entropyBits(passphrase()))
                .isCloseTo(4 * perWord + log2(8) + log2(4), within(1e-9));
        assertThat(Generator.forSettings(Presets.settings("ncsc")).entropyBits(GeneratorOptions.builder()
                .mode(GeneratorMode.PASSPHRASE).words(7).build())).isCloseTo(7 * perWord, within(1e-9));
    }

    @Test
    void theLengthWindowIsCountedExactly() {
        List<String> pool = List.of("ab", "abc", "abcd", "xyz", "defgh");
        for (int min = 0; min <= 16; min++) {
            for (int max = min; max <= 16; max++) {
                int naive = 0;
                for (String a : pool) {
                    for (String b : pool) {
                        for (String c : pool) {
                            int len = a.length() + b.length() + c.length();
                            naive += len >= min && len <= max ? 1 : 0;
                        }
                    }
                }
                assertThat(Passphrases.fittingSequences(pool, 3, min, max)).as("%d..%d", min, max)
                        .isEqualTo(naive);
            }
        }
    }

    @Test
    void aLongMinLengthGetsMoreWordsAndTheEntropyOfThoseThatFit() {
        PasswordPolicy policy = PasswordPolicy.preset("ncsc").toBuilder().minLength(40).build();
        for (int seed = 0; seed < 100; seed++) {
            try (GeneratedPassword p = policy.generate(null, GeneratorOptions.builder().mode(GeneratorMode.PASSPHRASE)
                    .random(new Random(seed)).build())) {
                assertThat(p.password().length).isGreaterThanOrEqualTo(40);
                assertThat(new String(p.password()).split("-")).hasSize(6);
                assertThat(p.entropyBits()).isLessThan(6 * log2(7772)).isGreaterThan(5 * log2(7772));
            }
        }
    }

    @Test
    void underSubstringMatchingOnlyWordsWithoutADictionaryWordAreUsed() {
        PasswordPolicy policy = PasswordPolicy.preset("ncsc").toBuilder().dictionaryMatch(MatchMode.SUBSTRING)
                .dictionaries(List.of()).extraWords(List.of("able", "ness", "tion")).build();
        WordPool pool = WordPool.of(policy.settings());
        assertThat(pool.words()).isNotEmpty().noneMatch(w -> w.contains("able") || w.contains("elba")
                || w.contains("ness") || w.contains("tion"));
        assertThat(Generator.forSettings(policy.settings()).entropyBits(passphrase()))
                .isCloseTo(4 * log2(pool.words().size()), within(1e-9));
    }

    // --- impossible policies and options: refused before anything is drawn, with the exact message ---

    @Test
    void aPassphraseUnderSubstringDictionaryMatchingIsRefused() {
        assertRefused(PasswordPolicy.builder().dictionaryMatch(MatchMode.SUBSTRING).build(), passphrase(),
                "passphrase mode cannot meet dictionary-match=substring: 7655 of the 7772 EFF words contain a"
                        + " dictionary word, leaving 117 (fewer than 1024): set dictionary-match to guessable or"
                        + " whole, or use random mode");
    }

    @Test
    void aLengthOutsideTheRangeIsRefused() {
        assertRefused(PasswordPolicy.preset("nist"), GeneratorOptions.builder().length(10).build(),
                "length=10 is outside the policy's min-length=15 and max-length=256: ask for 15 to 256 characters");
        assertRefused(PasswordPolicy.preset("nist"), GeneratorOptions.builder().length(300).build(),
                "length=300 is outside the policy's min-length=15 and max-length=256: ask for 15 to 256 characters");
    }

    @Test
    void aLengthTooShortForTheRequiredClassesIsRefused() {
        assertRefused(PasswordPolicy.builder().minLength(1).build(), GeneratorOptions.builder().length(2).build(),
                "length=2 cannot hold one character of each class the policy requires (require-letter,"
                        + " require-digit, require-symbol): ask for at least 3 characters");
    }

    @Test
    void aPassphraseThatCannotFitMaxLengthIsRefused() {
        assertRefused(PasswordPolicy.builder().maxLength(12).build(), passphrase(),
                "a passphrase of 4 words has 16 to 40 characters (half of them 32 or fewer), too many for the"
                        + " policy's max-length=12: raise max-length to at least 32, or use random mode");
        assertRefused(PasswordPolicy.builder().maxLength(30).build(), GeneratorOptions.builder()
                        .mode(GeneratorMode.PASSPHRASE).words(8).build(),
                "a passphrase of 8 words has 32 to 80 characters (half of them 64 or fewer), too many for the"
                        + " policy's max-length=30: ask for 3 words or fewer, or use random mode");
    }

    @Test
    void aPassphraseThatCannotReachMinLengthIsRefused() {
        assertRefused(PasswordPolicy.builder().minLength(60).build(), GeneratorOptions.builder()
                        .mode(GeneratorMode.PASSPHRASE).words(3).build(),
                "a passphrase of 3 words has 12 to 30 characters (half of them 24 or fewer), too few for the"
                        + " policy's min-length=60: ask for 8 words or more, or use random mode");
    }

    private static void assertRefused(PasswordPolicy policy, GeneratorOptions options, String message) {
        AtomicInteger judged = new AtomicInteger();
        Generator generator = Generator.forSettings(policy.settings());
        assertThatThrownBy(() -> generator.generate(options, c -> {
            judged.incrementAndGet();
            return List.of();
        })).isInstanceOf(GenerationException.class).hasMessage(message);
        assertThat(judged).as("refused before any candidate is drawn").hasValue(0);
        assertThatThrownBy(() -> policy.generate(null, options)).isInstanceOf(GenerationException.class)
                .hasMessage(message);
    }

    // --- the bound, and password material kept out of messages ---

    @Test
    void aPolicyThatRejectsEverythingStopsAtTheBoundNamingTheRule() {
        List<char[]> seen = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        CandidateCheck rejectAll = c -> {
            seen.add(c);
            copies.add(new String(c));
            return List.of("DICTIONARY_WORD", "CONTEXT_WORD");
        };
        for (GeneratorOptions options : List.of(GeneratorOptions.defaults(), passphrase())) {
            seen.clear();
            copies.clear();
            assertThatThrownBy(() -> Generator.forSettings(Presets.settings("aup")).generate(options, rejectAll))
                    .isInstanceOf(GenerationException.class)
                    .hasMessage("no candidate passed the policy in 100 attempts (CONTEXT_WORD 100x, DICTIONARY_WORD"
                            + " 100x): relax context-match, or ask for a longer password or more words")
                    .satisfies(e -> {
                        for (String candidate : copies) {
                            assertThat(e.getMessage()).doesNotContain(candidate);
                            assertThat(e.toString()).doesNotContain(candidate);
                        }
                        if (options.mode() == GeneratorMode.RANDOM) {
                            for (String candidate : copies) {
                                for (int i = 0; i + 6 <= candidate.length(); i++) {
                                    assertThat(e.getMessage()).doesNotContain(candidate.substring(i, i + 6));
                                }
                            }
                        }
                    });
            assertThat(seen).hasSize(Generator.MAX_ATTEMPTS)
                    .allSatisfy(c -> assertThat(new String(c)).as("rejected candidates are cleared")
                            .containsOnlyOnce(String.valueOf('\0').repeat(c.length)));
        }
    }

    @Test
    void anUnavailableOnlineBreachCheckStopsAtOnce() {
        AtomicInteger judged = new AtomicInteger();
        assertThatThrownBy(() -> Generator.forSettings(Presets.settings("aup")).generate(GeneratorOptions.defaults(),
                c -> {
                    judged.incrementAndGet();
                    return List.of("BREACH_CHECK_UNAVAILABLE");
                })).isInstanceOf(GenerationException.class)
                .hasMessage("the online breach check is unavailable and the policy fails closed"
                        + " (breach-fail-open=false): no password can be accepted until it answers");
        assertThat(judged).hasValue(1);
    }

    @Test
    void aFailingCheckClearsTheCandidateAndPropagates() {
        List<char[]> seen = new ArrayList<>();
        IllegalStateException failure = new IllegalStateException("store down");
        assertThatThrownBy(() -> Generator.forSettings(Presets.settings("aup")).generate(GeneratorOptions.defaults(),
                c -> {
                    seen.add(c);
                    throw failure;
                })).isSameAs(failure);
        assertThat(seen).singleElement().satisfies(c -> assertThat(new String(c)).matches("\0{14}"));
    }

    @Test
    void theResultShowsNoPasswordAndCloseClearsIt() {
        GeneratedPassword p = PasswordPolicy.defaults().generate(null, GeneratorOptions.defaults());
        String password = new String(p.password());
        assertThat(p.toString()).doesNotContain(password)
                .matches("GeneratedPassword\\[entropyBits=86\\.6, attempts=1\\]");
        p.close();
        assertThat(new String(p.password())).matches("\0{14}");
    }

    @Test
    void aBatchIsUnique() {
        Generator generator = Generator.forSettings(Presets.settings("aup"));
        for (GeneratorOptions options : List.of(GeneratorOptions.defaults(), passphrase())) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 5_000; i++) {
                try (GeneratedPassword p = generator.generate(options, ACCEPT_ALL)) {
                    assertThat(seen.add(new String(p.password()))).isTrue();
                }
            }
        }
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
