package org.passhygiene.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads one password per line from a UTF-8 stream straight into {@code char[]}, never a String, clearing every
 * buffer it drops. LF or CRLF line ends; a byte-order mark at the start is skipped. Each line is decoded on its own,
 * so invalid UTF-8 is reported with its line number after every earlier line has been handled.
 */
final class PasswordLines implements AutoCloseable {

    /** The usage error when --stdin gave no line at all: nothing was checked, so the run cannot pass. */
    static final String NOTHING_READ = "no password read from standard input (--stdin expects one per line)";

    /** Longest line held, in bytes; a longer one is an error rather than unbounded memory. */
    static final int MAX_LINE = 1 << 20;

    private final InputStream in;
    private final String name;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private int lineNumber;
    private boolean eof;

    PasswordLines(InputStream in, String name) {
        this.in = new BufferedInputStream(in);
        this.name = name;
    }

    /** 1-based number of the line last returned. */
    int lineNumber() {
        return lineNumber;
    }

    /**
     * The next password as a new array the caller must clear, or null at the end. A final line without a newline
     * counts; the empty text after a final newline does not.
     *
     * @throws UncheckedIOException naming the line for unreadable or invalid input
     */
    char[] next() {
        if (eof) {
            return null;
        }
        int n = 0;
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    eof = true;
                    if (n == 0) {
                        return null;
                    }
                    break;
                }
                if (b == '\n') {
                    break;
                }
                if (n == MAX_LINE) {
                    throw new UncheckedIOException(new IOException(name + ":" + (lineNumber + 1)
                            + ": line longer than " + MAX_LINE + " bytes"));
                }
                if (n == line.length) {
                    byte[] bigger = Arrays.copyOf(line, Math.min(MAX_LINE, line.length * 2));
                    Arrays.fill(line, (byte) 0);
                    line = bigger;
                }
                line[n++] = (byte) b;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ":" + (lineNumber + 1) + ": cannot read: " + e.getMessage(), e);
        }
        lineNumber++;
        int start = 0;
        if (lineNumber == 1 && n >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
            start = 3;
        }
        if (n > start && line[n - 1] == '\r') {
            n--;
        }
        try {
            return decode(start, n);
        } finally {
            Arrays.fill(line, (byte) 0);
        }
    }

    private char[] decode(int start, int end) {
        CharBuffer chars = CharBuffer.allocate(end - start);
        decoder.reset();
        try {
            java.nio.charset.CoderResult r = decoder.decode(ByteBuffer.wrap(line, start, end - start), chars, true);
            if (r.isError()) {
                r.throwException();
            }
            decoder.flush(chars);
        } catch (CharacterCodingException e) {
            Arrays.fill(chars.array(), '\0');
            throw new UncheckedIOException(name + ":" + lineNumber + ": not valid UTF-8", e);
        }
        char[] out = Arrays.copyOf(chars.array(), chars.position());
        Arrays.fill(chars.array(), '\0');
        return out;
    }

    @Override
    public void close() {
        Arrays.fill(line, (byte) 0);
    }
}
