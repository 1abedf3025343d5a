package org.passhygiene.breach;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A read-only file mapped as a sequence of chunks, so files beyond 2 GB work on Java 17. Chunk {@code i} maps
 * {@code [i * chunkSize, (i + 1) * chunkSize + 8)}: the 8 overlapping bytes let {@link #getLong} read any 8 bytes
 * starting in the chunk without crossing into the next one. Absolute reads only, so one instance serves many threads.
 */
final class MappedFile {

    static final int DEFAULT_CHUNK_SHIFT = 30;

    private final MappedByteBuffer[] chunks;
    private final int chunkShift;
    private final long chunkMask;
    private final long size;

    MappedFile(FileChannel channel, long size, int chunkShift) throws IOException {
        this.size = size;
        this.chunkShift = chunkShift;
        long chunkSize = 1L << chunkShift;
        this.chunkMask = chunkSize - 1;
        int count = (int) Math.max(1, (size + chunkSize - 1) >>> chunkShift);
        this.chunks = new MappedByteBuffer[count];
        for (int i = 0; i < count; i++) {
            long start = (long) i << chunkShift;
            long length = Math.min(size - start, chunkSize + 8);
            chunks[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.max(0, length));
        }
    }

    long size() {
        return size;
    }

    /** The big-endian long at {@code offset}; requires {@code offset + 8 <= size}. */
    long getLong(long offset) {
        return chunks[(int) (offset >>> chunkShift)].getLong((int) (offset & chunkMask));
    }

    int getInt(long offset) {
        return chunks[(int) (offset >>> chunkShift)].getInt((int) (offset & chunkMask));
    }

    byte get(long offset) {
        return chunks[(int) (offset >>> chunkShift)].get((int) (offset & chunkMask));
    }

    /** Copies {@code length} bytes from {@code offset}. */
    void get(long offset, byte[] dst, int dstOffset, int length) {
        for (int i = 0; i < length; i++) {
            dst[dstOffset + i] = get(offset + i);
        }
    }

    /** Read-only views of {@code [from, to)} in at most chunk-sized pieces, for checksums. */
    void forEachSlice(long from, long to, SliceConsumer consumer) throws IOException {
        long pos = from;
        while (pos < to) {
            int chunk = (int) (pos >>> chunkShift);
            int start = (int) (pos & chunkMask);
            long chunkEnd = Math.min(to, ((long) chunk << chunkShift) + chunkMask + 1);
            ByteBuffer slice = chunks[chunk].duplicate();
            slice.position(start).limit(start + (int) (chunkEnd - pos));
            consumer.accept(slice, pos);
            pos = chunkEnd;
        }
    }

    @FunctionalInterface
    interface SliceConsumer {
        void accept(ByteBuffer slice, long offset) throws IOException;
    }
}
