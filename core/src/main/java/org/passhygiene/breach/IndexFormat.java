package org.passhygiene.breach;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The index file format, version 1. All numbers big-endian.
 * <pre>
 * offset size
 *  0      8   magic "PHBREACH"
 *  8      2   format version (1)
 * 10      1   hash kind (1 = SHA-1, 2 = NTLM)
 * 11      1   prefix bits p (shards = 2^p)
 * 12      1   entry bytes e
 * 13      1   bucket bits (0 or 4)
 * 14      1   shard table slot width (4 or 8)
 * 15      1   reserved (0)
 * 16      8   entry count N
 * 24      8   created, epoch milliseconds
 * 32      4   description length L in UTF-8 bytes (at most 4,096)
 * 36      4   data CRC32C: CRC32C of the N * e entry bytes (checked by BreachIndex.verify())
 * 40      4   header CRC32C: CRC32C of bytes [0, dataOffset) with these 4 bytes taken as zero (checked on open)
 * 44     20   reserved (0)
 * 64      L   description, UTF-8, then zero padding to a multiple of 8
 * T   2^p*w   shard table: index of the first entry of each shard (shard i ends where shard i+1 starts, the last at N)
 * D     N*e   entries, sorted within each shard: suffix bits then bucket bits, big-endian, right-aligned in e bytes
 * D+N*e   8   zero padding (lets a lookup read any entry with one 8-byte load)
 * </pre>
 *
 * <h2>Checksums</h2>
 * Opening checks the magic, version, hash kind, layout and description length, then the exact file size computed
 * from them with overflow-checked arithmetic (a truncated or extended file, or a count too large for any file, is
 * caught without reading data), the header CRC32C (header, description and shard table: at most 1/8 byte per hash,
 * 134 MB for 1.7 billion hashes, a fraction of a second) and that the shard table is non-decreasing and never beyond
 * the entry count. Every read a lookup makes then lies inside the file, so a file that opened, however it was forged,
 * answers every lookup (with a wrong answer at worst) and never throws. The entries are covered by a second
 * CRC32C that {@link BreachIndex#verify()} checks on demand, together with the sort order: reading 8.5 GB on every
 * open would cost seconds to minutes, while a flipped data byte can at worst turn one hash's answer. CRC32C rather
 * than a cryptographic hash: it is hardware-accelerated in the JDK and the threat is accidental damage, not forgery.
 */
final class IndexFormat {

    static final byte[] MAGIC = "PHBREACH".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int HEADER_SIZE = 64;
    static final int MAX_DESCRIPTION_BYTES = 4096;
    static final int TRAILER_PADDING = 8;

    static final int OFF_VERSION = 8;
    static final int OFF_KIND = 10;
    static final int OFF_PREFIX_BITS = 11;
    static final int OFF_ENTRY_BYTES = 12;
    static final int OFF_BUCKET_BITS = 13;
    static final int OFF_TABLE_WIDTH = 14;
    static final int OFF_ENTRY_COUNT = 16;
    static final int OFF_CREATED = 24;
    static final int OFF_DESCRIPTION_LENGTH = 32;
    static final int OFF_DATA_CRC = 36;
    static final int OFF_HEADER_CRC = 40;

    private IndexFormat() {
    }

    static long tableOffset(int descriptionLength) {
        return HEADER_SIZE + ((descriptionLength + 7L) & ~7L);
    }

    static long dataOffset(int descriptionLength, IndexLayout layout) {
        return Math.addExact(tableOffset(descriptionLength), Math.multiplyExact(layout.shardCount(),
                layout.tableWidth()));
    }

    /**
     * The exact size of a valid file.
     *
     * @throws ArithmeticException when the size does not fit in a long (a forged or damaged entry count)
     */
    static long fileSize(int descriptionLength, IndexLayout layout, long entries) {
        return Math.addExact(Math.addExact(dataOffset(descriptionLength, layout),
                Math.multiplyExact(entries, layout.entryBytes())), TRAILER_PADDING);
    }

    /** Updates {@code crc} with a header slice, treating the header CRC field as zero. */
    static void updateHeaderCrc(CRC32C crc, ByteBuffer slice, long sliceOffset) {
        long end = sliceOffset + slice.remaining();
        if (sliceOffset >= OFF_HEADER_CRC + 4 || end <= OFF_HEADER_CRC) {
            crc.update(slice);
            return;
        }
        ByteBuffer copy = ByteBuffer.allocate(slice.remaining());
        copy.put(slice).flip();
        for (int i = OFF_HEADER_CRC; i < OFF_HEADER_CRC + 4; i++) {
            long at = i - sliceOffset;
            if (at >= 0 && at < copy.limit()) {
                copy.put((int) at, (byte) 0);
            }
        }
        crc.update(copy);
    }
}
