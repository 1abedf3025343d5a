package org.passhygiene.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Prices a password the way a cracker attacks it (the zxcvbn / nbvcxz model): the password is cut into pieces, each
 * a dictionary word, a predictable pattern or a run of characters to brute-force, and the cheapest cut is kept.
 *
 * <ul>
 *   <li>A word costs log2 of its rank in a frequency-ordered list ({@link WordRanks}: {@code password} is rank 2,
 *       {@code summer} 85; a listed word no cracker list ranks costs log2 of the dictionary size, about 18 bits),
 *       plus its mangling: case (0 for lower, 1 for Capitalised or UPPER), one bit per leet char, one bit for
 *       reversal. Short or rare words therefore save a cracker almost nothing over brute force (a four-letter
 *       unranked word costs 18 bits against 18.8 for four random letters; written backwards or through leet it
 *       costs more than brute force), while {@code P@55w0rd} costs 7 bits.</li>
 *   <li>A pattern ({@link PatternFinder}) costs what zxcvbn charges: start × direction × length for runs and
 *       sequences, keys × turns × length for keyboard walks, 100 for a year.</li>
 *   <li>A brute-forced char costs log2 of its class: 26 for a letter, 10 for a digit, 33 for an ASCII symbol,
 *       100 for anything else.</li>
 * </ul>
 * A dynamic programme over the password's positions finds the cheapest cut in O(n + candidates).
 *
 * <p>{@link GuessEstimate#guessable()} turns the price into a decision: the words and patterns must save at least 3
 * bits, leave under 28, and the whole must cost under 64. The numbers were chosen on generated corpora
 * ({@code GuessableRatesTest}, README "Guessable matching"): with them the aup policy rejects 0.45 % of random
 * 12-character and 0.00 % of random 16-character passwords (the bounds are 2 % and 1 %), and 99.65 % of aup-compliant
 * word-based passwords (bound 99 %). An exploratory run of the estimator alone on other seeds (random 12 rejected /
 * word-based rejected, saved ≥ 3): remaining under 24 bits 0.30 % / 99.75 %, under 28 0.40 % / 99.83 %, under 32
 * 1.10 % / 99.88 %; requiring 4 bits saved instead of 3 lost 0.13 % of the word-based ones.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class GuessEstimator {

    private static final double LETTER = PatternFinder.log2(26);
    private static final double DIGIT = PatternFinder.log2(10);
    private static final double SYMBOL = PatternFinder.log2(33);
    private static final double OTHER = PatternFinder.log2(100);
    private static final int MIN_BLOCK = 2;
    private static final int MAX_BLOCK = 32;

    private final WordFinder finder;
    private final ToIntFunction<String> rank;
    private final boolean patterns;

    /**
     * @param finder   the words to look for, or null for patterns only
     * @param rank     rank of a folded word in the order a cracker tries them (1 = first); must be ≥ 1
     * @param patterns whether predictable patterns are priced
     */
    public GuessEstimator(WordFinder finder, ToIntFunction<String> rank, boolean patterns) {
        this.finder = finder;
        this.rank = Objects.requireNonNull(rank, "rank");
        this.patterns = patterns;
    }

    /** Bits a brute-forced char of this (folded) kind costs. */
    static double classBits(char c) {
        if (c < 128) {
            if (Character.isLetter(c)) {
                return LETTER;
            }
            return Character.isDigit(c) ? DIGIT : SYMBOL;
        }
        return OTHER;
    }

    /**
     * The cheapest explanation of the first {@code length} chars.
     *
     * @throws NullPointerException      if {@code password} is null
     * @throws IndexOutOfBoundsException if {@code length} is negative or beyond {@code password.length}
     */
    public GuessEstimate estimate(char[] password, int length) {
        Objects.checkFromIndexSize(0, length, password.length);
        return estimate(password, length, true);
    }

    private GuessEstimate estimate(char[] pw, int len, boolean blocks) {
        List<List<GuessSegment>> byStart = new ArrayList<>(len);
        for (int i = 0; i < len; i++) {
            byStart.add(new ArrayList<>(4));
        }
        if (finder != null) {
            for (WordMatch m : finder.findAll(pw, len)) {
                byStart.get(m.start()).add(word(pw, m));
            }
        }
        if (patterns) {
            char[][] readings = PatternFinder.readings(pw, len);
            PatternFinder.find(pw, len, readings, s -> byStart.get(s.start()).add(s));
            if (blocks) {
                repeatedBlocks(pw, len, readings, s -> byStart.get(s.start()).add(s));
            }
        }
        double[] best = new double[len + 1];
        GuessSegment[] via = new GuessSegment[len + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        double brute = 0;
        for (int i = 0; i < len; i++) {
            double c = classBits(TextFolding.fold(pw[i]));
            brute += c;
            if (best[i] + c < best[i + 1]) {
                best[i + 1] = best[i] + c;
                via[i + 1] = new GuessSegment(GuessSegment.Kind.CHARS, i, i + 1, null, false, c);
            }
            for (GuessSegment s : byStart.get(i)) {
                if (best[i] + s.bits() < best[s.end()]) {
                    best[s.end()] = best[i] + s.bits();
                    via[s.end()] = s;
                }
            }
        }
        List<GuessSegment> path = new ArrayList<>();
        for (int end = len; end > 0; end = via[end].start()) {
            GuessSegment s = via[end];
            GuessSegment last = path.isEmpty() ? null : path.get(path.size() - 1);
            if (s.kind() == GuessSegment.Kind.CHARS && last != null && last.kind() == GuessSegment.Kind.CHARS) {
                path.set(path.size() - 1, new GuessSegment(GuessSegment.Kind.CHARS, s.start(), last.end(), null,
                        false, s.bits() + last.bits()));
            } else {
                path.add(s);
            }
        }
        Collections.reverse(path);
        return new GuessEstimate(best[len], brute, path);
    }

    private GuessSegment word(char[] pw, WordMatch m) {
        String w = m.word();
        int r = Math.max(1, rank.applyAsInt(w));
        double bits = PatternFinder.log2(r) + (m.reversed() ? 1 : 0) + PatternFinder.variantBits(pw, m.start(),
                m.end(), k -> w.charAt(m.reversed() ? m.end() - 1 - k : k - m.start()));
        return new GuessSegment(GuessSegment.Kind.WORD, m.start(), m.end(), w, m.reversed(), Math.max(bits, 1));
    }

    /**
     * A block of two to {@value #MAX_BLOCK} chars written two or more times in a row, compared through case and leet
     * (each char read as its first leet letter, else its fold): priced as the block plus log2 of the copies. Only
     * the shortest block repeating from each start is tried (a longer one is more copies of it), and not a block of
     * one char repeated (a run covers it), so hostile input costs at most one short estimate per position.
     */
    private void repeatedBlocks(char[] pw, int len, char[][] readings, Consumer<GuessSegment> sink) {
        char[] canon = new char[len];
        for (int i = 0; i < len; i++) {
            canon[i] = readings[i].length > 1 ? readings[i][1] : readings[i][0];
        }
        for (int i = 0; i < len; i++) {
            for (int k = MIN_BLOCK; k <= MAX_BLOCK && i + 2 * k <= len; k++) {
                int copies = 1;
                while (i + (copies + 1) * k <= len
                        && Arrays.equals(canon, i, i + k, canon, i + copies * k, i + (copies + 1) * k)) {
                    copies++;
                }
                if (copies < 2) {
                    continue;
                }
                if (uniform(canon, i, i + k)) {
                    break;
                }
                GuessEstimate block = estimate(Arrays.copyOfRange(pw, i, i + k), k, false);
                boolean identical = true;
                for (int c = 1; c < copies && identical; c++) {
                    identical = Arrays.equals(pw, i, i + k, pw, i + c * k, i + (c + 1) * k);
                }
                // All the copies from each start only: fewer are the same pattern from a later start.
                double bits = block.bits() + PatternFinder.log2(copies) + (identical ? 0 : 1);
                GuessSegment only = block.segments().size() == 1 ? block.segments().get(0) : null;
                if (only != null && only.kind() == GuessSegment.Kind.WORD) {
                    // One word written twice (hashcat's duplicate rule): a mangled word, named as the word.
                    sink.accept(new GuessSegment(GuessSegment.Kind.WORD, i, i + copies * k, only.label(),
                            only.reversed(), bits));
                } else {
                    sink.accept(new GuessSegment(GuessSegment.Kind.PATTERN, i, i + copies * k,
                            GuessSegment.REPEATED_BLOCK, false, bits));
                }
                break;
            }
        }
    }

    private static boolean uniform(char[] chars, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (chars[i] != chars[from]) {
                return false;
            }
        }
        return true;
    }
}
