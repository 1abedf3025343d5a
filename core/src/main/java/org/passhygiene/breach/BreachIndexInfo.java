package org.passhygiene.breach;

import java.time.Instant;

/**
 * Facts from an index header, for {@code breach info}.
 *
 * @param kind              hash kind of the corpus
 * @param formatVersion     file format version
 * @param entryCount        number of distinct fingerprints
 * @param description       source description given at import (e.g. "pwned-passwords-sha1-ordered-by-hash-v8.txt")
 * @param created           when the import finished
 * @param fileSize          size of the file in bytes
 * @param fingerprintBits   hash bits compared per lookup (implied shard prefix + stored suffix)
 * @param prefixBits        bits implied by the shard
 * @param bytesPerEntry     bytes stored per fingerprint, prevalence bucket included
 * @param prevalence        whether entries carry a prevalence bucket
 * @param falsePositiveRate probability that a hash not in the corpus is reported found: entryCount / 2^fingerprintBits
 */
public record BreachIndexInfo(HashKind kind, int formatVersion, long entryCount, String description, Instant created,
                              long fileSize, int fingerprintBits, int prefixBits, int bytesPerEntry,
                              boolean prevalence, double falsePositiveRate) {

    /** File bytes per entry, header and shard table included ({@code NaN} for an empty index). */
    public double bytesPerHash() {
        return entryCount == 0 ? Double.NaN : (double) fileSize / entryCount;
    }
}
