package org.passhygiene.dictionary;

import java.util.Arrays;

/**
 * {@link WordAutomaton#containsWord}'s child steps below the {@link StartFilter}'s depth, one memory access each.
 * The labels of the trie's nodes of depth above {@link StartFilter#Q} get one bit each (at most 32, in label order:
 * 31 for the shipped lists); every such node has a record of three ints: the bits of its children's labels, the bits
 * of those children that end a word, and its first child. A password char reads as a mask of label bits (its fold,
 * plus with leet its substitutes), so one step ANDs that mask with the record: a word-ending child means a word, no
 * child means none, one child is found by rank ({@link Integer#bitCount} of the lower child bits, as children are
 * sorted by label), and two (a leet branch) leave the step to the general walk. Records are indexed by node
 * ({@code node * RECORD}) and hold their first child's record offset, so a step is one load, a rank and an add.
 *
 * <p>Replaces the general step's three dependent loads (first child, label scan, flags) by one record. 12 bytes per
 * node (about 13 MB for the shipped lists; the records of nodes above depth {@code Q} stay empty).
 */
final class DeepSteps {

    private static final int ASCII = 128;
    /** Ints per record. */
    static final int RECORD = 3;
    /** Record offset of the children's label bits. */
    static final int CHILDREN = 0;
    /** Record offset of the word-ending children's label bits. */
    static final int WORDS = 1;
    /** Record offset of the first child's record ({@code firstChild * RECORD}). */
    static final int FIRST = 2;

    /** {@link #RECORD} ints per node, empty above the depth asked for. */
    final int[] records;
    /** Per ASCII char, the label bits it reads as. */
    final int[] reads;

    private DeepSteps(int[] records, int[] reads) {
        this.records = records;
        this.reads = reads;
    }

    /** The steps for nodes of depth {@code depth} and more, or null when their children carry over 32 labels. */
    static DeepSteps of(TrieLayout trie, int depth, boolean leet) {
        int[] firstChild = trie.firstChild;
        char[] label = trie.label;
        int nodes = label.length;
        int base = 0;
        for (int d = 0; d < depth && base < nodes; d++) {
            base = firstChild[base];
        }
        if (base >= nodes) {
            return null;
        }
        char[] labels = Arrays.copyOfRange(label, firstChild[base], nodes);
        Arrays.sort(labels);
        int distinct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (i == 0 || labels[i] != labels[i - 1]) {
                labels[distinct++] = labels[i];
            }
        }
        if (distinct > Integer.SIZE) {
            return null;
        }
        char[] bitLabels = Arrays.copyOf(labels, distinct);
        int[] records = new int[nodes * RECORD];
        for (int v = base; v < nodes; v++) {
            int at = v * RECORD;
            for (int i = firstChild[v]; i < firstChild[v + 1]; i++) {
                int bit = 1 << Arrays.binarySearch(bitLabels, label[i]);
                records[at + CHILDREN] |= bit;
                if (trie.flags[i] != 0) {
                    records[at + WORDS] |= bit;
                }
            }
            records[at + FIRST] = firstChild[v] * RECORD;
        }
        int[] reads = new int[ASCII];
        for (int c = 0; c < ASCII; c++) {
            reads[c] = bitOf(bitLabels, TextFolding.fold((char) c));
            if (leet) {
                for (char s : TextFolding.substitutes((char) c)) {
                    reads[c] |= bitOf(bitLabels, s);
                }
            }
        }
        return new DeepSteps(records, reads);
    }

    private static int bitOf(char[] bitLabels, char letter) {
        int i = Arrays.binarySearch(bitLabels, letter);
        return i < 0 ? 0 : 1 << i;
    }

    /** Bytes held by its own arrays. */
    long footprintBytes() {
        return 16L + 4L * records.length + 16L + 4L * reads.length;
    }
}
