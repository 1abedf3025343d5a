package org.passhygiene.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Passphrase mode: {@code words} words drawn uniformly and independently from the pool (the EFF long list's words
 * without a hyphen, so a separator never appears inside a word), redrawn whole until the passphrase's length is
 * within the policy's min-length and max-length; joined by the separator, optionally capitalised, and, when a digit
 * is required, one digit ({@link Generator#DIGITS}) appended to one word chosen uniformly. The result is uniform over
 * those passphrases, so its entropy is log2 of their number: the word sequences of a fitting length (counted
 * exactly from the pool's word lengths), times 8 digits and {@code words} places for a digit when there is one.
 */
final class Passphrases implements Construction {

    private final List<String> pool;
    private final int words;
    private final char separator;
    private final boolean capitalise;
    private final boolean digit;
    /** Fewest and most letters (word characters) the passphrase may have to fit min-length and max-length. */
    private final int minLetters;
    private final int maxLetters;
    private final double entropyBits;

    Passphrases(List<String> pool, int words, GeneratorOptions options, boolean digit, int minLength, int maxLength) {
        this.pool = pool;
        this.words = words;
        this.separator = options.separator();
        this.capitalise = options.capitalise();
        this.digit = digit;
        int extra = words - 1 + (digit ? 1 : 0);
        this.minLetters = minLength - extra;
        this.maxLetters = maxLength - extra;
        double fitting = fittingSequences(pool, words, minLetters, maxLetters);
        this.entropyBits = Generator.log2(fitting)
                + (digit ? Generator.log2(Generator.DIGITS.length()) + Generator.log2(words) : 0);
    }

    @Override
    public double entropyBits() {
        return entropyBits;
    }

    /** A new array holding the passphrase. */
    @Override
    public char[] next(RandomGenerator random) {
        String[] chosen = new String[words];
        int letters;
        do {
            letters = 0;
            for (int i = 0; i < words; i++) {
                chosen[i] = pool.get(random.nextInt(pool.size()));
                letters += chosen[i].length();
            }
        } while (letters < minLetters || letters > maxLetters);
        int digitAfter = digit ? random.nextInt(words) : -1;
        char digitChar = digit ? Generator.DIGITS.charAt(random.nextInt(Generator.DIGITS.length())) : 0;
        char[] out = new char[letters + words - 1 + (digit ? 1 : 0)];
        int p = 0;
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                out[p++] = separator;
            }
            String w = chosen[i];
            for (int j = 0; j < w.length(); j++) {
                char c = w.charAt(j);
                out[p++] = capitalise && j == 0 ? Character.toUpperCase(c) : c;
            }
            if (i == digitAfter) {
                out[p++] = digitChar;
            }
        }
        return out;
    }

    /** How many of the pool's {@code words}-word sequences have between min and max letters in all (a double). */
    static double fittingSequences(List<String> pool, int words, int minLetters, int maxLetters) {
        double[] counts = lengthCounts(pool);
        double[] total = {1};
        for (int i = 0; i < words; i++) {
            double[] next = new double[total.length + counts.length - 1];
            for (int a = 0; a < total.length; a++) {
                if (total[a] == 0) {
                    continue;
                }
                for (int b = 0; b < counts.length; b++) {
                    next[a + b] += total[a] * counts[b];
                }
            }
            total = next;
        }
        double sum = 0;
        for (int len = Math.max(0, minLetters); len < total.length && len <= maxLetters; len++) {
            sum += total[len];
        }
        return sum;
    }

    /** The share of all {@code words}-word sequences that fit: 0 when none can. */
    static double fittingShare(List<String> pool, int words, int minLetters, int maxLetters) {
        return fittingSequences(pool, words, minLetters, maxLetters) / Math.pow(pool.size(), words);
    }

    /** counts[n] = words of n characters in the pool. */
    private static double[] lengthCounts(List<String> pool) {
        int longest = pool.stream().mapToInt(String::length).max().orElse(0);
        double[] counts = new double[longest + 1];
        pool.forEach(w -> counts[w.length()]++);
        return counts;
    }

    /** The shortest and longest word in the pool. */
    static int[] wordLengthRange(List<String> pool) {
        return new int[] {pool.stream().mapToInt(String::length).min().orElse(0),
            pool.stream().mapToInt(String::length).max().orElse(0)};
    }

    /** The EFF words without a hyphen. */
    static List<String> withoutHyphens(List<String> eff) {
        List<String> out = new ArrayList<>(eff.size());
        for (String w : eff) {
            if (w.indexOf('-') < 0) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }
}
