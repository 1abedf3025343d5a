package org.passhygiene.breach;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Writes an index file (see {@link IndexFormat}) from records in ascending order, in one pass: the shard table and
 * the entries are two sequential streams into the same file; the header and its checksum are written last.
 * Records with the same stored fingerprint are merged (highest bucket kept).
 */
final class IndexWriter implements Closeable {

    private static final int BUFFER = 1 << 20;

    private final FileChannel channel;
    private final HashKind kind;
    private final IndexLayout layout;
    private final byte[] description;
    private final long tableOffset;
    private final long dataOffset;
    private final int entryBytes;
    private final ByteBuffer table = ByteBuffer.allocate(BUFFER);
    private final ByteBuffer data = ByteBuffer.allocate(BUFFER);
    private final CRC32C dataCrc = new CRC32C();
    private long tablePosition;
    private long dataPosition;
    private long nextShard;
    private long entries;
    private long duplicates;
    private boolean pending;
    private long pendingShard;
    private long pendingSuffix;
    private int pendingBucket;
    private long lastHash64;

    IndexWriter(Path file, HashKind kind, IndexLayout layout, String description) throws IOException {
        this.kind = kind;
        this.layout = layout;
        this.description = description.getBytes(StandardCharsets.UTF_8);
        if (this.description.length > IndexFormat.MAX_DESCRIPTION_BYTES) {
            throw new IllegalArgumentException("description longer than " + IndexFormat.MAX_DESCRIPTION_BYTES
                    + " UTF-8 bytes");
        }
        this.tableOffset = IndexFormat.tableOffset(this.description.length);
        this.dataOffset = IndexFormat.dataOffset(this.description.length, layout);
        this.entryBytes = layout.entryBytes();
        this.tablePosition = tableOffset;
        this.dataPosition = dataOffset;
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Adds a record; records must come in unsigned ascending order of {@code hash64}.
     *
     * @return false (and adds nothing) if {@code hash64} is smaller than the previous one
     */
    boolean add(long hash64, int bucket) throws IOException {
        if (pending && Long.compareUnsigned(hash64, lastHash64) < 0) {
            return false;
        }
        lastHash64 = hash64;
        long shard = layout.shard(hash64);
        long suffix = layout.suffix(hash64);
        if (pending && shard == pendingShard && suffix == pendingSuffix) {
            duplicates++;
            pendingBucket = Math.max(pendingBucket, bucket);
            return true;
        }
        flushPending();
        pending = true;
        pendingShard = shard;
        pendingSuffix = suffix;
        pendingBucket = bucket;
        return true;
    }

    private void flushPending() throws IOException {
        if (!pending) {
            return;
        }
        while (nextShard <= pendingShard) {
            putTableSlot(entries);
            nextShard++;
        }
        long value = layout.entry(pendingSuffix, pendingBucket);
        if (data.remaining() < entryBytes) {
            flushData();
        }
        for (int shift = 8 * (entryBytes - 1); shift >= 0; shift -= 8) {
            data.put((byte) (value >>> shift));
        }
        entries++;
        pending = false;
    }

    private void putTableSlot(long value) throws IOException {
        if (table.remaining() < 8) {
            flushTable();
        }
        if (layout.tableWidth() == 4) {
            table.putInt((int) value);
        } else {
            table.putLong(value);
        }
    }

    private void flushTable() throws IOException {
        table.flip();
        tablePosition += writeAt(table, tablePosition);
        table.clear();
    }

    private void flushData() throws IOException {
        data.flip();
        dataCrc.update(data.duplicate());
        dataPosition += writeAt(data, dataPosition);
        data.clear();
    }

    private int writeAt(ByteBuffer buf, long position) throws IOException {
        int n = buf.remaining();
        long pos = position;
        while (buf.hasRemaining()) {
            pos += channel.write(buf, pos);
        }
        return n;
    }

    long entries() {
        return entries + (pending ? 1 : 0);
    }

    long duplicates() {
        return duplicates;
    }

    /** Completes the file: remaining shard slots, padding, header, checksums; forces it to disk. */
    void finish(long createdMillis) throws IOException {
        flushPending();
        while (nextShard < layout.shardCount()) {
            putTableSlot(entries);
            nextShard++;
        }
        flushTable();
        flushData();
        if (tablePosition != dataOffset || dataPosition != dataOffset + entries * entryBytes) {
            throw new IllegalStateException("index writer positions out of step");
        }
        writeAt(ByteBuffer.allocate(IndexFormat.TRAILER_PADDING), dataPosition);

        ByteBuffer header = ByteBuffer.allocate((int) tableOffset);
        header.put(IndexFormat.MAGIC)
                .putShort((short) IndexFormat.VERSION)
                .put((byte) kind.code())
                .put((byte) layout.prefixBits())
                .put((byte) layout.entryBytes())
                .put((byte) layout.bucketBits())
                .put((byte) layout.tableWidth())
                .put((byte) 0)
                .putLong(entries)
                .putLong(createdMillis)
                .putInt(description.length)
                .putInt((int) dataCrc.getValue())
                .putInt(0);
        header.position(IndexFormat.HEADER_SIZE);
        header.put(description);
        header.clear();
        writeAt(header, 0);

        CRC32C headerCrc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocate(BUFFER);
        long pos = 0;
        while (pos < dataOffset) {
            buf.clear().limit((int) Math.min(BUFFER, dataOffset - pos));
            int n = channel.read(buf, pos);
            if (n < 0) {
                throw new IOException("index file shrank while being written");
            }
            buf.flip();
            headerCrc.update(buf); // the header CRC field is still zero
            pos += n;
        }
        writeAt(ByteBuffer.allocate(4).putInt(0, (int) headerCrc.getValue()), IndexFormat.OFF_HEADER_CRC);
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
