package org.passhygiene.audit;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits the bytes of an export into records with bounded memory: one physical line each, or for CSV a record whose
 * quoted fields may span lines (RFC 4180: a quote opens a field only at its start, {@code ""} inside is a quote).
 * Empty lines are passed over.
 *
 * <p><b>Encodings</b>, from the first bytes: a UTF-8 byte-order mark is dropped; UTF-16LE/BE with a byte-order mark
 * (PowerShell {@code -Encoding Unicode}, Windows PowerShell 5.1's {@code >} and {@code Out-File}) or without one
 * (an ASCII first character followed by a zero byte) is re-encoded as UTF-8 ({@link Utf16Input}) so the same bounds
 * apply. A file with no byte-order mark is UTF-8; a record in it that is not valid UTF-8 but is valid Windows-1252
 * (Excel's "CSV (Comma delimited)", Latin-1 exports) is decoded as Windows-1252 and counted, and the reader puts
 * {@link #encodingNote()} in the report: nothing is decoded with replacement characters in silence. A file that
 * declares UTF-8 with its mark gets no such fallback: its invalid records are skipped.
 *
 * <p><b>Delimiter</b>: quoted CSV fields start after {@link #delimiter(char)} ({@code ,} until the reader has sniffed
 * the header).
 *
 * <p>A record that cannot be text comes back as a {@link Chunk} with a {@link SkipCause} and the lines it covers,
 * so nothing is lost in silence: a NUL byte (binary data), bytes that are not text in the file's encoding, a record longer than
 * {@link #MAX_RECORD_BYTES} (scanning goes on to its end without keeping it), or a quoted field that is never
 * closed (it runs to the end of the file; every line it swallowed is counted). Binary data ends its record at the
 * next line break whatever the quotes, and binary data with no line break within the limit ends the read with an
 * {@link ExportFormatException} ({@code audit /dev/zero}).
 */
final class RecordScanner implements Closeable {

    /** The longest line or record kept, in bytes (1 MiB, as for {@code check} and {@code breach import}). */
    static final int MAX_RECORD_BYTES = 1 << 20;
    static final String LIMIT_TEXT = "1 MiB";

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_SEEN = 3;
    private static final int COMMENT = 4;

    /**
     * A record: its text, or the cause and reason it could not be read.
     *
     * @param line        first physical line
     * @param lines       physical lines covered
     * @param quoteLine   for a record spanning lines, where the quoted field that spans them opened, else 0
     */
    record Chunk(long line, long lines, long quoteLine, String text, SkipCause cause, String reason) {
        boolean ok() {
            return text != null;
        }

        SkippedRow skipped(String file) {
            return new SkippedRow(file, line, lines, cause, reason);
        }
    }

    /** How the bytes were found to be encoded. */
    enum Encoding {
        UTF8("UTF-8"), UTF8_BOM("UTF-8 with a byte-order mark"), UTF16LE("UTF-16LE"), UTF16BE("UTF-16BE");

        private final String text;

        Encoding(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream raw;
    private InputStream in;
    private Encoding encoding = Encoding.UTF8;
    private int delimiter = ',';
    private long windows1252Records;
    private long windows1252First;
    private final String file;
    private final boolean quotes;
    private final boolean comments;
    private final int max;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean started;
    private byte[] record = new byte[1024];
    private int size;
    /** Line number of the next byte. */
    private long line = 1;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharsetDecoder windows1252;

    /**
     * @param quotes   CSV: quoted fields may span lines
     * @param comments a line starting with {@code #} is a comment ({@code #TYPE} of PowerShell's Export-Csv)
     */
    RecordScanner(InputStream in, String file, boolean quotes, boolean comments) {
        this(in, file, quotes, comments, MAX_RECORD_BYTES);
    }

    RecordScanner(InputStream in, String file, boolean quotes, boolean comments, int max) {
        this.raw = in;
        this.in = in;
        this.file = file;
        this.quotes = quotes;
        this.comments = comments;
        this.max = max;
    }

    private int read() throws IOException {
        if (pos == limit) {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                return -1;
            }
            pos = 0;
            limit = n;
        }
        return buf[pos++] & 0xff;
    }

    private int peek() throws IOException {
        int b = read();
        if (b >= 0) {
            pos--;
        }
        return b;
    }

    /** Reads the byte-order mark (or sniffs UTF-16 without one) and sets up decoding. */
    private void start() throws IOException {
        started = true;
        byte[] head = raw.readNBytes(4);
        int n = head.length;
        int skip = 0;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            encoding = Encoding.UTF8_BOM;
            skip = 3;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            encoding = Encoding.UTF16LE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            encoding = Encoding.UTF16BE;
            skip = 2;
        } else if (n == 4 && ascii(head[0]) && head[1] == 0 && ascii(head[2]) && head[3] == 0) {
            encoding = Encoding.UTF16LE;
        } else if (n == 4 && head[0] == 0 && ascii(head[1]) && head[2] == 0 && ascii(head[3])) {
            encoding = Encoding.UTF16BE;
        }
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head, skip, n - skip), raw);
        in = encoding == Encoding.UTF16LE || encoding == Encoding.UTF16BE
                ? new Utf16Input(rest, encoding == Encoding.UTF16BE) : rest;
    }

    /** A printable ASCII character or a tab: what a text export starts with. */
    private static boolean ascii(byte b) {
        return (b >= 0x20 && b < 0x7f) || b == '\t';
    }

    /** The encoding found; valid after the first {@link #next()}. */
    Encoding encoding() {
        return encoding;
    }

    /** The CSV field delimiter after which a quote opens a quoted field (default {@code ,}). */
    void delimiter(char value) {
        delimiter = value;
    }

    /**
     * What the report should say about decoding, once the input is read: how many records were read as
     * Windows-1252 because they were not UTF-8; null when none were.
     */
    String encodingNote() {
        if (windows1252Records == 0) {
            return null;
        }
        return file + ": " + windows1252Records + " row(s) were not UTF-8 and were read as Windows-1252 (first: "
                + "line " + windows1252First + "), as Excel's \"CSV (Comma delimited)\" writes them; names and "
                + "passwords with accented letters are right only if the file really is Windows-1252: save it as "
                + "\"CSV UTF-8\" to be sure";
    }

    private void keep(int b) {
        if (size == record.length) {
            byte[] old = record;
            record = Arrays.copyOf(record, Math.min(max, record.length * 2));
            Arrays.fill(old, (byte) 0);
        }
        record[size++] = (byte) b;
    }

    /** The next record, or null at the end of the input. */
    Chunk next() throws IOException {
        if (!started) {
            start();
        }
        while (true) {
            int b = size > 0 ? -2 : read();
            if (b == -1) {
                return null;
            }
            if (b == '\n') {
                line++;
                continue;
            }
            if (b == '\r') {
                if (peek() == '\n') {
                    read();
                }
                line++;
                continue;
            }
            Chunk c = record(b);
            if (c != null) {
                return c;
            }
        }
    }

    /** Reads one record starting with {@code first} (-2: the bytes already kept); null for a comment line. */
    private Chunk record(int first) throws IOException {
        long start = line;
        long quoteLine = 0;
        long openLine = 0;
        boolean nul = false;
        boolean tooLong = false;
        int state = comments && first == '#' ? COMMENT : FIELD_START;
        int b = first;
        if (first == -2) {
            for (int i = 0; i < size; i++) {
                state = step(state, record[i] & 0xff);
            }
            b = read();
        } else {
            size = 0;
        }
        long last;
        int prev = -1;
        while (true) {
            if (b < 0) {
                last = prev == '\n' ? line - 1 : line;
                break;
            }
            if (b == 0) {
                nul = true;
            }
            boolean lineEnd = b == '\n' || (b == '\r' && state != QUOTED);
            if (lineEnd && (state != QUOTED || nul)) {
                if (b == '\r' && peek() == '\n') {
                    read();
                }
                last = line++;
                break;
            }
            if (b == '\n') {
                line++;
                if (quoteLine == 0) {
                    quoteLine = openLine;
                }
            }
            if (state == FIELD_START && quotes && b == '"') {
                openLine = line;
            }
            state = step(state, b);
            prev = b;
            if (size < max) {
                keep(b);
            } else {
                tooLong = true;
                if (nul) {
                    throw new ExportFormatException(file + ":" + start + ": binary data (a NUL byte) and no line "
                            + "break within the " + LIMIT_TEXT + " limit: not a text export");
                }
            }
            b = read();
        }
        int kept = size;
        size = 0;
        try {
            return chunk(start, last - start + 1, last, state, b < 0, nul, tooLong, openLine, quoteLine, kept);
        } finally {
            Arrays.fill(record, 0, kept, (byte) 0); // a record may hold a plaintext password
            if (record.length > 1 << 16) {
                record = new byte[1024];
            }
        }
    }

    private Chunk chunk(long start, long lines, long last, int state, boolean eof, boolean nul, boolean tooLong,
                        long openLine, long quoteLine, int kept) {
        if (state == COMMENT && !nul && !tooLong) {
            return null;
        }
        if (nul) {
            return new Chunk(start, lines, 0, null, SkipCause.BINARY, "binary data (a NUL byte): not text"
                    + UTF16_HINT);
        }
        if (eof && state == QUOTED) {
            return new Chunk(start, lines, openLine, null, SkipCause.UNCLOSED_QUOTE, "the quoted field opened on "
                    + "line " + openLine + " is never closed: it runs to the end of the file, swallowing "
                    + (last - openLine + 1) + " line(s) (" + openLine + "-" + last + ")");
        }
        if (tooLong) {
            return new Chunk(start, lines, quoteLine, null, SkipCause.TOO_LONG, (lines == 1 ? "line" : "record")
                    + " longer than the " + (max == MAX_RECORD_BYTES ? LIMIT_TEXT + " limit (" + max + " bytes)"
                    : max + "-byte limit") + span(quoteLine, last));
        }
        try {
            String text = utf8.reset().decode(ByteBuffer.wrap(record, 0, kept)).toString();
            return new Chunk(start, lines, quoteLine, text, null, null);
        } catch (CharacterCodingException e) {
            // not UTF-8: see below
        }
        if (encoding == Encoding.UTF8) {
            if (windows1252 == null) {
                windows1252 = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
            }
            try {
                String text = windows1252.reset().decode(ByteBuffer.wrap(record, 0, kept)).toString();
                if (windows1252Records++ == 0) {
                    windows1252First = start;
                }
                return new Chunk(start, lines, quoteLine, text, null, null);
            } catch (CharacterCodingException e) {
                return new Chunk(start, lines, quoteLine, null, SkipCause.NOT_UTF8, "neither UTF-8 nor "
                        + "Windows-1252 text (an invalid byte sequence)" + span(quoteLine, last));
            }
        }
        return new Chunk(start, lines, quoteLine, null, SkipCause.NOT_UTF8, (encoding == Encoding.UTF8_BOM
                ? "not UTF-8 text (an invalid byte sequence in a file marked as UTF-8)"
                : "not " + encoding + " text (an unpaired surrogate or an odd byte)") + span(quoteLine, last));
    }

    static final String UTF16_HINT = " (binary, or an encoding other than UTF-8 and UTF-16? save it as UTF-8)";

    /** For a record over several lines: where its quoted field opened and how far it ran. */
    static String span(long quoteLine, long last) {
        return quoteLine == 0 || last <= quoteLine ? "" : "; the quoted field opened on line " + quoteLine
                + " runs over " + (last - quoteLine + 1) + " lines (" + quoteLine + "-" + last + ")";
    }

    private int step(int state, int b) {
        switch (state) {
            case COMMENT:
                return COMMENT;
            case FIELD_START:
                if (quotes && b == '"') {
                    return QUOTED;
                }
                return b == delimiter ? FIELD_START : UNQUOTED;
            case UNQUOTED:
                return b == delimiter ? FIELD_START : UNQUOTED;
            case QUOTED:
                return b == '"' ? QUOTE_SEEN : QUOTED;
            default: // QUOTE_SEEN
                if (b == '"') {
                    return QUOTED;
                }
                return b == delimiter ? FIELD_START : UNQUOTED;
        }
    }

    @Override
    public void close() throws IOException {
        Arrays.fill(record, (byte) 0);
        Arrays.fill(buf, (byte) 0);
        if (in != raw) {
            in.close(); // closes raw too
        } else {
            raw.close();
        }
    }
}
