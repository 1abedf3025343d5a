package org.passhygiene.dictionary;

import java.util.Objects;

/**
 * {@link WordAutomaton#containsWord}: the walks it starts, and where. With a minimum word length of at least 4, a
 * {@link StartFilter} (a bitset over 4-grams of password char classes, 128 KB for the shipped lists) says where a
 * word can begin; the scan rolls that 4-gram along an ASCII password in one pass, walking only from the starts it
 * lets through. Where the 4-gram has one reading in the trie, the filter's table (4 MB for the shipped lists) gives
 * the node of depth 4 it reaches, or says a word ends there, so the walk resumes there instead of repeating those four
 * steps, with {@link DeepSteps} (one 12-byte record per node, 13 MB for the shipped lists) while each char has one
 * reading. Anything else (no filter, a non-ASCII char, two readings) goes to the automaton's general walk.
 *
 * <p>Allocates nothing; immutable and thread-safe.
 */
final class WordScan {

    private static final int ASCII = 128;

    /** Walks from a start (or a resumed node) in "any word" mode. */
    private final WordAutomaton trie;
    /**
     * Skips starts that cannot begin a word, with the depth-4 table unless asked not to; null when the minimum word
     * length is below its q-gram length.
     */
    final StartFilter filter;
    /** Steps of the walks resumed at the filter's depth; null without its table. */
    final DeepSteps deep;
    /*
     * The arrays and numbers of the filter and of the deep steps the loops read, copied here so that a call reaches
     * them in as few dependent loads as when the automaton held the scan itself.
     */
    private final byte[] charClass;
    private final int classBits;
    private final int mask;
    private final long[] bits;
    /** The filter's q-gram table; null without it. */
    private final int[] nodes;
    /** {@link DeepSteps#records} and {@link DeepSteps#reads}: null without the deep steps. */
    private final int[] records;
    private final int[] reads;
    private final int minWordLength;

    WordScan(WordAutomaton automaton, TrieLayout trie, int minWordLength, boolean leet, boolean depthTable) {
        StartFilter filter = StartFilter.of(trie, minWordLength, leet, depthTable);
        DeepSteps deep = filter == null || filter.nodes == null ? null : DeepSteps.of(trie, StartFilter.Q, leet);
        this.trie = automaton;
        this.filter = filter;
        this.deep = deep;
        this.charClass = filter == null ? null : filter.charClass;
        this.classBits = filter == null ? 0 : filter.classBits;
        this.mask = filter == null ? 0 : filter.mask;
        this.bits = filter == null ? null : filter.bits;
        this.nodes = filter == null ? null : filter.nodes;
        this.records = deep == null ? null : deep.records;
        this.reads = deep == null ? null : deep.reads;
        this.minWordLength = minWordLength;
    }

    /**
     * Whether {@code password[0..length)} contains a word. The bounds are checked here, not by the caller, so that
     * the compiled scan knows {@code length <= password.length}.
     *
     * @throws NullPointerException      if {@code password} is null
     * @throws IndexOutOfBoundsException if {@code length} is negative or beyond {@code password.length}
     */
    boolean containsWord(char[] password, int length) {
        Objects.checkFromIndexSize(0, length, password.length);
        if (filter == null) {
            return containsWordFrom(password, length, 0);
        }
        // One pass over an ASCII password: the q-gram of classes ending at i rolls along (its high bits fall off
        // when masked), and the start it begins is walked only when the filter lets it. A non-ASCII char defeats
        // the filter for the starts whose q-gram holds it: those and the rest go to the plain loop.
        int window = 0;
        byte[] charClass = this.charClass;
        int classBits = this.classBits;
        int mask = this.mask;
        long[] bits = this.bits;
        for (int i = 0; i < StartFilter.Q - 1 && i < length; i++) {
            char c = password[i];
            if (c >= ASCII) {
                return containsWordFrom(password, length, 0);
            }
            window = window << classBits | charClass[c];
        }
        int[] nodes = this.nodes;
        int end = length - minWordLength + StartFilter.Q; // shorter tails hold no word
        for (int i = StartFilter.Q - 1; i < end; i++) {
            char c = password[i];
            if (c >= ASCII) {
                return containsWordFrom(password, length, i - (StartFilter.Q - 1));
            }
            window = window << classBits | charClass[c];
            int q = window & mask;
            if ((bits[q >>> 6] & (1L << q)) != 0) {
                // The q-gram's one node of depth Q saves the walk's first Q steps (the ones most likely to miss).
                int start = i - (StartFilter.Q - 1);
                int node = nodes == null ? StartFilter.AMBIGUOUS : nodes[q];
                if (node == StartFilter.WORD
                        || (node > 0 ? resume(password, length, start, i + 1, node)
                                : trie.anyWordFrom(password, length, start, start, WordAutomaton.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Bytes held by the filter and deep steps (the trie's arrays are the automaton's). */
    long footprintBytes() {
        return (filter == null ? 0 : filter.footprintBytes()) + (deep == null ? 0 : deep.footprintBytes());
    }

    /** {@link #containsWord} for the starts from {@code first} on, walking from the root where the filter allows. */
    private boolean containsWordFrom(char[] password, int length, int first) {
        for (int start = first; start <= length - minWordLength; start++) { // shorter tails hold no word
            if ((filter == null || filter.mayStart(password, start))
                    && trie.anyWordFrom(password, length, start, start, WordAutomaton.ROOT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word continues {@code pw[start..pos)}, which reached {@code node} of depth {@link StartFilter#Q}: the
     * {@link DeepSteps} while each char has one reading here, then the general walk.
     */
    private boolean resume(char[] pw, int len, int start, int pos, int node) {
        int[] records = this.records;
        int[] reads = this.reads;
        if (records == null) {
            return trie.anyWordFrom(pw, len, start, pos, node);
        }
        int at = node * DeepSteps.RECORD;
        for (; pos < len; pos++) {
            char c = pw[pos];
            if (c >= ASCII) {
                break;
            }
            int r = reads[c];
            int children = records[at + DeepSteps.CHILDREN];
            if ((records[at + DeepSteps.WORDS] & r) != 0) {
                return true;
            }
            int m = children & r;
            if (m == 0) {
                return false;
            }
            if ((m & (m - 1)) != 0) {
                break; // two readings: the general walk branches
            }
            at = records[at + DeepSteps.FIRST] + DeepSteps.RECORD * Integer.bitCount(children & (m - 1));
        }
        node = at / DeepSteps.RECORD;
        return pos < len && trie.anyWordFrom(pw, len, start, pos, node);
    }
}
