package org.passhygiene.breach;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * An offline breach corpus: a memory-mapped index file of hash fingerprints (see {@link IndexLayout} for the
 * arithmetic, {@link IndexFormat} for the bytes), imported with {@link #builder(HashKind)}.
 *
 * <pre>{@code
 * try (BreachIndex index = BreachIndex.open(Path.of("pwned-sha1.phbi"))) {
 *     BreachResult r = index.check(password);
 *     if (r.found()) { ... r.minCount() ... }
 * }
 * }</pre>
 *
 * <p>A lookup costs one read of the shard's two table slots, then an interpolation search of the shard's sorted
 * entries (32 to 63 on average, by the layout; single shards vary around that): the suffixes are hash bits, uniform
 * within a shard, so the entry at the target's proportional position is usually within a few places of the answer
 * and a short scan from it settles the lookup, in most cases inside the one or two cache lines around the guess (two
 * dependent memory accesses in all, against about six probes, several lines apart, for a binary search). A shard
 * that is not uniform (a damaged or forged file) falls back to a binary search after 16 scan steps, and no entry
 * outside the shard is compared. Nothing is read into the heap. Instances are immutable and thread-safe.
 * {@link #close()} only stops further use: Java 17 cannot unmap a file, the mapping goes when the instance is
 * garbage-collected.
 */
public final class BreachIndex implements AutoCloseable {

    /** Entries {@link #lookup64} walks from its guess before it binary-searches the rest of the shard. */
    static final int SCAN_STEPS = 16;

    private final Path file;
    private final MappedFile mapped;
    private final HashKind kind;
    private final IndexLayout layout;
    private final long entries;
    private final long tableOffset;
    private final long dataOffset;
    private final int entryShift;
    private final int suffixShift;
    private final long bucketMask;
    /** {@code 64 - suffixBits}: shifts a suffix to a 64-bit binary fraction of its shard's range. */
    private final int suffixToFraction;
    private final boolean tableWidth4;
    private final long lastShard;
    private final BreachIndexInfo info;
    private final int dataCrc;
    private volatile boolean closed;

    private BreachIndex(Path file, MappedFile mapped, HashKind kind, IndexLayout layout, long entries,
                        long tableOffset, long dataOffset, int dataCrc, BreachIndexInfo info) {
        this.file = file;
        this.mapped = mapped;
        this.kind = kind;
        this.layout = layout;
        this.entries = entries;
        this.tableOffset = tableOffset;
        this.dataOffset = dataOffset;
        this.entryShift = 64 - 8 * layout.entryBytes();
        this.suffixShift = layout.bucketBits();
        this.bucketMask = (1L << layout.bucketBits()) - 1;
        this.suffixToFraction = 64 - layout.suffixBits();
        this.tableWidth4 = layout.tableWidth() == 4;
        this.lastShard = layout.shardCount() - 1;
        this.dataCrc = dataCrc;
        this.info = info;
    }

    /** A builder that imports corpora into an index of {@code kind} hashes. */
    public static BreachIndexBuilder builder(HashKind kind) {
        return new BreachIndexBuilder(kind);
    }

    /**
     * Opens and checks an index (size, magic, version, header and shard-table checksum; not the entries, see
     * {@link #verify()}).
     *
     * @throws BreachIndexException naming the file and the problem when it is not a usable index
     * @throws IOException          when it cannot be read
     */
    public static BreachIndex open(Path file) throws IOException {
        return open(file, MappedFile.DEFAULT_CHUNK_SHIFT);
    }

    /**
     * Opens an index that must hold {@code kind} hashes.
     *
     * @throws BreachIndexException also when the index holds another kind
     */
    public static BreachIndex open(Path file, HashKind kind) throws IOException {
        Objects.requireNonNull(kind, "kind");
        BreachIndex index = open(file);
        if (index.kind != kind) {
            throw new BreachIndexException(file, "holds " + index.kind.displayName() + " hashes, "
                    + kind.displayName() + " required");
        }
        return index;
    }

    static BreachIndex open(Path file, int chunkShift) throws IOException {
        Objects.requireNonNull(file, "file");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < IndexFormat.HEADER_SIZE) {
                throw new BreachIndexException(file, "truncated or not an index: " + size
                        + " bytes, shorter than the " + IndexFormat.HEADER_SIZE + "-byte header");
            }
            ByteBuffer header = ByteBuffer.allocate(IndexFormat.HEADER_SIZE);
            while (header.hasRemaining() && channel.read(header, header.position()) >= 0) {
                // read fully
            }
            header.flip();
            byte[] magic = new byte[IndexFormat.MAGIC.length];
            header.get(0, magic);
            if (!Arrays.equals(magic, IndexFormat.MAGIC)) {
                throw new BreachIndexException(file, "not a passhygiene breach index (wrong magic number)");
            }
            int version = Short.toUnsignedInt(header.getShort(IndexFormat.OFF_VERSION));
            if (version != IndexFormat.VERSION) {
                throw new BreachIndexException(file, "format version " + version + " is not supported (this build "
                        + "reads version " + IndexFormat.VERSION + ")");
            }
            int kindCode = header.get(IndexFormat.OFF_KIND) & 0xFF;
            HashKind kind = HashKind.ofCode(kindCode);
            if (kind == null) {
                throw new BreachIndexException(file, "corrupt header: unknown hash kind code " + kindCode);
            }
            IndexLayout layout = layout(file, header);
            long entries = header.getLong(IndexFormat.OFF_ENTRY_COUNT);
            if (entries < 0 || (layout.tableWidth() == 4 && entries >= (1L << 32))) {
                throw new BreachIndexException(file, "corrupt header: entry count " + Long.toUnsignedString(entries)
                        + " is out of range for " + layout.tableWidth() + "-byte shard table slots");
            }
            int descriptionLength = header.getInt(IndexFormat.OFF_DESCRIPTION_LENGTH);
            if (descriptionLength < 0 || descriptionLength > IndexFormat.MAX_DESCRIPTION_BYTES) {
                throw new BreachIndexException(file, "corrupt header: description length "
                        + Integer.toUnsignedString(descriptionLength) + " is not between 0 and "
                        + IndexFormat.MAX_DESCRIPTION_BYTES + " bytes");
            }
            long expected;
            try {
                expected = IndexFormat.fileSize(descriptionLength, layout, entries);
            } catch (ArithmeticException e) {
                throw new BreachIndexException(file, "corrupt header: " + entries + " entries of "
                        + layout.entryBytes() + " bytes cannot fit in a file (" + size + " bytes found)");
            }
            if (size < expected) {
                throw new BreachIndexException(file, "truncated: expected " + expected + " bytes, found " + size);
            }
            if (size > expected) {
                throw new BreachIndexException(file, "corrupt: expected " + expected + " bytes, found " + size
                        + " (" + (size - expected) + " unexpected trailing bytes)");
            }
            MappedFile mapped = new MappedFile(channel, size, chunkShift);
            long tableOffset = IndexFormat.tableOffset(descriptionLength);
            long dataOffset = IndexFormat.dataOffset(descriptionLength, layout);
            CRC32C crc = new CRC32C();
            mapped.forEachSlice(0, dataOffset, (slice, offset) -> IndexFormat.updateHeaderCrc(crc, slice, offset));
            if ((int) crc.getValue() != header.getInt(IndexFormat.OFF_HEADER_CRC)) {
                throw new BreachIndexException(file, "corrupt: header checksum mismatch");
            }
            checkTable(file, mapped, layout, tableOffset, entries);
            byte[] descriptionBytes = new byte[descriptionLength];
            mapped.get(IndexFormat.HEADER_SIZE, descriptionBytes, 0, descriptionLength);
            BreachIndexInfo info = new BreachIndexInfo(kind, version, entries,
                    new String(descriptionBytes, StandardCharsets.UTF_8),
                    Instant.ofEpochMilli(header.getLong(IndexFormat.OFF_CREATED)), size, layout.fingerprintBits(),
                    layout.prefixBits(), layout.entryBytes(), layout.bucketBits() > 0,
                    layout.falsePositiveRate(entries));
            return new BreachIndex(file, mapped, kind, layout, entries, tableOffset, dataOffset,
                    header.getInt(IndexFormat.OFF_DATA_CRC), info);
        } catch (NoSuchFileException e) {
            throw new BreachIndexException(file, "no such file");
        }
    }

    /** The layout bytes, read unsigned (a forged 255 is reported as 255, not -1). */
    private static IndexLayout layout(Path file, ByteBuffer header) throws BreachIndexException {
        int prefixBits = header.get(IndexFormat.OFF_PREFIX_BITS) & 0xFF;
        int entryBytes = header.get(IndexFormat.OFF_ENTRY_BYTES) & 0xFF;
        int bucketBits = header.get(IndexFormat.OFF_BUCKET_BITS) & 0xFF;
        int tableWidth = header.get(IndexFormat.OFF_TABLE_WIDTH) & 0xFF;
        try {
            return new IndexLayout(prefixBits, entryBytes, bucketBits, tableWidth);
        } catch (IllegalArgumentException e) {
            throw new BreachIndexException(file, "corrupt header: invalid layout (prefix bits " + prefixBits
                    + ", entry bytes " + entryBytes + ", bucket bits " + bucketBits + ", shard table slot width "
                    + tableWidth + ")");
        }
    }

    private static void checkTable(Path file, MappedFile mapped, IndexLayout layout, long tableOffset, long entries)
            throws BreachIndexException {
        long previous = 0;
        for (long shard = 0; shard < layout.shardCount(); shard++) {
            long start = tableSlot(mapped, layout, tableOffset, shard);
            if (start < previous || start > entries) {
                throw new BreachIndexException(file, "corrupt: shard table entry " + shard + " ("
                        + Long.toUnsignedString(start) + ") " + (start < previous ? "is below the one before it ("
                        + previous + ")" : "is beyond the entry count (" + entries + ")"));
            }
            previous = start;
        }
    }

    private static long tableSlot(MappedFile mapped, IndexLayout layout, long tableOffset, long shard) {
        return layout.tableWidth() == 4
                ? Integer.toUnsignedLong(mapped.getInt(tableOffset + 4 * shard))
                : mapped.getLong(tableOffset + 8 * shard);
    }

    /** The index file. */
    public Path file() {
        return file;
    }

    /** The kind of hash the index holds. */
    public HashKind kind() {
        return kind;
    }

    /** Header facts. */
    public BreachIndexInfo info() {
        return info;
    }

    /**
     * Whether {@code hash} (raw bytes, {@link HashKind#length()} long) is in the corpus. Never
     * {@link BreachResult.Outcome#UNAVAILABLE}.
     *
     * @throws IllegalArgumentException if the hash has the wrong length
     * @throws IllegalStateException    if the index is closed
     */
    public BreachResult lookup(byte[] hash) {
        Objects.requireNonNull(hash, "hash");
        if (hash.length != kind.length()) {
            throw new IllegalArgumentException("expected a " + kind.length() + "-byte " + kind.displayName()
                    + " hash, got " + hash.length + " bytes");
        }
        return lookup64(ByteBuffer.wrap(hash).getLong());
    }

    /**
     * Hashes {@code password} with this index's kind and looks it up. The password is not kept; the hash is
     * cleared.
     *
     * @throws NullPointerException  if {@code password} is null
     * @throws IllegalStateException if the index is closed
     */
    public BreachResult check(char[] password) {
        byte[] hash = kind.hash(password);
        try {
            return lookup(hash);
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    /**
     * Looks up the first 64 bits of a hash, big-endian: interpolation inside the shard, then a short scan. The stored
     * suffixes are hash bits, uniform within a shard, so the entry at {@code lo + count * suffix / 2^suffixBits} is
     * within a few places of the answer (the rank of a suffix among {@code count} uniform ones is binomial: standard
     * deviation at most {@code sqrt(count) / 2}, about 4 places for the 60 entries of an average shard at 1 B
     * hashes). The guess lies in {@code [lo, hi)} by construction; the scan walks from it towards the target for at
     * most {@link #SCAN_STEPS} entries and hands what is left of the shard to a binary search, so an uneven shard
     * costs {@code O(log count)}, never more, and no entry outside the shard is compared.
     */
    BreachResult lookup64(long hash64) {
        if (closed) {
            throw new IllegalStateException("breach index " + file + " is closed");
        }
        int shard = layout.shard(hash64);
        long target = layout.suffix(hash64);
        long lo;
        long hi;
        if (tableWidth4) { // both slots in one load; after the last slot come data or padding, both in the file
            long slots = mapped.getLong(tableOffset + 4L * shard);
            lo = slots >>> 32;
            hi = shard == lastShard ? entries : slots & 0xFFFF_FFFFL;
        } else {
            lo = mapped.getLong(tableOffset + 8L * shard);
            hi = shard == lastShard ? entries : mapped.getLong(tableOffset + 8L * shard + 8);
        }
        if (lo >= hi || lo < 0 || hi > entries) { // empty shard, or a table no longer as open() checked it
            return BreachResult.NOT_FOUND;
        }
        long i = lo + unsignedMultiplyHigh(target << suffixToFraction, hi - lo);
        long entry = entryAt(i);
        int cmp = Long.compareUnsigned(entry >>> suffixShift, target);
        if (cmp == 0) {
            return BreachResult.foundInBucket((int) (entry & bucketMask));
        }
        if (cmp < 0) {
            lo = i + 1;
            for (int step = 0; step < SCAN_STEPS && lo < hi; step++, lo++) {
                entry = entryAt(lo);
                cmp = Long.compareUnsigned(entry >>> suffixShift, target);
                if (cmp >= 0) {
                    return cmp == 0 ? BreachResult.foundInBucket((int) (entry & bucketMask)) : BreachResult.NOT_FOUND;
                }
            }
        } else {
            hi = i;
            for (int step = 0; step < SCAN_STEPS && lo < hi; step++, hi--) {
                entry = entryAt(hi - 1);
                cmp = Long.compareUnsigned(entry >>> suffixShift, target);
                if (cmp <= 0) {
                    return cmp == 0 ? BreachResult.foundInBucket((int) (entry & bucketMask)) : BreachResult.NOT_FOUND;
                }
            }
        }
        return binarySearch(lo, hi, target);
    }

    /** Binary search of entries {@code [lo, hi)} for {@code target}. */
    private BreachResult binarySearch(long lo, long hi, long target) {
        long last = hi - 1;
        long first = lo;
        while (first <= last) {
            long mid = (first + last) >>> 1;
            long entry = entryAt(mid);
            int cmp = Long.compareUnsigned(entry >>> suffixShift, target);
            if (cmp < 0) {
                first = mid + 1;
            } else if (cmp > 0) {
                last = mid - 1;
            } else {
                return BreachResult.foundInBucket((int) (entry & bucketMask));
            }
        }
        return BreachResult.NOT_FOUND;
    }

    /** The high 64 bits of the unsigned product {@code x * y}, for {@code y >= 0} ({@code Math} has it from 18). */
    static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y);
    }

    private long entryAt(long i) {
        return mapped.getLong(dataOffset + i * layout.entryBytes()) >>> entryShift;
    }

    /**
     * Reads every entry: checks the data checksum, the sort order within each shard and the zero padding. Takes
     * about as long as reading the file.
     *
     * @throws BreachIndexException naming the file and problem when the entries are damaged
     */
    public void verify() throws IOException {
        CRC32C crc = new CRC32C();
        long dataEnd = dataOffset + entries * layout.entryBytes();
        mapped.forEachSlice(dataOffset, dataEnd, (slice, offset) -> crc.update(slice));
        if ((int) crc.getValue() != dataCrc) {
            throw new BreachIndexException(file, "corrupt: entry checksum mismatch");
        }
        if (mapped.getLong(dataEnd) != 0) {
            throw new BreachIndexException(file, "corrupt: non-zero trailing padding");
        }
        for (long shard = 0; shard < layout.shardCount(); shard++) {
            long lo = tableSlot(mapped, layout, tableOffset, shard);
            long hi = shard + 1 < layout.shardCount() ? tableSlot(mapped, layout, tableOffset, shard + 1) : entries;
            long previous = -1;
            for (long i = lo; i < hi; i++) {
                long suffix = entryAt(i) >>> suffixShift;
                if (i > lo && Long.compareUnsigned(suffix, previous) <= 0) {
                    throw new BreachIndexException(file, "corrupt: entries of shard " + shard + " not in order");
                }
                previous = suffix;
            }
        }
    }

    /** Stops further lookups through this instance (other instances sharing its mapping are not affected). */
    @Override
    public void close() {
        closed = true;
    }

    /**
     * Another instance over the same mapping, with its own {@link #close()}: how {@link BreachIndexes} hands a cached
     * index to a caller who owns (and may close) what it gets, without the header and shard-table checks again.
     */
    BreachIndex share() {
        return new BreachIndex(file, mapped, kind, layout, entries, tableOffset, dataOffset, dataCrc, info);
    }

    /** Whether {@code other} reads the same mapping (is this index or one {@link #share() shared} from it). */
    boolean sameMapping(BreachIndex other) {
        return other != null && other.mapped == mapped;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "BreachIndex[" + file + ", " + kind.displayName() + ", " + entries + " entries]";
    }
}
