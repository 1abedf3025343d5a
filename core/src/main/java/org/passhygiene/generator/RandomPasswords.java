package org.passhygiene.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random mode: {@code length} characters drawn uniformly and independently from the alphabet, redrawn whole until
 * every required class is present. The result is uniform over the strings of that length that contain every
 * required class, so its entropy is log2 of their number, counted by inclusion-exclusion: no Passay-style "one of
 * each, then shuffle", whose passwords are not equally likely.
 */
final class RandomPasswords implements Construction {

    /** The groups a password may be required to contain, as policy classes: LETTER, DIGIT, SYMBOL. */
    private final List<String> required;
    private final int length;
    private final double entropyBits;

    /**
     * @param required groups of {@link Generator#ALPHABET} each of which must occur (letters, digits, symbols)
     */
    RandomPasswords(List<String> required, int length) {
        this.required = List.copyOf(required);
        this.length = length;
        this.entropyBits = log2Count(Generator.ALPHABET.length(), sizes(this.required), length);
    }

    @Override
    public double entropyBits() {
        return entropyBits;
    }

    /** A new array of {@code length} characters with every required group; rejected draws are cleared. */
    @Override
    public char[] next(RandomGenerator random) {
        char[] out = new char[length];
        String alphabet = Generator.ALPHABET;
        while (true) {
            for (int i = 0; i < length; i++) {
                out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            if (hasEveryGroup(out)) {
                return out;
            }
        }
    }

    private boolean hasEveryGroup(char[] chars) {
        for (String group : required) {
            boolean found = false;
            for (char c : chars) {
                if (group.indexOf(c) >= 0) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> sizes(List<String> groups) {
        List<Integer> sizes = new ArrayList<>();
        groups.forEach(g -> sizes.add(g.length()));
        return sizes;
    }

    /**
     * log2 of the number of strings of {@code length} over an alphabet of {@code alphabetSize} that contain at least
     * one character of each (disjoint) group: the sum over subsets S of the groups of (-1)^|S| (n - |S's chars|)^L.
     * Computed relative to n^L so that lengths up to 4096 stay in range.
     */
    static double log2Count(int alphabetSize, List<Integer> groupSizes, int length) {
        double fraction = 0;
        int k = groupSizes.size();
        for (int subset = 0; subset < 1 << k; subset++) {
            int excluded = 0;
            for (int i = 0; i < k; i++) {
                if ((subset & 1 << i) != 0) {
                    excluded += groupSizes.get(i);
                }
            }
            double term = Math.pow((double) (alphabetSize - excluded) / alphabetSize, length);
            fraction += Integer.bitCount(subset) % 2 == 0 ? term : -term;
        }
        return length * Generator.log2(alphabetSize) + Generator.log2(fraction);
    }
}
