package org.passhygiene.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads one password per line from a UTF-8 stream straight into {@code char[]}, never a String, clearing every
 * buffer it drops. LF or CRLF line ends; a byte-order mark at the start is skipped. Invalid UTF-8 is an error naming
 * the line.
 */
final class PasswordLines implements AutoCloseable {

    /** Longest line held; a longer one is an error rather than unbounded memory. */
    static final int MAX_LINE = 1 << 20;

    private final Reader reader;
    private final String name;
    private char[] line = new char[256];
    private int lineNumber;
    private boolean eof;

    PasswordLines(InputStream in, String name) {
        this.reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
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
                int c = reader.read();
                if (c < 0) {
                    eof = true;
                    if (n == 0) {
                        return null;
                    }
                    break;
                }
                if (c == '\n') {
                    break;
                }
                if (n == 0 && lineNumber == 0 && c == '\uFEFF') {
                    continue;
                }
                if (n == MAX_LINE) {
                    throw new UncheckedIOException(new IOException(name + ":" + (lineNumber + 1)
                            + ": line longer than " + MAX_LINE + " characters"));
                }
                if (n == line.length) {
                    char[] bigger = Arrays.copyOf(line, Math.min(MAX_LINE, line.length * 2));
                    Arrays.fill(line, '\0');
                    line = bigger;
                }
                line[n++] = (char) c;
            }
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(name + ":" + (lineNumber + 1) + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ":" + (lineNumber + 1) + ": cannot read: " + e.getMessage(), e);
        }
        lineNumber++;
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        char[] out = Arrays.copyOf(line, n);
        Arrays.fill(line, 0, Math.min(line.length, n + 1), '\0');
        return out;
    }

    @Override
    public void close() {
        Arrays.fill(line, '\0');
    }
}
