package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Forged and damaged index files: whatever the bytes, opening either throws {@link BreachIndexException} or gives an
 * index whose every lookup answers (found or not found) without throwing. The harness recomputes the header CRC32C
 * of each input, so forged headers and shard tables pass the checksum and reach the size and table checks.
 *
 * <p>Long run: {@code JAZZER_FUZZ=1 ./mvnw -o -pl core -am test -Dtest=BreachIndexFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BreachIndexFuzzTest {

    private static final int MAX_INPUT = 1 << 16;
    private static Path scratch;

    @AfterAll
    static void removeScratch() throws IOException {
        if (scratch != null) {
            Files.deleteIfExists(scratch);
        }
    }

    @FuzzTest(maxExecutions = 5_000)
    void forgedIndexNeverBreaksALookup(byte[] file) {
        openAndLookUp(file);
    }

    /** A bounded deterministic mutation loop over real and forged files, run by every {@code verify}. */
    @Test
    void mutatedIndexesNeverBreakALookup() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        Path dir = Files.createTempDirectory("phbi-fuzz");
        try {
            for (int size : new int[] {1, 40, 3_000}) {
                TestCorpus corpus = new TestCorpus(HashKind.SHA1, size, size);
                Path in = corpus.writeFile(dir.resolve("in.txt"), "\n", false, false);
                Path out = dir.resolve("x.phbi");
                BreachIndex.builder(HashKind.SHA1).description("seed " + size).addHashes(in).build(out);
                seeds.add(Files.readAllBytes(out));
            }
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        seeds.add(overflowingEntryCount());
        Random random = new Random(20261129);
        int opened = 0;
        long[] counts = {0, 1, -1, 1L << 32, (1L << 32) - 1, 1L << 61, 1L << 62, Long.MAX_VALUE, Long.MIN_VALUE};
        for (int i = 0; i < 2_000; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            byte[] b = Arrays.copyOf(seed, seed.length);
            ByteBuffer buf = ByteBuffer.wrap(b);
            switch (random.nextInt(8)) {
                case 0 -> buf.putLong(IndexFormat.OFF_ENTRY_COUNT, counts[random.nextInt(counts.length)]);
                case 1 -> buf.put(IndexFormat.OFF_PREFIX_BITS + random.nextInt(4), (byte) random.nextInt(40));
                case 2 -> buf.putInt(IndexFormat.OFF_DESCRIPTION_LENGTH,
                        random.nextBoolean() ? random.nextInt(5_000) : random.nextInt());
                case 3 -> { // rewrite one shard table slot (the table follows the description)
                    long table = IndexFormat.tableOffset(buf.getInt(IndexFormat.OFF_DESCRIPTION_LENGTH));
                    int at = (int) Math.min(b.length - 8, table + 4L * random.nextInt(64));
                    if (at >= 0) {
                        buf.putInt(at, random.nextBoolean() ? random.nextInt() : random.nextInt(4_000));
                    }
                }
                case 4 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1));
                case 5 -> b = Arrays.copyOf(b, b.length + 1 + random.nextInt(64));
                case 6 -> {
                    for (int f = 0; f < 1 + random.nextInt(4); f++) {
                        int at = random.nextInt(Math.min(b.length, 4_096));
                        b[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                default -> { // entry count and file size forged together: a file that opens with a wrong table
                    long old = buf.getLong(IndexFormat.OFF_ENTRY_COUNT);
                    long n = Math.max(0, old + random.nextInt(9) - 4);
                    buf.putLong(IndexFormat.OFF_ENTRY_COUNT, n);
                    b = Arrays.copyOf(b, (int) Math.max(64, b.length + (n - old) * b[IndexFormat.OFF_ENTRY_BYTES]));
                }
            }
            opened += openAndLookUp(b) ? 1 : 0;
        }
        assertThat(opened).as("mutated files that opened and were looked up in").isGreaterThan(200);
    }

    /** Issue #9 case 5: 80 bytes claiming 2^61 eight-byte entries (the size sum used to wrap to 80). */
    static byte[] overflowingEntryCount() {
        ByteBuffer b = ByteBuffer.allocate(80);
        b.put(IndexFormat.MAGIC).putShort((short) 1).put((byte) 1).put((byte) 0).put((byte) 8).put((byte) 4)
                .put((byte) 8).put((byte) 0).putLong(1L << 61).putLong(0).putInt(0);
        return withHeaderCrc(b.array());
    }

    @Test
    void overflowingEntryCountIsRefusedAtOpen() throws IOException {
        Path file = write(overflowingEntryCount());
        assertThatThrownBy(() -> BreachIndex.open(file))
                .isInstanceOf(BreachIndexException.class)
                .hasMessage(file + ": corrupt header: 2305843009213693952 entries of 8 bytes cannot fit in a file "
                        + "(80 bytes found)");
    }

    /**
     * Opens {@code bytes} (CRC repaired) and, when that works, looks up hashes in every shard: only
     * {@link BreachIndexException} may come out of open and verify, nothing out of a lookup.
     */
    static boolean openAndLookUp(byte[] input) {
        byte[] bytes = withHeaderCrc(Arrays.copyOf(input, Math.min(input.length, MAX_INPUT)));
        return assertTimeout(Duration.ofSeconds(10), () -> {
            Path file = write(bytes);
            BreachIndex index;
            try {
                index = BreachIndex.open(file);
            } catch (BreachIndexException e) {
                assertThat(e.getMessage()).startsWith(file + ": ");
                return false;
            }
            try (index) {
                BreachIndexInfo info = index.info();
                assertThat(info.fileSize()).isEqualTo(bytes.length);
                Random random = new Random(Arrays.hashCode(bytes));
                int prefixBits = info.prefixBits();
                for (int i = 0; i < 256; i++) {
                    long hash64 = random.nextLong();
                    if (i < 64 && prefixBits > 0) { // first and last shards, and a spread across the rest
                        long shard = i % 2 == 0 ? i / 2 : (1L << prefixBits) - 1 - i / 2;
                        hash64 = (shard << (64 - prefixBits)) | (hash64 >>> prefixBits);
                    }
                    assertThat(index.lookup64(hash64).outcome()).isIn(BreachResult.Outcome.FOUND,
                            BreachResult.Outcome.NOT_FOUND);
                }
                assertThat(index.lookup64(0).outcome()).isIn(BreachResult.Outcome.FOUND,
                        BreachResult.Outcome.NOT_FOUND);
                assertThat(index.lookup64(-1L).outcome()).isIn(BreachResult.Outcome.FOUND,
                        BreachResult.Outcome.NOT_FOUND);
                try {
                    index.verify();
                } catch (BreachIndexException e) {
                    assertThat(e.getMessage()).startsWith(file + ": corrupt: ");
                }
            }
            return true;
        });
    }

    /** Sets the header CRC32C the way the writer does, over [0, dataOffset) as the header declares it. */
    static byte[] withHeaderCrc(byte[] bytes) {
        if (bytes.length < IndexFormat.HEADER_SIZE) {
            return bytes;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long end;
        try {
            IndexLayout layout = new IndexLayout(buf.get(IndexFormat.OFF_PREFIX_BITS),
                    buf.get(IndexFormat.OFF_ENTRY_BYTES), buf.get(IndexFormat.OFF_BUCKET_BITS),
                    buf.get(IndexFormat.OFF_TABLE_WIDTH));
            int descriptionLength = buf.getInt(IndexFormat.OFF_DESCRIPTION_LENGTH);
            end = descriptionLength < 0 ? bytes.length : IndexFormat.dataOffset(descriptionLength, layout);
        } catch (IllegalArgumentException | ArithmeticException e) {
            end = bytes.length;
        }
        end = Math.min(end, bytes.length);
        buf.putInt(IndexFormat.OFF_HEADER_CRC, 0);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, (int) end);
        buf.putInt(IndexFormat.OFF_HEADER_CRC, (int) crc.getValue());
        return bytes;
    }

    private static synchronized Path write(byte[] bytes) {
        try {
            if (scratch == null) {
                scratch = Files.createTempFile("phbi-fuzz", ".phbi");
            }
            return Files.write(scratch, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
