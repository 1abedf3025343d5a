package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BreachIndex#lookup64}'s interpolation search against an independent oracle: the set of the inserted
 * hashes' fingerprints (their first {@code fingerprintBits}, read from the built index's header). Indexes of several
 * sizes and shapes are built with {@link BreachIndex#builder}: uniform hashes (the real case), a single entry, a
 * corpus crowded into a few shards (most shards empty, the rest far above 63 entries), suffixes clustered at one end
 * of a shard (the guess always misses: the scan gives up and the binary search finishes), and random shards' first
 * and last possible suffix together with the all-zero and all-one hashes.
 */
class BreachIndexLookupPropertyTest {

    @TempDir
    Path dir;

    @Test
    void agreesWithTheFingerprintSetForMembersNeighboursAndRandomHashes() throws IOException {
        SplittableRandom random = new SplittableRandom(20261207);
        int built = 0;
        for (int size : new int[] {1, 2, 31, 33, 100, 1_000, 20_000}) {
            for (Shape shape : Shape.values()) {
                check(shape, size, random.split());
                built++;
            }
        }
        assertThat(built).isEqualTo(7 * Shape.values().length);
    }

    private enum Shape { UNIFORM, FEW_SHARDS, CLUSTERED_SUFFIXES, SHARD_EDGES }

    private void check(Shape shape, int size, SplittableRandom random) throws IOException {
        Map<Long, Long> counts = new HashMap<>();
        int edgeBits = 64 - IndexLayout.forEntries(size, true).prefixBits();
        LongSupplier next = switch (shape) {
            case UNIFORM -> random::nextLong;
            // top 3 bits fixed: at most 1/8 of the shards hold entries (for size >= 256, shards of 8x the usual size)
            case FEW_SHARDS -> () -> (random.nextLong() >>> 3) | (0b101L << 61);
            // the lowest suffixes of shard 1 only
            case CLUSTERED_SUFFIXES -> () -> (1L << edgeBits) | (random.nextLong() >>> (64 - Math.min(edgeBits, 40)));
            // the first or last hash64 of a random shard, or a random hash (there are only 2 edges per shard)
            case SHARD_EDGES -> () -> {
                long shard = edgeBits == 64 ? 0 : random.nextLong() >>> edgeBits << edgeBits;
                return switch (random.nextInt(3)) {
                    case 0 -> shard;
                    case 1 -> shard | (-1L >>> (64 - edgeBits));
                    default -> random.nextLong();
                };
            };
        };
        counts.put(0L, 3L);
        counts.put(-1L, 20_000L);
        while (counts.size() < size) {
            counts.put(next.getAsLong(), 1 + (long) random.nextInt(1_000_000));
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((h, c) -> text.append(String.format("%016X%024X:%d%n", h, 0, c)));
        Path out = dir.resolve(shape + "-" + size + ".phbi");
        BreachIndex.builder(HashKind.SHA1).description(shape + " " + size)
                .addHashes(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.US_ASCII)), "corpus")
                .build(out);
        assertAgrees(out, counts, next, random, shape + " " + size);
    }

    /**
     * Layouts the builder never chooses for small corpora but the format allows (and files past 2^32 entries use):
     * 8-byte shard-table slots (read as two loads, not one), 8-byte entries, 64-bit suffixes with no shard bits, and
     * entries without prevalence bits. Written with {@link IndexWriter} directly.
     */
    @Test
    void agreesForEveryTableWidthEntryWidthAndSuffixLength() throws IOException {
        SplittableRandom random = new SplittableRandom(77);
        IndexLayout[] layouts = {
                new IndexLayout(5, 8, 0, 8), new IndexLayout(0, 8, 0, 4), new IndexLayout(0, 8, 4, 8),
                new IndexLayout(3, 3, 4, 8), new IndexLayout(10, 5, 4, 8), new IndexLayout(4, 2, 0, 4)};
        for (IndexLayout layout : layouts) {
            for (int size : new int[] {1, 40, 3_000}) {
                Map<Long, Long> counts = new HashMap<>();
                counts.put(0L, 3L);
                counts.put(-1L, 20_000L);
                while (counts.size() < size) {
                    counts.put(random.nextLong(), 1 + (long) random.nextInt(1_000_000));
                }
                Path out = dir.resolve("layout-" + layout.prefixBits() + "-" + layout.entryBytes() + "-"
                        + layout.bucketBits() + "-" + layout.tableWidth() + "-" + size + ".phbi");
                java.nio.file.Files.createFile(out);
                try (IndexWriter writer = new IndexWriter(out, HashKind.SHA1, layout, "layout " + layout)) {
                    for (long h : counts.keySet().stream().sorted(Long::compareUnsigned).toList()) {
                        writer.add(h, layout.bucketBits() == 0 ? 0 : Prevalence.bucket(counts.get(h)));
                    }
                    writer.finish(0);
                }
                assertAgrees(out, counts, random::nextLong, random, layout + " " + size);
            }
        }
    }

    private static void assertAgrees(Path out, Map<Long, Long> counts, LongSupplier next, SplittableRandom random,
                                     String corpus) throws IOException {
        try (BreachIndex index = BreachIndex.open(out)) {
            index.verify();
            int bits = index.info().fingerprintBits();
            String what = corpus + " (" + bits + "-bit fingerprints, " + index.info().prefixBits() + " prefix bits)";
            assertThat(index.info().entryCount()).as(what).isLessThanOrEqualTo(counts.size());
            Map<Long, Integer> perFingerprint = new HashMap<>();
            counts.keySet().forEach(h -> perFingerprint.merge(fingerprint(h, bits), 1, Integer::sum));
            Set<Long> oracle = new HashSet<>(perFingerprint.keySet());
            assertThat(index.info().entryCount()).as(what).isEqualTo(oracle.size());
            long step = bits == 64 ? 1 : 1L << (64 - bits);
            for (Map.Entry<Long, Long> e : counts.entrySet()) {
                long h = e.getKey();
                BreachResult r = index.lookup64(h);
                assertThat(r.found()).as(what + " member %016X", h).isTrue();
                if (perFingerprint.get(fingerprint(h, bits)) == 1 && index.info().prevalence()) {
                    assertThat(e.getValue()).as(what + " count of %016X", h).isBetween(r.minCount(), r.maxCount());
                }
                for (long probe : new long[] {h + step, h - step, h ^ step, h ^ (step << 7)}) {
                    assertThat(index.lookup64(probe).found()).as(what + " neighbour %016X", probe)
                            .isEqualTo(oracle.contains(fingerprint(probe, bits)));
                }
            }
            for (int i = 0; i < 5_000; i++) {
                long probe = i % 2 == 0 ? random.nextLong() : next.getAsLong();
                assertThat(index.lookup64(probe).found()).as(what + " probe %016X", probe)
                        .isEqualTo(oracle.contains(fingerprint(probe, bits)));
            }
            assertThat(index.lookup64(0).found()).isTrue();
            assertThat(index.lookup64(-1L).found()).isTrue();
            byte[] maxSuffix = ByteBuffer.allocate(20).putLong(-1L).array();
            assertThat(index.lookup(maxSuffix).found()).as(what + " the largest suffix of the last shard").isTrue();
        }
    }

    private static long fingerprint(long hash64, int bits) {
        return hash64 >>> (64 - bits);
    }

    @Test
    void unsignedMultiplyHighMatchesBigInteger() {
        SplittableRandom random = new SplittableRandom(5);
        long[] xs = {0, 1, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000_0000_0000_0001L};
        long[] ys = {0, 1, 63, 1L << 32, Long.MAX_VALUE};
        for (long x : xs) {
            for (long y : ys) {
                assertProduct(x, y);
            }
        }
        for (int i = 0; i < 10_000; i++) {
            assertProduct(random.nextLong(), random.nextLong() >>> (1 + random.nextInt(63))); // y >= 0
        }
    }

    private static void assertProduct(long x, long y) {
        BigInteger product = new BigInteger(Long.toUnsignedString(x)).multiply(BigInteger.valueOf(y));
        long high = product.shiftRight(64).longValueExact();
        assertThat(BreachIndex.unsignedMultiplyHigh(x, y)).as("%x * %x", x, y).isEqualTo(high);
        assertThat(high < y || y == 0).as("the guess stays below the count").isTrue();
    }
}
