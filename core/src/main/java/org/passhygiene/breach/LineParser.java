package org.passhygiene.breach;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns one input line into a 64-bit hash prefix and a count. Messages never quote the line: it may be a password.
 * Not thread-safe; one per input.
 */
abstract class LineParser {

    /** Result of a parse. */
    enum Status { OK, IGNORED, INVALID }

    long hash64;
    long count;
    /** Where the hex digits (or the password) of the last line parsed began, after any byte-order mark. */
    int hexStart;
    String problem;

    abstract Status parse(byte[] buf, int start, int end, long lineNumber);

    /** Hash lines: {@code HASH[:COUNT]}, or {@code SUFFIX[:COUNT]} with the prefix implied by the file name. */
    static final class Hashes extends LineParser {
        private static final byte[] HEX = new byte[256];

        static {
            Arrays.fill(HEX, (byte) -1);
            for (int i = 0; i < 10; i++) {
                HEX['0' + i] = (byte) i;
            }
            for (int i = 0; i < 6; i++) {
                HEX['a' + i] = (byte) (10 + i);
                HEX['A' + i] = (byte) (10 + i);
            }
        }

        private final int digits;
        private final int impliedDigits;
        private final long impliedPrefix;
        private final String expected;

        /** {@code impliedDigits} leading hex digits of every hash are {@code impliedPrefix} (0 for none). */
        Hashes(HashKind kind, int impliedDigits, long impliedPrefix) {
            this.impliedDigits = impliedDigits;
            this.impliedPrefix = impliedPrefix;
            this.digits = kind.hexLength() - impliedDigits;
            this.expected = "expected " + digits + " hex digits of " + (impliedDigits > 0 ? "the suffix of " : "")
                    + "a " + kind.displayName() + " hash";
        }

        static int hex(int c) {
            return HEX[c & 0xFF];
        }

        /**
         * A UTF-8 byte-order mark is skipped at the start of any line, not only the first: the HIBP downloader
         * writes each range block of its single file through a new UTF-8 writer, so every block starts with one.
         */
        @Override
        Status parse(byte[] buf, int start, int end, long lineNumber) {
            if (end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
                    && buf[start + 2] == (byte) 0xBF) {
                start += 3;
            }
            hexStart = start;
            if (end == start) {
                problem = "empty line";
                return Status.INVALID;
            }
            long h = impliedPrefix;
            int take = Math.min(digits, 16 - impliedDigits);
            int i = 0;
            int bad = 0;
            for (; i < take && start + i < end; i++) {
                int v = HEX[buf[start + i] & 0xFF];
                bad |= v;
                h = (h << 4) | (v & 0xF);
            }
            for (; i < digits && start + i < end; i++) {
                bad |= HEX[buf[start + i] & 0xFF];
            }
            if (bad < 0 || i < digits) {
                int found = 0;
                while (found < digits && start + found < end && HEX[buf[start + found] & 0xFF] >= 0) {
                    found++;
                }
                problem = expected + ", found " + found + (found < end - start ? " followed by another character"
                        : " and the end of the line");
                return Status.INVALID;
            }
            hash64 = h;
            int pos = start + digits;
            if (pos == end) {
                count = -1;
                return Status.OK;
            }
            if (buf[pos] != ':') {
                problem = expected + " then ':' and a count, found another character after the hash";
                return Status.INVALID;
            }
            pos++;
            int countDigits = end - pos;
            if (countDigits < 1 || countDigits > 18) {
                problem = "count after ':' must be 1 to 18 decimal digits";
                return Status.INVALID;
            }
            long c = 0;
            for (; pos < end; pos++) {
                int d = buf[pos] - '0';
                if (d < 0 || d > 9) {
                    problem = "count after ':' must be 1 to 18 decimal digits";
                    return Status.INVALID;
                }
                c = c * 10 + d;
            }
            count = c;
            return c == 0 ? Status.IGNORED : Status.OK;
        }
    }

    /**
     * Plain password lines, UTF-8, hashed with the index kind. Blank lines are ignored. A {@code fullHashes} sink,
     * when given, sees each whole hash before it is cleared (it copies what it keeps).
     */
    static final class Passwords extends LineParser {
        private final HashKind kind;
        private final Consumer<byte[]> fullHashes;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private CharBuffer chars = CharBuffer.allocate(256);

        Passwords(HashKind kind) {
            this(kind, null);
        }

        Passwords(HashKind kind, Consumer<byte[]> fullHashes) {
            this.kind = kind;
            this.fullHashes = fullHashes;
        }

        @Override
        Status parse(byte[] buf, int start, int end, long lineNumber) {
            if (lineNumber == 1 && end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
                    && buf[start + 2] == (byte) 0xBF) {
                start += 3;
            }
            if (end == start) {
                return Status.IGNORED;
            }
            if (chars.capacity() < end - start) {
                chars = CharBuffer.allocate(end - start);
            }
            chars.clear();
            decoder.reset();
            if (decoder.decode(ByteBuffer.wrap(buf, start, end - start), chars, true).isError()) {
                Arrays.fill(chars.array(), '\0');
                problem = "not valid UTF-8";
                return Status.INVALID;
            }
            decoder.flush(chars);
            char[] password = Arrays.copyOf(chars.array(), chars.position());
            Arrays.fill(chars.array(), 0, chars.position(), '\0');
            byte[] hash = kind.hash(password);
            Arrays.fill(password, '\0');
            hash64 = ByteBuffer.wrap(hash).getLong();
            if (fullHashes != null) {
                fullHashes.accept(hash);
            }
            Arrays.fill(hash, (byte) 0);
            count = -1;
            return Status.OK;
        }
    }
}
