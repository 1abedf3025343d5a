package org.passhygiene.breach;

/**
 * How fingerprints are laid out in an index file, chosen from the (upper bound of the) entry count.
 *
 * <p>A fingerprint is the first {@code F = prefixBits + suffixBits} bits of the hash. The first {@code prefixBits}
 * select one of {@code 2^prefixBits} shards and are implied by the shard, so only the next {@code suffixBits} are
 * stored, in an entry of {@code entryBytes} big-endian bytes whose low {@link #bucketBits} hold the prevalence
 * bucket. Entries are sorted within a shard; a table of {@code 2^prefixBits} start indexes (4 bytes each while the
 * count fits, else 8) locates the shard.
 *
 * <h2>False-positive arithmetic</h2>
 * Corpus hashes are uniformly distributed, so a hash that is not in a corpus of {@code N} distinct hashes matches
 * some stored fingerprint with probability at most {@code N / 2^F}. For a rate of at most {@code 1e-9} we need
 * {@code F >= log2(N / 1e-9)}:
 * <pre>
 *   N = 1.7e9 (Pwned Passwords, 2025): log2(1.7e18) = 60.6 -> F >= 61
 *   N = 1e9:   F >= 60      N = 1e8: F >= 57      N = 1e7: F >= 54      N = 1e6: F >= 50
 * </pre>
 * The shard count is the largest power of two with at least 32 entries per shard ({@code 2^p <= N/32}), so the
 * table costs at most {@code 4/32 = 0.125} bytes per hash and a lookup searches 32..63 entries on average (a few
 * cache lines). The entry is the fewest bytes with {@code 8 * entryBytes - 4 >= F - p}. For N = 1.7e9: p = 25,
 * entryBytes = 5 (36 suffix bits + 4 bucket bits), F = 61, false-positive rate 1.7e9 / 2^61 = 7.4e-10, and
 * 5 + 0.08 (table) = 5.08 bytes per hash, prevalence included. For every N from 1 to about 8e9 the entry stays at
 * 5 bytes (the table grows with N while the stored bits stay at 36).
 *
 * @param prefixBits  bits implied by the shard, 0..30
 * @param entryBytes  bytes per entry, 1..8
 * @param bucketBits  0 (no prevalence) or 4
 * @param tableWidth  bytes per shard-table slot, 4 or 8
 */
record IndexLayout(int prefixBits, int entryBytes, int bucketBits, int tableWidth) {

    /** The false-positive rate the builder guarantees per lookup. */
    static final double TARGET_FALSE_POSITIVE_RATE = 1e-9;
    static final int MIN_ENTRIES_PER_SHARD = 32;
    static final int MAX_PREFIX_BITS = 30;

    IndexLayout {
        if (prefixBits < 0 || prefixBits > MAX_PREFIX_BITS || entryBytes < 1 || entryBytes > 8
                || (bucketBits != 0 && bucketBits != Prevalence.BITS) || 8 * entryBytes <= bucketBits
                || (tableWidth != 4 && tableWidth != 8)) {
            throw new IllegalArgumentException("invalid layout " + prefixBits + "/" + entryBytes + "/" + bucketBits
                    + "/" + tableWidth);
        }
    }

    /** The layout for at most {@code maxEntries} entries. */
    static IndexLayout forEntries(long maxEntries, boolean prevalence) {
        long n = Math.max(1, maxEntries);
        int bucketBits = prevalence ? Prevalence.BITS : 0;
        int prefixBits = Math.min(MAX_PREFIX_BITS, Math.max(0, log2Floor(n / MIN_ENTRIES_PER_SHARD)));
        int fingerprintBits = (int) Math.ceil(Math.log(n / TARGET_FALSE_POSITIVE_RATE) / Math.log(2));
        int suffixBitsNeeded = Math.max(1, fingerprintBits - prefixBits);
        int entryBytes = Math.min(8, (suffixBitsNeeded + bucketBits + 7) / 8);
        int tableWidth = n < (1L << 32) ? 4 : 8;
        return new IndexLayout(prefixBits, entryBytes, bucketBits, tableWidth);
    }

    private static int log2Floor(long x) {
        return x <= 0 ? -1 : 63 - Long.numberOfLeadingZeros(x);
    }

    int suffixBits() {
        return Math.min(8 * entryBytes - bucketBits, 64 - prefixBits);
    }

    int fingerprintBits() {
        return prefixBits + suffixBits();
    }

    long shardCount() {
        return 1L << prefixBits;
    }

    /** The shard of a 64-bit hash prefix. */
    int shard(long hash64) {
        return prefixBits == 0 ? 0 : (int) (hash64 >>> (64 - prefixBits));
    }

    /** The stored suffix of a 64-bit hash prefix. */
    long suffix(long hash64) {
        int s = suffixBits();
        return (hash64 << prefixBits) >>> (64 - s);
    }

    /** The entry value (right-aligned in {@code entryBytes}) for a suffix and bucket. */
    long entry(long suffix, int bucket) {
        return (suffix << bucketBits) | (bucketBits == 0 ? 0 : bucket);
    }

    double falsePositiveRate(long entries) {
        return entries / Math.pow(2, fingerprintBits());
    }
}
