package org.passhygiene.dictionary;

import java.util.Arrays;

/**
 * Lays out a set of folded strings as a trie in three flat arrays, numbering nodes breadth-first with each node's
 * children sorted by label. Breadth-first numbering keeps a node's children contiguous (no edge or parent arrays:
 * {@code firstChild[v] .. firstChild[v + 1]} are the children, and a parent is found by binary search on hits only),
 * and makes node order equal to lexicographic order among nodes of the same depth.
 */
final class TrieLayout {

    /** A path that spells a dictionary word. */
    static final byte FORWARD = 1;
    /** A path that spells a dictionary word backwards. */
    static final byte REVERSED = 2;

    final int[] firstChild;
    final char[] label;
    final byte[] flags;

    private TrieLayout(int[] firstChild, char[] label, byte[] flags) {
        this.firstChild = firstChild;
        this.label = label;
        this.flags = flags;
    }

    /**
     * @param forward  sorted, distinct strings that end a {@link #FORWARD} path
     * @param backward sorted, distinct strings that end a {@link #REVERSED} path (the words reversed)
     */
    static TrieLayout of(String[] forward, String[] backward) {
        // Merge the two sorted sets into one sorted set of entries carrying both flags.
        String[] keys = new String[forward.length + backward.length];
        byte[] keyFlags = new byte[keys.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < forward.length || j < backward.length) {
            int cmp = i == forward.length ? 1 : j == backward.length ? -1 : forward[i].compareTo(backward[j]);
            if (cmp <= 0) {
                keys[n] = forward[i++];
                keyFlags[n] = FORWARD;
                if (cmp == 0) {
                    keyFlags[n] |= REVERSED;
                    j++;
                }
            } else {
                keys[n] = backward[j++];
                keyFlags[n] = REVERSED;
            }
            n++;
        }

        // Breadth-first: node v owns keys[lo[v], hi[v]), all sharing the v's path (of length depth[v]).
        int capacity = 16 + n * 3; // about 2.8 nodes per key for English words and their reversals
        int[] lo = new int[capacity];
        int[] hi = new int[capacity];
        int[] depth = new int[capacity];
        int[] first = new int[capacity + 1];
        char[] labels = new char[capacity];
        byte[] nodeFlags = new byte[capacity];
        hi[0] = n;
        int nodes = 1;
        for (int v = 0; v < nodes; v++) {
            int from = lo[v];
            int to = hi[v];
            int d = depth[v];
            if (from < to && keys[from].length() == d) {
                nodeFlags[v] = keyFlags[from++];
            }
            first[v] = nodes;
            while (from < to) {
                char c = keys[from].charAt(d);
                int end = from + 1;
                while (end < to && keys[end].charAt(d) == c) {
                    end++;
                }
                if (nodes == lo.length) {
                    int grown = lo.length + (lo.length >> 1);
                    lo = Arrays.copyOf(lo, grown);
                    hi = Arrays.copyOf(hi, grown);
                    depth = Arrays.copyOf(depth, grown);
                    first = Arrays.copyOf(first, grown + 1);
                    labels = Arrays.copyOf(labels, grown);
                    nodeFlags = Arrays.copyOf(nodeFlags, grown);
                }
                lo[nodes] = from;
                hi[nodes] = end;
                depth[nodes] = d + 1;
                labels[nodes] = c;
                nodes++;
                from = end;
            }
        }
        first[nodes] = nodes;
        return new TrieLayout(Arrays.copyOf(first, nodes + 1), Arrays.copyOf(labels, nodes),
                Arrays.copyOf(nodeFlags, nodes));
    }

    int nodeCount() {
        return label.length;
    }

    /** Bytes held by the arrays (headers included), for the memory figures. */
    long footprintBytes() {
        return 16L + 4L * firstChild.length + 16L + 2L * label.length + 16L + flags.length;
    }
}
