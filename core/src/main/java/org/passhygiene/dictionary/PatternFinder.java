package org.passhygiene.dictionary;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Finds the predictable patterns {@link GuessEstimator} weighs, each seen through case and leet (a char stands for
 * its fold and its {@link TextFolding#substitutes}): runs of one character, alphabetical and numerical sequences,
 * keyboard walks on the US and UK layouts, blocks written twice or more, and years. Every candidate is reported
 * with its guess cost in bits, the way zxcvbn prices them (start × direction × length, turns on the keyboard).
 */
final class PatternFinder {

    static final int MIN_REPEAT = 3;
    static final int MIN_SEQUENCE = 3;
    static final int MIN_WALK = 4;
    /**
     * Longest walk reported from one start: bounds the candidates at n × 32 on hostile input ({@code asasas…} is
     * one long walk); a longer walk is priced as walks one after another.
     */
    static final int MAX_WALK = 32;
    private static final double LOG2_KEY_DEGREE = log2(4.6);

    private PatternFinder() {
    }

    /** What each char can be read as: its fold first, then its leet letters. */
    static char[][] readings(char[] pw, int len) {
        char[][] r = new char[len][];
        for (int i = 0; i < len; i++) {
            char[] subs = TextFolding.substitutes(pw[i]);
            char[] all = Arrays.copyOf(new char[] {TextFolding.fold(pw[i])}, 1 + subs.length);
            System.arraycopy(subs, 0, all, 1, subs.length);
            r[i] = all;
        }
        return r;
    }

    static void find(char[] pw, int len, char[][] readings, Consumer<GuessSegment> sink) {
        for (int i = 0; i < len; i++) {
            repeats(pw, len, readings, i, sink);
            sequences(pw, len, readings, i, sink);
            years(pw, len, i, sink);
        }
        for (Keyboards layout : Keyboards.LAYOUTS) {
            for (int i = 0; i + MIN_WALK <= len; i++) {
                walks(layout, pw, len, i, sink);
            }
        }
    }

    private static void repeats(char[] pw, int len, char[][] readings, int i, Consumer<GuessSegment> sink) {
        for (char r : readings[i]) {
            int j = i + 1;
            while (j < len && contains(readings[j], r)) {
                j++;
            }
            // The longest run from each start only: a shorter one is the same run from a later start.
            if (j - i >= MIN_REPEAT) {
                double bits = GuessEstimator.classBits(r) + log2(j - i) + variantBits(pw, i, j, k -> r);
                sink.accept(new GuessSegment(GuessSegment.Kind.PATTERN, i, j, GuessSegment.REPEAT, false, bits));
            }
        }
    }

    private static void sequences(char[] pw, int len, char[][] readings, int i, Consumer<GuessSegment> sink) {
        for (char r : readings[i]) {
            boolean letter = r >= 'a' && r <= 'z';
            boolean digit = r >= '0' && r <= '9';
            if (!letter && !digit) {
                continue;
            }
            char lo = letter ? 'a' : '0';
            char hi = letter ? 'z' : '9';
            for (int delta = -1; delta <= 1; delta += 2) {
                int d = delta;
                int j = i + 1;
                while (j < len) {
                    int expected = r + d * (j - i);
                    if (expected < lo || expected > hi || !contains(readings[j], (char) expected)) {
                        break;
                    }
                    j++;
                }
                boolean obviousStart = r == 'a' || r == 'z' || r == '0' || r == '1' || r == '9';
                double base = obviousStart ? 4 : (letter ? 26 : 10);
                if (j - i >= MIN_SEQUENCE) { // the longest from each start, as for runs
                    double bits = log2(base) + (d < 0 ? 1 : 0) + log2(j - i)
                            + variantBits(pw, i, j, k -> (char) (r + d * (k - i)));
                    sink.accept(new GuessSegment(GuessSegment.Kind.PATTERN, i, j, GuessSegment.SEQUENCE, false,
                            bits));
                }
            }
        }
    }

    private static void years(char[] pw, int len, int i, Consumer<GuessSegment> sink) {
        if (i + 4 > len) {
            return;
        }
        int value = 0;
        for (int k = i; k < i + 4; k++) {
            if (pw[k] < '0' || pw[k] > '9') {
                return;
            }
            value = value * 10 + pw[k] - '0';
        }
        if (value >= 1940 && value <= 2039) {
            sink.accept(new GuessSegment(GuessSegment.Kind.PATTERN, i, i + 4, GuessSegment.YEAR, false, log2(100)));
        }
    }

    /**
     * Walks from {@code i}: the states are (key, last direction) with the fewest turns that reach them; a char may
     * be its own key or the key of one of its leet letters.
     */
    private static void walks(Keyboards layout, char[] pw, int len, int i, Consumer<GuessSegment> sink) {
        int[] keys = keys(layout, pw[i]);
        // state: key * 8 + (direction + 1) -> turns; a tiny map kept as parallel arrays
        int[] state = new int[keys.length];
        int[] turns = new int[keys.length];
        int n = 0;
        for (int k : keys) {
            state[n] = k * 8;
            turns[n++] = 0;
        }
        int shiftedChars = layout.shifted(pw[i]) ? 1 : 0;
        for (int j = i + 1; j < len && j < i + MAX_WALK && n > 0; j++) {
            int[] next = keys(layout, pw[j]);
            int[] nState = new int[n * next.length + 1];
            int[] nTurns = new int[nState.length];
            int m = 0;
            for (int s = 0; s < n; s++) {
                int from = state[s] / 8;
                int lastDir = state[s] % 8 - 1;
                for (int to : next) {
                    int dir = layout.direction(from, to);
                    if (dir < 0) {
                        continue;
                    }
                    int st = to * 8 + dir + 1;
                    int t = turns[s] + (dir != lastDir ? 1 : 0);
                    int found = -1;
                    for (int q = 0; q < m; q++) {
                        if (nState[q] == st) {
                            found = q;
                        }
                    }
                    if (found < 0) {
                        if (m == nState.length) {
                            nState = Arrays.copyOf(nState, m * 2);
                            nTurns = Arrays.copyOf(nTurns, m * 2);
                        }
                        nState[m] = st;
                        nTurns[m++] = t;
                    } else if (t < nTurns[found]) {
                        nTurns[found] = t;
                    }
                }
            }
            state = nState;
            turns = nTurns;
            n = m;
            if (n == 0) {
                break;
            }
            shiftedChars += layout.shifted(pw[j]) ? 1 : 0;
            int length = j - i + 1;
            if (length >= MIN_WALK) {
                int minTurns = Integer.MAX_VALUE;
                for (int s = 0; s < n; s++) {
                    minTurns = Math.min(minTurns, turns[s]);
                }
                double shiftBits = shiftedChars == 0 || shiftedChars == length ? 0 : 1;
                double bits = log2(Keyboards.KEYS) + minTurns * LOG2_KEY_DEGREE + log2(length) + shiftBits
                        + caseBits(pw, i, j + 1) + leetCount(layout, pw, i, j + 1);
                sink.accept(new GuessSegment(GuessSegment.Kind.PATTERN, i, j + 1, GuessSegment.KEYBOARD, false,
                        bits));
            }
        }
    }

    /** Keys a char can be: its own, then those of its leet letters. */
    private static int[] keys(Keyboards layout, char c) {
        char[] subs = TextFolding.substitutes(c);
        int[] k = new int[1 + subs.length];
        int n = 0;
        int own = layout.key(c);
        if (own >= 0) {
            k[n++] = own;
        }
        for (char s : subs) {
            int key = layout.key(s);
            if (key >= 0 && key != own) {
                k[n++] = key;
            }
        }
        return Arrays.copyOf(k, n);
    }

    /** A char is counted as leet in a walk when it is not on the layout itself (rare: walks use real keys). */
    private static int leetCount(Keyboards layout, char[] pw, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (layout.key(pw[k]) < 0) {
                n++;
            }
        }
        return n;
    }

    interface Expected {
        char at(int index);
    }

    /**
     * Case bits plus zxcvbn's leet bits: for each letter written through a substitute somewhere, 1 bit when every
     * occurrence of it is substituted, else log2 of the ways to choose which are.
     */
    static double variantBits(char[] pw, int from, int to, Expected expected) {
        int[] subbed = null;
        int[] plain = null;
        for (int k = from; k < to; k++) {
            char letter = expected.at(k);
            if (letter >= 128) {
                continue;
            }
            if (TextFolding.fold(pw[k]) != letter) {
                if (subbed == null) {
                    subbed = new int[128];
                    plain = new int[128];
                }
                subbed[letter]++;
            } else if (plain != null) {
                plain[letter]++;
            }
        }
        double bits = caseBits(pw, from, to);
        if (subbed == null) {
            return bits;
        }
        // plain counts before the first substitution were skipped: recount them
        java.util.Arrays.fill(plain, 0);
        for (int k = from; k < to; k++) {
            char letter = expected.at(k);
            if (letter < 128 && TextFolding.fold(pw[k]) == letter) {
                plain[letter]++;
            }
        }
        for (int c = 0; c < 128; c++) {
            int s = subbed[c];
            if (s == 0) {
                continue;
            }
            int u = plain[c];
            if (u == 0) {
                bits += 1;
            } else {
                double ways = 0;
                for (int i = 1; i <= Math.min(s, u); i++) {
                    ways += binomial(s + u, i);
                }
                bits += log2(ways);
            }
        }
        return bits;
    }

    /**
     * zxcvbn's case variations: 0 for all lower, 1 for Capitalised, UPPER or lasT, else log2 of the ways to put
     * that many capitals among the letters.
     */
    static double caseBits(char[] pw, int from, int to) {
        int upper = 0;
        int lower = 0;
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(pw[k])) {
                upper++;
            } else if (Character.isLowerCase(pw[k])) {
                lower++;
            }
        }
        if (upper == 0) {
            return 0;
        }
        if (lower == 0 || (upper == 1 && (Character.isUpperCase(pw[from]) || Character.isUpperCase(pw[to - 1])))) {
            return 1;
        }
        double ways = 0;
        for (int k = 1; k <= Math.min(upper, lower); k++) {
            ways += binomial(upper + lower, k);
        }
        return log2(ways);
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    private static boolean contains(char[] chars, char c) {
        for (char x : chars) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
