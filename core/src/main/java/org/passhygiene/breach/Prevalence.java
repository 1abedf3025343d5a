package org.passhygiene.breach;

/**
 * The 4-bit prevalence bucket an index stores next to each fingerprint: bucket 0 means the count is unknown
 * (plain password lists, bare hashes); bucket {@code k} in 1..14 means the HIBP count lies in
 * {@code [4^(k-1), 4^k - 1]}; bucket 15 means at least {@code 4^14} (268,435,456, above any count published so far).
 */
final class Prevalence {

    static final int BITS = 4;
    static final int MAX = 15;

    private Prevalence() {
    }

    static int bucket(long count) {
        if (count <= 0) {
            return 0;
        }
        int log2 = 63 - Long.numberOfLeadingZeros(count);
        return Math.min(MAX, 1 + log2 / 2);
    }

    static long minCount(int bucket) {
        return bucket == 0 ? 0 : 1L << (2 * (bucket - 1));
    }

    static long maxCount(int bucket) {
        return bucket == 0 ? 0 : bucket == MAX ? Long.MAX_VALUE : (1L << (2 * bucket)) - 1;
    }
}
