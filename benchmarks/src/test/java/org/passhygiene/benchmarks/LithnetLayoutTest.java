package org.passhygiene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LithnetLayoutTest {

    @TempDir
    Path dir;

    /** Sorted random hashes, some sharing a shard prefix and some identical in the first 16 bytes (duplicates). */
    private static byte[][] sortedHashes(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[][] hashes = new byte[n][20];
        for (int i = 0; i < n; i++) {
            random.nextBytes(hashes[i]);
            if (i > 0 && i % 97 == 0) {
                hashes[i] = hashes[i - 1].clone(); // same row in a shard
                hashes[i][19] ^= 1;
            }
            if (i % 5 == 0) {
                hashes[i][0] = 0x42; // a crowded shard region
            }
        }
        Arrays.sort(hashes, Arrays::compareUnsigned);
        return hashes;
    }

    /** The oracle: Lithnet keeps bytes 0..15 of each hash (2 in the shard, 14 in the row). */
    private static ByteBuffer key(byte[] hash) {
        return ByteBuffer.wrap(Arrays.copyOf(hash, 16));
    }

    @ParameterizedTest
    @ValueSource(longs = {14, 14 * 3, 1_000, 14 * 7_000, 1L << 30})
    void findsExactlyTheStoredHashesWhateverTheSegmentSize(long maxSegmentBytes) throws IOException {
        byte[][] hashes = sortedHashes(20_000, 11);
        Path rows = dir.resolve("h.lithnet14");
        try (LithnetLayout.Writer w = new LithnetLayout.Writer(rows)) {
            for (byte[] h : hashes) {
                w.add(h);
            }
        }
        Set<ByteBuffer> oracle = new HashSet<>();
        for (byte[] h : hashes) {
            oracle.add(key(h));
        }

        LithnetLayout layout = LithnetLayout.open(rows, maxSegmentBytes);

        assertThat(layout.rows()).isEqualTo(hashes.length);
        assertThat(Files.size(rows)).isEqualTo(14L * hashes.length);
        if (maxSegmentBytes < 14 * 7_000) {
            assertThat(layout.segmentCount()).isGreaterThan(1);
        } else if (maxSegmentBytes == 1L << 30) {
            assertThat(layout.segmentCount()).isEqualTo(1);
        }
        for (byte[] h : hashes) {
            assertThat(layout.contains(h)).isTrue();
        }
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 50_000; i++) {
            byte[] probe = hashes[random.nextInt(hashes.length)].clone();
            int at = random.nextInt(2, 16); // change one stored byte: a neighbour row, often in the same shard
            probe[at] = (byte) random.nextInt(256);
            assertThat(layout.contains(probe)).as("probe %d", i).isEqualTo(oracle.contains(key(probe)));
            byte[] other = new byte[20];
            random.nextBytes(other);
            assertThat(layout.contains(other)).isEqualTo(oracle.contains(key(other)));
        }
    }

    @Test
    void emptyLayoutFindsNothing() throws IOException {
        Path rows = dir.resolve("empty.lithnet14");
        new LithnetLayout.Writer(rows).close();

        LithnetLayout layout = LithnetLayout.open(rows, 1 << 20);

        assertThat(layout.contains(new byte[20])).isFalse();
        assertThat(LithnetLayout.exists(rows)).isTrue();
    }

    @Test
    void refusesUnsortedInputAndLeavesNoCompleteLayout() throws IOException {
        Path rows = dir.resolve("bad.lithnet14");
        byte[] high = new byte[20];
        high[0] = 5;
        LithnetLayout.Writer w = new LithnetLayout.Writer(rows);
        w.add(high);

        assertThatThrownBy(() -> w.add(new byte[20])).isInstanceOf(IOException.class).hasMessageContaining("sorted");
        assertThat(LithnetLayout.exists(rows)).isFalse();
    }
}
