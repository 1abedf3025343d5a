package org.passhygiene.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The fast {@link WordFinder}: a trie of the folded words (and, optionally, of the words reversed) in flat primitive
 * arrays, walked from every start position of the password. Each password char is compared as
 * {@link TextFolding#matches} says: its fold, plus with leet its substitutes, so {@code 1} follows both an
 * {@code i} and an {@code l} edge; the rare ambiguous branch recurses, the common path is a loop.
 *
 * <p>Why a per-start walk and not Aho-Corasick: passwords are short, most walks die after two or three chars, and
 * leet makes the input ambiguous, so Aho-Corasick would need a set of active states (a per-call buffer) plus failure
 * and output links (8 more bytes per node). The walk needs neither: {@link #containsWord} and {@link #findLongest}
 * allocate nothing on a miss, and the trie costs 7 bytes per node plus a small dense table for its first three
 * levels. Results equal {@link NaiveWordFinder}'s exactly.
 *
 * <p>Most walks are never started: with a minimum word length of at least 4, a {@link StartFilter} (a bitset over
 * 4-grams of password char classes, 128 KB for the shipped lists) says where a word can begin. {@link #containsWord}
 * is a {@link WordScan}, built on its first call: one pass over the password that resumes walks at depth 4 from a
 * table of its own filter (4 MB for the shipped lists) and {@link DeepSteps} (13 MB), falling back to this walk.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
final class WordAutomaton implements WordFinder {

    /** The node every walk from a start begins at. */
    static final int ROOT = 0;
    /** No such node: the root is never anyone's child, so 0 can mean "none". */
    private static final int NONE = 0;
    private static final long NO_MATCH = -1;
    /** Children lists at most this long are scanned; longer ones binary searched. */
    private static final int LINEAR_SCAN = 8;
    private static final int ASCII = 128;
    /** Cap on the dense table: 1 MB. */
    private static final int MAX_DENSE_ENTRIES = 1 << 18;

    /**
     * Per password char, the letters it can stand for besides its own fold (from {@link TextFolding#substitutes});
     * null for most chars. Indexed up to the highest char that has substitutes.
     */
    private static final char[][] LEET_EXTRAS = FoldedWords.leetExtras();

    private final int[] firstChild;
    private final char[] label;
    private final byte[] flags;
    /*
     * Nodes of depth 0 to 2 have the most children (tens, so a binary search each) and see the most lookups, since
     * most walks die there. For them, and for ASCII chars, a dense table: dense[node * stride + asciiCode[c]].
     * Code 0 is "not a label here", whose column holds NONE. About 150 KB for 400 K words.
     */
    private final int denseNodes;
    private final int stride;
    private final byte[] asciiCode;
    private final int[] dense;
    /** Skips starts that cannot begin a word; null when the minimum word length is below its q-gram length. */
    private final StartFilter filter;
    /** The trie again, for {@link #scan()}. */
    private final TrieLayout trie;
    private final boolean depthTable;
    /*
     * containsWord's scan, built on its first call: its tables (4 MB + 13 MB for the shipped lists) serve nothing
     * else, and policies only call findLongest and findAll.
     */
    private volatile WordScan scan;
    private final boolean leet;
    private final boolean reversed;
    private final int minWordLength;
    private final int wordCount;

    private WordAutomaton(TrieLayout trie, Builder options, int wordCount) {
        this.firstChild = trie.firstChild;
        this.label = trie.label;
        this.flags = trie.flags;
        this.leet = options.leet;
        this.reversed = options.reversed;
        this.minWordLength = options.minWordLength;
        this.wordCount = wordCount;
        int shallow = firstChild[firstChild[ROOT + 1]];
        this.asciiCode = new byte[ASCII];
        int codes = 0;
        for (int v = 1; v < firstChild[shallow]; v++) {
            if (label[v] < ASCII && asciiCode[label[v]] == 0) {
                asciiCode[label[v]] = (byte) ++codes;
            }
        }
        this.stride = codes + 1;
        this.denseNodes = Math.min(shallow, MAX_DENSE_ENTRIES / stride);
        this.dense = new int[denseNodes * stride];
        for (int v = 0; v < denseNodes; v++) {
            for (int i = firstChild[v]; i < firstChild[v + 1]; i++) {
                if (label[i] < ASCII) {
                    dense[v * stride + asciiCode[label[i]]] = i;
                }
            }
        }
        this.filter = StartFilter.of(trie, minWordLength, leet, false);
        this.trie = trie;
        this.depthTable = options.depthTable;
    }

    /** Options start at: min word length 4, leet on, reversed on. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of distinct folded words of at least the minimum length. */
    public int wordCount() {
        return wordCount;
    }

    /** Shortest word looked for. */
    public int minWordLength() {
        return minWordLength;
    }

    /** Whether leet substitutions apply. */
    public boolean leet() {
        return leet;
    }

    /** Whether words written backwards are found too. */
    public boolean reversed() {
        return reversed;
    }

    /** Trie nodes (a measure of size: 7 bytes each). */
    int nodeCount() {
        return label.length;
    }

    /** {@link #containsWord}'s deep steps, or null (tests). */
    DeepSteps deepSteps() {
        return scan().deep;
    }

    /** {@link #containsWord}'s start filter, with its depth table unless the builder said not, or null (tests). */
    StartFilter startFilter() {
        return scan().filter;
    }

    /** The scan, built once; racing first calls wait for one build. */
    private WordScan scan() {
        WordScan s = scan;
        if (s == null) {
            synchronized (trie) {
                s = scan;
                if (s == null) {
                    s = new WordScan(this, trie, minWordLength, leet, depthTable);
                    scan = s;
                }
            }
        }
        return s;
    }

    /** Approximate bytes retained by this instance's arrays ({@link #containsWord}'s tables once it has run). */
    long footprintBytes() {
        WordScan s = scan;
        return 16L + 4L * firstChild.length + 16L + 2L * label.length + 16L + flags.length + 16L + ASCII
                + 16L + 4L * dense.length + (filter == null ? 0 : filter.footprintBytes())
                + (s == null ? 0 : s.footprintBytes());
    }

    /**
     * @throws NullPointerException      if {@code password} is null
     * @throws IndexOutOfBoundsException if {@code length} is negative or beyond {@code password.length}
     */
    @Override
    public boolean containsWord(char[] password, int length) {
        return scan().containsWord(password, length);
    }

    /** Whether a word continues {@code pw[start..pos)}, which reached {@code node}: the walk stopping at the first. */
    boolean anyWordFrom(char[] pw, int len, int start, int pos, int node) {
        return descend(pw, len, start, pos, node, Mode.ANY, null) != NO_MATCH;
    }

    /**
     * @throws NullPointerException      if {@code password} is null
     * @throws IndexOutOfBoundsException if {@code length} is negative or beyond {@code password.length}
     */
    @Override
    public WordMatch findLongest(char[] password, int length) {
        Objects.checkFromIndexSize(0, length, password.length);
        long best = NO_MATCH;
        int bestStart = 0;
        for (int start = 0; start <= length - minWordLength; start++) { // shorter tails hold no word
            // A later start wins only by being strictly longer.
            if (best != NO_MATCH && lengthOf(best) >= length - start) {
                break;
            }
            if (filter != null && !filter.mayStart(password, start)) {
                continue;
            }
            long key = descend(password, length, start, start, ROOT, Mode.LONGEST, null);
            if (key != NO_MATCH && (best == NO_MATCH || lengthOf(key) > lengthOf(best))) {
                best = key;
                bestStart = start;
            }
        }
        if (best == NO_MATCH) {
            return null;
        }
        boolean backwards = (best & FORWARD_BIT) == 0;
        return match(nodeOf(best), bestStart, lengthOf(best), backwards);
    }

    /**
     * @throws NullPointerException      if {@code password} is null
     * @throws IndexOutOfBoundsException if {@code length} is negative or beyond {@code password.length}
     */
    @Override
    public List<WordMatch> findAll(char[] password, int length) {
        Objects.checkFromIndexSize(0, length, password.length);
        List<WordMatch> found = new ArrayList<>();
        for (int start = 0; start <= length - minWordLength; start++) { // shorter tails hold no word
            if (filter == null || filter.mayStart(password, start)) {
                descend(password, length, start, start, ROOT, Mode.ALL, found);
            }
        }
        found.sort(NaiveWordFinder.READING_ORDER);
        return found;
    }

    private enum Mode { ANY, LONGEST, ALL }

    /*
     * A match during a walk is a long key: length in the high half, then a "forward" bit, then the node id inverted,
     * so that a larger key is the preferred match among those from one start (longer, forward before reversed, and
     * for forward words the smaller node, which breadth-first numbering makes the lexicographically smaller word).
     */
    private static final long FORWARD_BIT = 1L << 31;

    private static long key(int node, int length, boolean forward) {
        return ((long) length << 32) | (forward ? FORWARD_BIT : 0) | (Integer.MAX_VALUE - node);
    }

    private static int lengthOf(long key) {
        return (int) (key >>> 32);
    }

    private static int nodeOf(long key) {
        return Integer.MAX_VALUE - (int) (key & Integer.MAX_VALUE);
    }

    /**
     * Follows every reading of {@code pw[pos..len)} from {@code node}, which has consumed {@code pw[start..pos)}.
     * Returns the preferred match seen ({@link Mode#ANY} stops at the first), adding all of them to {@code sink} in
     * {@link Mode#ALL}; {@link #NO_MATCH} when none.
     */
    private long descend(char[] pw, int len, int start, int pos, int node, Mode mode, List<WordMatch> sink) {
        long best = NO_MATCH;
        while (pos < len) {
            char c = pw[pos++];
            if (leet && c < LEET_EXTRAS.length && LEET_EXTRAS[c] != null) {
                for (char letter : LEET_EXTRAS[c]) {
                    int next = child(node, letter);
                    if (next != NONE) {
                        if (flags[next] != 0) {
                            best = prefer(best, record(next, start, pos, mode, sink));
                            if (mode == Mode.ANY) {
                                return best;
                            }
                        }
                        best = prefer(best, descend(pw, len, start, pos, next, mode, sink));
                        if (mode == Mode.ANY && best != NO_MATCH) {
                            return best;
                        }
                    }
                }
            }
            node = child(node, TextFolding.fold(c));
            if (node == NONE) {
                break;
            }
            if (flags[node] != 0) {
                best = prefer(best, record(node, start, pos, mode, sink));
                if (mode == Mode.ANY) {
                    return best;
                }
            }
        }
        return best;
    }

    /** A word ends at {@code node} (covering {@code pw[start..end)}): its key, and in ALL mode its matches. */
    private long record(int node, int start, int end, Mode mode, List<WordMatch> sink) {
        byte f = flags[node];
        int length = end - start;
        if (mode == Mode.ALL) {
            if ((f & TrieLayout.FORWARD) != 0) {
                sink.add(match(node, start, length, false));
            }
            if ((f & TrieLayout.REVERSED) != 0) {
                sink.add(match(node, start, length, true));
            }
        }
        return key(node, length, (f & TrieLayout.FORWARD) != 0);
    }

    /** The preferred of two keys from the same start. */
    private long prefer(long a, long b) {
        if (a == NO_MATCH || b == NO_MATCH || a == b) {
            return Math.max(a, b);
        }
        // Two reversed words of one length: node order is the order of the reversed spellings, so compare words.
        if (lengthOf(a) == lengthOf(b) && (a & FORWARD_BIT) == 0 && (b & FORWARD_BIT) == 0) {
            return compareReversedWords(nodeOf(a), nodeOf(b)) <= 0 ? a : b;
        }
        return Math.max(a, b);
    }

    /** Compares the words whose reversed spellings end at two distinct nodes of one depth, first letter first. */
    private int compareReversedWords(int a, int b) {
        while (a != b) {
            if (label[a] != label[b]) {
                return Character.compare(label[a], label[b]);
            }
            a = parent(a);
            b = parent(b);
        }
        return 0;
    }

    private int child(int node, char c) {
        if (node < denseNodes && c < ASCII) {
            return dense[node * stride + asciiCode[c]];
        }
        int lo = firstChild[node];
        int hi = firstChild[node + 1];
        if (hi - lo <= LINEAR_SCAN) {
            for (int i = lo; i < hi; i++) {
                char l = label[i];
                if (l >= c) {
                    return l == c ? i : NONE;
                }
            }
            return NONE;
        }
        int i = Arrays.binarySearch(label, lo, hi, c);
        return i >= 0 ? i : NONE;
    }

    /** Parent of a non-root node: the node whose children range holds it (only needed on a hit). */
    private int parent(int node) {
        int lo = 0;
        int hi = node - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstChild[mid] <= node) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private WordMatch match(int node, int start, int length, boolean backwards) {
        char[] word = new char[length];
        int v = node;
        for (int i = length - 1; i >= 0; i--) {
            word[backwards ? length - 1 - i : i] = label[v];
            v = parent(v);
        }
        return new WordMatch(new String(word), start, start + length, backwards);
    }

    /**
     * Options for a {@link WordAutomaton}; not thread-safe, reusable. Defaults: min word length 4, leet on,
     * reversed on (what the school AUP rule wants).
     */
    public static final class Builder {

        /** Longest minimum word length accepted; longer would make the rule pointless. */
        public static final int MAX_MIN_WORD_LENGTH = 64;

        private int minWordLength = 4;
        private boolean leet = true;
        private boolean reversed = true;
        private boolean depthTable = true;

        private Builder() {
        }

        /**
         * Words shorter than this (after folding) are ignored.
         *
         * @throws IllegalArgumentException unless 1 ≤ {@code length} ≤ {@value #MAX_MIN_WORD_LENGTH}
         */
        public Builder minWordLength(int length) {
            if (length < 1 || length > MAX_MIN_WORD_LENGTH) {
                throw new IllegalArgumentException(
                        "minWordLength=" + length + ": must be between 1 and " + MAX_MIN_WORD_LENGTH);
            }
            this.minWordLength = length;
            return this;
        }

        /** Whether a char also stands for its {@link TextFolding#substitutes} ({@code 0 → o}, {@code 1 → i, l}…). */
        public Builder leet(boolean on) {
            this.leet = on;
            return this;
        }

        /** Whether a word written backwards counts ({@code Dr0wssap} contains {@code password}). */
        public Builder reversed(boolean on) {
            this.reversed = on;
            return this;
        }

        /** Whether {@link #containsWord} may start walks at the node its start filter's q-gram table gives (tests). */
        Builder depthTable(boolean on) {
            this.depthTable = on;
            return this;
        }

        /**
         * Compiles the words: each is folded ({@link TextFolding#foldWord}); duplicates and short words dropped.
         *
         * @param words words in any case and normal form; iterated once
         * @throws NullPointerException if {@code words} or any of its elements is null
         */
        public WordAutomaton build(Iterable<String> words) {
            String[] forward = FoldedWords.sorted(Objects.requireNonNull(words, "words"), minWordLength);
            String[] backward = reversed ? FoldedWords.reversed(forward) : new String[0];
            return new WordAutomaton(TrieLayout.of(forward, backward), this, forward.length);
        }
    }
}
