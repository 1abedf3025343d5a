package org.passhygiene.breach;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts (64-bit hash prefix, bucket) records within a memory cap: records are buffered in arrays (18 bytes each
 * with the radix-sort scratch space), sorted by an LSD radix sort when the cap is reached and spilled as a run file
 * of 9-byte records to the work directory; the runs are then merged with a priority queue. A buffer that arrived in
 * order is not sorted again, and is appended to the previous run when it continues it, so sorted input (e.g. a
 * stream that cannot be read twice) makes a single run, read back in one pass. Run files are
 * {@link ImportTempFiles}, deleted on {@link #close()} (or by the import's shutdown hook).
 */
final class ExternalSorter implements Closeable {

    static final int BYTES_PER_RECORD = 18;
    private static final int RUN_RECORD = 9;

    private final int capacity;
    private final Path workDirectory;
    private final ImportTempFiles tempFiles;
    private final List<Path> runs = new ArrayList<>();
    private long[] keys = new long[0];
    private byte[] buckets = new byte[0];
    private long[] scratchKeys = new long[0];
    private byte[] scratchBuckets = new byte[0];
    private int size;
    private long total;
    /** Whether keys[0, size) is in ascending order as added. */
    private boolean bufferSorted = true;
    /** The last key of the last run written, valid when runs is not empty. */
    private long lastRunKey;

    ExternalSorter(long memoryLimit, Path workDirectory, ImportTempFiles tempFiles) {
        this.capacity = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, memoryLimit / BYTES_PER_RECORD));
        this.workDirectory = workDirectory;
        this.tempFiles = tempFiles;
    }

    void add(long hash64, int bucket) throws IOException {
        if (size == keys.length) {
            if (size == capacity) {
                spill();
            } else {
                int grown = (int) Math.min(capacity, Math.max(1 << 16, 2L * keys.length));
                keys = Arrays.copyOf(keys, grown);
                buckets = Arrays.copyOf(buckets, grown);
            }
        }
        if (size > 0 && bufferSorted && Long.compareUnsigned(hash64, keys[size - 1]) < 0) {
            bufferSorted = false;
        }
        keys[size] = hash64;
        buckets[size] = (byte) bucket;
        size++;
        total++;
    }

    /** Records added so far: an upper bound of the distinct count. */
    long total() {
        return total;
    }

    int runCount() {
        return runs.size();
    }

    private void spill() throws IOException {
        sortBuffer();
        boolean continues = !runs.isEmpty() && Long.compareUnsigned(keys[0], lastRunKey) >= 0;
        Path run;
        if (continues) {
            run = runs.get(runs.size() - 1);
        } else {
            run = tempFiles.create(workDirectory, ".run");
            runs.add(run);
        }
        lastRunKey = keys[size - 1];
        try (FileChannel out = FileChannel.open(run, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.allocate(RUN_RECORD * 65_536);
            for (int i = 0; i < size; i++) {
                if (!buf.hasRemaining()) {
                    writeFully(out, buf);
                }
                buf.putLong(keys[i]).put(buckets[i]);
            }
            writeFully(out, buf);
        }
        size = 0;
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("import interrupted");
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buf) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            out.write(buf);
        }
        buf.clear();
    }

    /**
     * LSD radix sort of keys[0, size) by unsigned value, 16 bits per pass, moving the buckets along; nothing to do
     * when the records were added in order.
     */
    private void sortBuffer() {
        if (bufferSorted) {
            return;
        }
        bufferSorted = true;
        if (scratchKeys.length < size) {
            scratchKeys = new long[keys.length];
            scratchBuckets = new byte[keys.length];
        }
        long[] srcK = keys;
        byte[] srcB = buckets;
        long[] dstK = scratchKeys;
        byte[] dstB = scratchBuckets;
        int[] counts = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < size; i++) {
                counts[(int) (srcK[i] >>> shift) & 0xFFFF]++;
            }
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < size; i++) {
                int pos = counts[(int) (srcK[i] >>> shift) & 0xFFFF]++;
                dstK[pos] = srcK[i];
                dstB[pos] = srcB[i];
            }
            long[] tk = srcK;
            srcK = dstK;
            dstK = tk;
            byte[] tb = srcB;
            srcB = dstB;
            dstB = tb;
        }
        // four passes: the sorted data is back in keys/buckets
    }

    /** Sorts what is buffered and returns the merged stream of everything added. */
    SortedSource finish(long mergeBufferBytes) throws IOException {
        if (runs.isEmpty()) {
            sortBuffer();
            return new ArraySource(keys, buckets, size);
        }
        if (size > 0) {
            spill();
        }
        keys = new long[0];
        buckets = new byte[0];
        scratchKeys = new long[0];
        scratchBuckets = new byte[0];
        int perRun = (int) Math.max(RUN_RECORD * 1024, Math.min(1 << 20, mergeBufferBytes / runs.size()));
        perRun -= perRun % RUN_RECORD;
        PriorityQueue<RunCursor> queue = new PriorityQueue<>(
                (a, b) -> Long.compareUnsigned(a.key, b.key));
        for (Path run : runs) {
            RunCursor cursor = new RunCursor(FileChannel.open(run, StandardOpenOption.READ), perRun);
            if (cursor.advance()) {
                queue.add(cursor);
            } else {
                cursor.close();
            }
        }
        return new MergeSource(queue);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Path run : runs) {
            try {
                tempFiles.delete(run);
            } catch (IOException e) {
                failure = e;
            }
        }
        runs.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static final class ArraySource implements SortedSource {
        private final long[] keys;
        private final byte[] buckets;
        private final int size;
        private int i = -1;

        ArraySource(long[] keys, byte[] buckets, int size) {
            this.keys = keys;
            this.buckets = buckets;
            this.size = size;
        }

        @Override
        public boolean next() {
            return ++i < size;
        }

        @Override
        public long hash64() {
            return keys[i];
        }

        @Override
        public int bucket() {
            return buckets[i];
        }
    }

    private static final class RunCursor implements Closeable {
        private final FileChannel channel;
        private final ByteBuffer buf;
        long key;
        int bucket;

        RunCursor(FileChannel channel, int bufferSize) {
            this.channel = channel;
            this.buf = ByteBuffer.allocate(bufferSize);
            buf.flip();
        }

        boolean advance() throws IOException {
            if (buf.remaining() < RUN_RECORD) {
                buf.compact();
                while (buf.position() < RUN_RECORD && channel.read(buf) >= 0) {
                    // fill at least one record
                }
                while (buf.hasRemaining() && channel.read(buf) > 0) {
                    // fill the buffer
                }
                buf.flip();
                if (buf.remaining() < RUN_RECORD) {
                    return false;
                }
            }
            key = buf.getLong();
            bucket = buf.get();
            return true;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static final class MergeSource implements SortedSource {
        private final PriorityQueue<RunCursor> queue;
        private long key;
        private int bucket;

        MergeSource(PriorityQueue<RunCursor> queue) {
            this.queue = queue;
        }

        @Override
        public boolean next() throws IOException {
            RunCursor head = queue.poll();
            if (head == null) {
                return false;
            }
            key = head.key;
            bucket = head.bucket;
            if (head.advance()) {
                queue.add(head);
            } else {
                head.close();
            }
            return true;
        }

        @Override
        public long hash64() {
            return key;
        }

        @Override
        public int bucket() {
            return bucket;
        }

        @Override
        public void close() throws IOException {
            for (RunCursor cursor : queue) {
                cursor.close();
            }
            queue.clear();
        }
    }
}
