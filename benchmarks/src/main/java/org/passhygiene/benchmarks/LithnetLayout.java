package org.passhygiene.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Lithnet Password Protection's store layout for the breach benchmarks: 65,536 shards by the first 2 bytes of the
 * SHA-1, each a sorted run of 14-byte rows (bytes 2..15 of the hash), all shards concatenated in one file; a lookup
 * is a binary search over its shard's rows. Lithnet seeks a file; here the rows are mapped.
 *
 * <p>Works at any size: the shard offsets are {@code long} rows (in a side file {@code <rows>.offsets}, 65,537
 * big-endian longs, written with the rows), and the rows file is mapped in segments of at most
 * {@code maxSegmentBytes} (default 1 GiB, {@code -Dbreach.bench.lithnetSegmentBytes}), each holding whole shards,
 * so a search never crosses a segment and keeps {@code int} positions. Lookups allocate nothing.
 */
final class LithnetLayout {

    static final int ROW = 14;
    static final int SHARDS = 65_536;
    static final long DEFAULT_MAX_SEGMENT = 1L << 30;

    private final long[] rowStart;
    private final ByteBuffer[] segments;
    private final long[] segmentFirstRow;
    private final int[] shardSegment = new int[SHARDS];

    private LithnetLayout(long[] rowStart, ByteBuffer[] segments, long[] segmentFirstRow, int[] firstShard) {
        this.rowStart = rowStart;
        this.segments = segments;
        this.segmentFirstRow = segmentFirstRow;
        for (int s = 0; s < segments.length; s++) {
            int end = s + 1 < segments.length ? firstShard[s + 1] : SHARDS;
            for (int shard = firstShard[s]; shard < end; shard++) {
                shardSegment[shard] = s;
            }
        }
    }

    /** The side file holding the shard offsets of {@code rows}. */
    static Path offsetsFile(Path rows) {
        return rows.resolveSibling(rows.getFileName() + ".offsets");
    }

    /** True when both the rows and their offsets were written completely. */
    static boolean exists(Path rows) {
        return Files.exists(rows) && Files.exists(offsetsFile(rows));
    }

    /** The maximum segment size: {@code -Dbreach.bench.lithnetSegmentBytes}, default 1 GiB. */
    static long maxSegmentBytes() {
        return Long.getLong("breach.bench.lithnetSegmentBytes", DEFAULT_MAX_SEGMENT);
    }

    /** Maps {@code rows} (written by {@link Writer}) in segments of at most {@code maxSegmentBytes}. */
    static LithnetLayout open(Path rows, long maxSegmentBytes) throws IOException {
        long[] rowStart = new long[SHARDS + 1];
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(Files.newInputStream(offsetsFile(rows)), 1 << 16))) {
            for (int s = 0; s <= SHARDS; s++) {
                rowStart[s] = in.readLong();
            }
        }
        List<ByteBuffer> segments = new ArrayList<>();
        List<Long> firstRows = new ArrayList<>();
        List<Integer> firstShards = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(rows, StandardOpenOption.READ)) {
            if (ch.size() != rowStart[SHARDS] * ROW) {
                throw new IOException(rows + ": " + ch.size() + " bytes, offsets say " + rowStart[SHARDS] * ROW);
            }
            int shard = 0;
            while (shard < SHARDS) {
                long first = rowStart[shard];
                int end = shard + 1; // a segment holds at least one shard
                while (end < SHARDS && (rowStart[end + 1] - first) * ROW <= maxSegmentBytes) {
                    end++;
                }
                long bytes = (rowStart[end] - first) * ROW;
                if (bytes > Integer.MAX_VALUE) {
                    throw new IOException(rows + ": shard " + shard + " alone is " + bytes + " bytes (> 2 GB)");
                }
                segments.add(ch.map(FileChannel.MapMode.READ_ONLY, first * ROW, bytes));
                firstRows.add(first);
                firstShards.add(shard);
                shard = end;
            }
        }
        return new LithnetLayout(rowStart, segments.toArray(new ByteBuffer[0]),
                firstRows.stream().mapToLong(Long::longValue).toArray(),
                firstShards.stream().mapToInt(Integer::intValue).toArray());
    }

    /** How many mapped segments. */
    int segmentCount() {
        return segments.length;
    }

    /** Rows in total (hashes). */
    long rows() {
        return rowStart[SHARDS];
    }

    /** Shard by the first two bytes, binary search over its sorted 14-byte rows. */
    boolean contains(byte[] hash) {
        int shard = (hash[0] & 0xFF) << 8 | (hash[1] & 0xFF);
        int seg = shardSegment[shard];
        ByteBuffer rows = segments[seg];
        long first = segmentFirstRow[seg];
        int lo = (int) (rowStart[shard] - first);
        int hi = (int) (rowStart[shard + 1] - first) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int base = mid * ROW;
            int cmp = 0;
            for (int k = 0; k < ROW && cmp == 0; k++) {
                cmp = Integer.compare(rows.get(base + k) & 0xFF, hash[2 + k] & 0xFF);
            }
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the layout from hashes given in ascending order: rows to a temporary file, then the offsets, then the
     * rows renamed into place, so {@link #exists} is only true for a complete pair.
     */
    static final class Writer implements Closeable {
        private final Path rows;
        private final Path tmp;
        private final OutputStream out;
        private final byte[] buf = new byte[ROW * 65_536];
        private final long[] rowStart = new long[SHARDS + 1];
        private int pos;
        private int lastShard;
        private long count;

        Writer(Path rows) throws IOException {
            this.rows = rows;
            this.tmp = rows.resolveSibling(rows.getFileName() + ".tmp");
            this.out = Files.newOutputStream(tmp);
        }

        /** Adds the next hash (at least 16 bytes); hashes must come in ascending order of their first 2 bytes. */
        void add(byte[] hash) throws IOException {
            int shard = (hash[0] & 0xFF) << 8 | (hash[1] & 0xFF);
            if (shard < lastShard) {
                throw new IOException("hashes are not sorted: shard " + shard + " after " + lastShard);
            }
            lastShard = shard;
            rowStart[shard + 1]++;
            count++;
            if (pos == buf.length) {
                out.write(buf, 0, pos);
                pos = 0;
            }
            System.arraycopy(hash, 2, buf, pos, ROW);
            pos += ROW;
        }

        long count() {
            return count;
        }

        @Override
        public void close() throws IOException {
            out.write(buf, 0, pos);
            out.close();
            for (int s = 1; s <= SHARDS; s++) {
                rowStart[s] += rowStart[s - 1];
            }
            try (DataOutputStream o = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(offsetsFile(rows)), 1 << 16))) {
                for (long r : rowStart) {
                    o.writeLong(r);
                }
            }
            Files.move(tmp, rows, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
