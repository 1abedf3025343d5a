package org.passhygiene.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passhygiene.policy.Presets;

/**
 * The generator's draws follow its model, with the production {@code SecureRandom}: a chi-square test of the
 * character counts (random mode) and of the words, digits and digit places (passphrase mode) against the exact
 * expected counts. Bounds are the chi-square critical values at p = 1e-6 on each side by the Wilson-Hilferty
 * approximation (within 1% from 70 degrees of freedom; for the 3 and 7 of the digit tests a few percent wider than the
 * exact values, so no flakier), so a correct generator fails about one run in 500,000: too many of one character
 * (modulo bias, a look-alike slipping in) and too even a spread (a round-robin) both fail.
 */
class GeneratorDistributionTest {

    /** The standard normal quantile of 1 - 1e-6. */
    private static final double Z = 4.753424;
    private static final CandidateCheck ACCEPT_ALL = candidate -> List.of();

    @Test
    void randomCharactersAreUniformWhenNoClassIsRequired() {
        assertCharactersFollowTheModel("ncsc", new int[0]);
    }

    /**
     * With letters, digits and symbols required, a string is drawn until it holds all three: every character of a
     * group is equally likely, and the groups' shares are what that conditioning gives (digits and symbols slightly
     * more often than 8/74 and 17/74).
     */
    @Test
    void randomCharactersFollowTheModelWhenEveryClassIsRequired() {
        assertCharactersFollowTheModel("aup", new int[] {49, 8, 17});
    }

    private static void assertCharactersFollowTheModel(String preset, int[] required) {
        Generator generator = Generator.forSettings(Presets.settings(preset));
        int passwords = 10_000;
        int length = 14;
        long[] counts = new long[128];
        for (int i = 0; i < passwords; i++) {
            try (GeneratedPassword p = generator.generate(GeneratorOptions.builder().length(length).build(),
                    ACCEPT_ALL)) {
                for (char c : p.password()) {
                    counts[c]++;
                }
            }
        }
        String alphabet = Generator.ALPHABET;
        String[] groups = {Generator.LOWER + Generator.UPPER, Generator.DIGITS, Generator.SYMBOLS};
        double chi2 = 0;
        double total = (double) passwords * length;
        for (int c = 0; c < counts.length; c++) {
            if (alphabet.indexOf(c) < 0) {
                assertThat(counts[c]).as("'%c' is not in the alphabet", (char) c).isZero();
                continue;
            }
            int group = 0;
            while (groups[group].indexOf(c) < 0) {
                group++;
            }
            double expected = total * share(required, group, length);
            chi2 += Math.pow(counts[c] - expected, 2) / expected;
        }
        assertWithinCriticalValues(chi2, alphabet.length() - 1);
    }

    /**
     * The probability that a given position holds one given character of group {@code g}: (1/74) times the chance
     * that the other length-1 positions supply the other required groups, over the chance that a whole string holds
     * every required group (both by inclusion-exclusion).
     */
    private static double share(int[] required, int g, int length) {
        int[] sizes = {49, 8, 17};
        int[] rest = java.util.Arrays.stream(required).filter(s -> s != sizes[g]).toArray();
        return holdsAll(rest, length - 1) / 74 / holdsAll(required, length);
    }

    /** The chance that {@code length} uniform draws from 74 hold at least one of each group. */
    private static double holdsAll(int[] groups, int length) {
        double p = 0;
        for (int subset = 0; subset < 1 << groups.length; subset++) {
            int missing = 0;
            for (int i = 0; i < groups.length; i++) {
                missing += (subset & 1 << i) != 0 ? groups[i] : 0;
            }
            p += (Integer.bitCount(subset) % 2 == 0 ? 1 : -1) * Math.pow((74.0 - missing) / 74, length);
        }
        return p;
    }

    @Test
    void passphraseWordsDigitsAndPlacesAreUniform() {
        // aup: min-length 8 is met by any 4 words, so no length conditioning; a digit is required.
        Generator generator = Generator.forSettings(Presets.settings("aup"));
        List<String> pool = Passphrases.withoutHyphens(org.passhygiene.dictionary.ShippedLists.read("eff-long"));
        GeneratorOptions options = GeneratorOptions.builder().mode(GeneratorMode.PASSPHRASE).build();
        int passphrases = 15_000;
        Map<String, Long> words = new HashMap<>();
        long[] digits = new long[10];
        long[] places = new long[4];
        for (int i = 0; i < passphrases; i++) {
            try (GeneratedPassword p = generator.generate(options, ACCEPT_ALL)) {
                String[] parts = new String(p.password()).split("-");
                for (int w = 0; w < parts.length; w++) {
                    char last = parts[w].charAt(parts[w].length() - 1);
                    if (Character.isDigit(last)) {
                        digits[last - '0']++;
                        places[w]++;
                        parts[w] = parts[w].substring(0, parts[w].length() - 1);
                    }
                    words.merge(parts[w], 1L, Long::sum);
                }
            }
        }
        assertThat(pool).containsAll(words.keySet());
        double expectedWord = 4.0 * passphrases / pool.size();
        double chi2 = 0;
        for (String w : pool) {
            chi2 += Math.pow(words.getOrDefault(w, 0L) - expectedWord, 2) / expectedWord;
        }
        assertWithinCriticalValues(chi2, pool.size() - 1);
        assertThat(digits[0]).isZero();
        assertThat(digits[1]).isZero();
        assertWithinCriticalValues(uniformChi2(java.util.Arrays.copyOfRange(digits, 2, 10), passphrases), 7);
        assertWithinCriticalValues(uniformChi2(places, passphrases), 3);
    }

    private static double uniformChi2(long[] counts, long total) {
        double expected = (double) total / counts.length;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += Math.pow(c - expected, 2) / expected;
        }
        return chi2;
    }

    /** Chi-square with {@code k} degrees of freedom between its p = 1e-6 lower and upper critical values. */
    private static void assertWithinCriticalValues(double chi2, int k) {
        double a = 2.0 / (9 * k);
        double upper = k * Math.pow(1 - a + Z * Math.sqrt(a), 3);
        double lower = Math.max(0, k * Math.pow(1 - a - Z * Math.sqrt(a), 3));
        assertThat(chi2).as("chi-square, %d degrees of freedom", k).isBetween(lower, upper);
    }
}
