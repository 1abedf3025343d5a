package org.passhygiene.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which start positions of a password can begin a word of a {@link WordAutomaton}'s trie, decided from the next
 * {@link #Q} chars without walking. Most starts of a random password cannot, and a walk costs a few child lookups to
 * find that out.
 *
 * <p>Password ASCII chars are grouped into classes by the labels of the trie's first {@link #Q} levels they can read
 * as (their fold, plus with leet their substitutes), class 0 reading as none; {@link #bits} has a bit for every
 * class {@code Q}-gram some reading of which spells a trie path of depth {@code Q}. A start whose next {@code Q} chars
 * are ASCII and whose bit is clear holds no word, since every trie path leads to a word of at least the minimum word
 * length, which is at least {@code Q}. A non-ASCII char defeats the filter (the start is walked). For the shipped
 * lists: 32 classes, 2<sup>20</sup> bits = 128 KB; 3.9 % of the starts of random 12-char passwords pass.
 *
 * <p>For a start that passes, {@link #nodes} (2<sup>20</sup> ints = 4 MB for the shipped lists) gives the one trie
 * node of depth {@code Q} the q-gram's readings reach, so {@link WordAutomaton#containsWord} resumes its walk there;
 * or says a word ends there ({@link #WORD}) or that the readings reach several nodes ({@link #AMBIGUOUS}: walk from the
 * root). Sound because chars of one class read as the same labels on the first {@code Q} levels.
 *
 * <p>Immutable; the arrays are read directly by {@link WordAutomaton#containsWord}'s one-pass loop.
 */
final class StartFilter {

    /** Chars looked at: the q-gram length. */
    static final int Q = 4;
    private static final int ASCII = 128;
    /** Cap on the bitset: 2 MB (up to 64 classes). */
    private static final long MAX_BITS = 1L << 24;
    /** Cap on {@link #nodes}: 4 MB (up to 32 classes). */
    private static final long MAX_NODES = 1L << 20;
    /** A {@link #nodes} entry: some reading of the q-gram spells a whole word (of exactly {@code Q} chars). */
    static final int WORD = -1;
    /** A {@link #nodes} entry: the q-gram reads as two or more trie paths of depth {@code Q}, none a word. */
    static final int AMBIGUOUS = -2;

    /** Class of each ASCII char. */
    final byte[] charClass;
    /** Bits per class in a q-gram's index. */
    final int classBits;
    /** Bits of a q-gram index: {@code (1 << Q * classBits) - 1}. */
    final int mask;
    /** One bit per class q-gram. */
    final long[] bits;
    /**
     * Per class q-gram whose bit is set: the one trie node of depth {@code Q} its readings reach, so a walk can go on
     * from there; or {@link #WORD} or {@link #AMBIGUOUS}. 0 where the bit is clear. Null when it would exceed 4 MB
     * or was not asked for. Read only after the bit (128 KB, cache-resident) passes.
     */
    final int[] nodes;
    private final int classes;
    private final int[] firstChild;
    private final char[] label;

    private final byte[] flags;

    private StartFilter(TrieLayout trie, boolean leet, boolean withNodes) {
        this.firstChild = trie.firstChild;
        this.label = trie.label;
        this.flags = trie.flags;
        this.charClass = new byte[ASCII];
        List<String> readings = new ArrayList<>();
        readings.add("");
        String shallowLabels = shallowLabels();
        for (int c = 0; c < ASCII; c++) {
            StringBuilder r = new StringBuilder();
            addReading(r, TextFolding.fold((char) c), shallowLabels);
            if (leet) {
                for (char s : TextFolding.substitutes((char) c)) {
                    addReading(r, s, shallowLabels);
                }
            }
            char[] sorted = r.toString().toCharArray();
            Arrays.sort(sorted);
            String key = new String(sorted);
            int k = readings.indexOf(key);
            if (k < 0) {
                k = readings.size();
                readings.add(key);
            }
            charClass[c] = (byte) k;
        }
        this.classes = readings.size();
        this.classBits = 32 - Integer.numberOfLeadingZeros(classes - 1);
        long size = 1L << (Q * classBits);
        this.bits = size > MAX_BITS ? null : new long[(int) ((size + 63) >>> 6)];
        this.mask = (int) (size - 1);
        this.nodes = bits != null && withNodes && size <= MAX_NODES ? new int[(int) size] : null;
        if (bits != null) {
            fill(0, 0, 0, readings);
        }
    }

    /** The filter for a trie whose words have at least {@code minWordLength} chars, or null when it cannot help. */
    static StartFilter of(TrieLayout trie, int minWordLength, boolean leet, boolean withNodes) {
        if (minWordLength < Q) {
            return null;
        }
        StartFilter f = new StartFilter(trie, leet, withNodes);
        return f.bits == null ? null : f;
    }

    /** Labels of the nodes of depth 1 to {@link #Q}: the only ones the filter needs. */
    private String shallowLabels() {
        StringBuilder labels = new StringBuilder();
        int lo = 0;
        int hi = 1;
        for (int d = 1; d <= Q && lo < hi; d++) {
            int nextLo = firstChild[lo];
            int nextHi = firstChild[hi];
            for (int v = nextLo; v < nextHi; v++) {
                if (labels.indexOf(String.valueOf(label[v])) < 0) {
                    labels.append(label[v]);
                }
            }
            lo = nextLo;
            hi = nextHi;
        }
        return labels.toString();
    }

    private static void addReading(StringBuilder r, char letter, String shallowLabels) {
        if (shallowLabels.indexOf(letter) >= 0 && r.indexOf(String.valueOf(letter)) < 0) {
            r.append(letter);
        }
    }

    /** Sets the bit of every class q-gram some reading of which spells a path of depth Q through {@code node}. */
    private void fill(int node, int depth, int prefix, List<String> readings) {
        if (depth == Q) {
            bits[prefix >>> 6] |= 1L << prefix;
            if (nodes != null) {
                int seen = nodes[prefix];
                // Words are at least Q chars long, so a word ending here is the first a walk through it can find.
                nodes[prefix] = seen == WORD || flags[node] != 0 ? WORD : seen == 0 || seen == node ? node : AMBIGUOUS;
            }
            return;
        }
        for (int v = firstChild[node]; v < firstChild[node + 1]; v++) {
            for (int k = 1; k < classes; k++) {
                if (readings.get(k).indexOf(label[v]) >= 0) {
                    fill(v, depth + 1, prefix << classBits | k, readings);
                }
            }
        }
    }

    /** Whether a word may start at {@code start} ({@code start + Q <= length}): false only when none can. */
    boolean mayStart(char[] pw, int start) {
        char a = pw[start];
        char b = pw[start + 1];
        char c = pw[start + 2];
        char d = pw[start + 3];
        if ((a | b | c | d) >= ASCII) {
            return true;
        }
        int q = window(pw, start);
        return (bits[q >>> 6] & (1L << q)) != 0;
    }

    /** Index of the class q-gram at {@code start} of ASCII chars (what the one-pass loop rolls). */
    int window(char[] pw, int start) {
        int q = 0;
        for (int i = start; i < start + Q; i++) {
            q = q << classBits | charClass[pw[i]];
        }
        return q;
    }

    /** Bytes held by its own arrays (the trie's are the automaton's). */
    long footprintBytes() {
        return 16L + ASCII + 16L + 8L * bits.length + (nodes == null ? 0 : 16L + 4L * nodes.length);
    }
}
