package org.passhygiene.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * UTF-16 bytes (after the byte-order mark) re-encoded as UTF-8 on the fly, so {@link RecordScanner} scans every
 * export as UTF-8 with the same bounds. A code unit U+0000 stays a NUL byte (binary data is still found); an unpaired
 * surrogate or an odd last byte becomes the byte {@link #INVALID} (never valid in UTF-8), so its record is skipped as
 * not text instead of being decoded with a replacement character.
 */
final class Utf16Input extends InputStream {

    /** Written for a code unit sequence that is not UTF-16: never part of valid UTF-8. */
    static final int INVALID = 0xFF;

    private final InputStream in;
    private final boolean bigEndian;
    private final byte[] raw = new byte[1 << 14];
    private int rawPos;
    private int rawLimit;
    private boolean eof;
    /** Re-encoded bytes not yet returned (at most 4). */
    private final byte[] out = new byte[4];
    private int outPos;
    private int outLimit;
    /** A high surrogate waiting for its low half, or -1. */
    private int high = -1;

    Utf16Input(InputStream in, boolean bigEndian) {
        this.in = in;
        this.bigEndian = bigEndian;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (outPos < outLimit) {
                b[off + n++] = out[outPos++];
                continue;
            }
            if (n > 0 && rawLimit - rawPos < 2 && !eof) {
                break; // return what is ready rather than block for more
            }
            if (!fill()) {
                break;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** Re-encodes the next code unit into {@link #out}; false at the end of the input. */
    private boolean fill() throws IOException {
        while (rawLimit - rawPos < 2 && !eof) {
            if (rawPos > 0) {
                System.arraycopy(raw, rawPos, raw, 0, rawLimit - rawPos);
                rawLimit -= rawPos;
                rawPos = 0;
            }
            int r = in.read(raw, rawLimit, raw.length - rawLimit);
            if (r < 0) {
                eof = true;
            } else {
                rawLimit += r;
            }
        }
        outPos = 0;
        outLimit = 0;
        if (rawLimit - rawPos < 2) {
            if (high >= 0) {
                high = -1;
                out[outLimit++] = (byte) INVALID;
            }
            if (rawLimit - rawPos == 1) {
                rawPos++;
                out[outLimit++] = (byte) INVALID;
            }
            return outLimit > 0;
        }
        int u = bigEndian ? (raw[rawPos] & 0xff) << 8 | raw[rawPos + 1] & 0xff
                : (raw[rawPos + 1] & 0xff) << 8 | raw[rawPos] & 0xff;
        rawPos += 2;
        if (high >= 0) {
            int h = high;
            high = -1;
            if (Character.isLowSurrogate((char) u)) {
                encode(Character.toCodePoint((char) h, (char) u));
                return true;
            }
            out[outLimit++] = (byte) INVALID;
        }
        if (Character.isHighSurrogate((char) u)) {
            high = u;
            return outLimit > 0 || fill();
        }
        if (Character.isLowSurrogate((char) u)) {
            out[outLimit++] = (byte) INVALID;
            return true;
        }
        encode(u);
        return true;
    }

    private void encode(int cp) {
        if (cp < 0x80) {
            out[outLimit++] = (byte) cp;
        } else if (cp < 0x800) {
            out[outLimit++] = (byte) (0xC0 | cp >> 6);
            out[outLimit++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out[outLimit++] = (byte) (0xE0 | cp >> 12);
            out[outLimit++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[outLimit++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[outLimit++] = (byte) (0xF0 | cp >> 18);
            out[outLimit++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[outLimit++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[outLimit++] = (byte) (0x80 | cp & 0x3F);
        }
    }

    @Override
    public void close() throws IOException {
        Arrays.fill(raw, (byte) 0); // the bytes may hold a plaintext password
        Arrays.fill(out, (byte) 0);
        in.close();
    }
}
