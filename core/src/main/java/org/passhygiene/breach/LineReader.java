package org.passhygiene.breach;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Splits a stream into lines of bytes (LF or CRLF; the CR is dropped), transparently gunzipping input that starts
 * with the gzip magic number. Reports progress in raw (compressed) bytes and stops with
 * {@link InterruptedIOException} when the thread is interrupted.
 */
final class LineReader {

    static final int BUFFER_SIZE = 1 << 20;
    static final int TICK_LINES = 1 << 16;

    @FunctionalInterface
    interface LineHandler {
        /** One line without its terminator: {@code buf[start, end)}. */
        void line(byte[] buf, int start, int end, long lineNumber) throws IOException;
    }

    @FunctionalInterface
    interface Ticker {
        /** Called every {@link #TICK_LINES} lines and at the end with the raw bytes consumed so far. */
        void tick(long rawBytes) throws IOException;
    }

    private LineReader() {
    }

    /**
     * Reads every line of {@code raw} (closing it); returns the number of lines.
     *
     * @throws CorpusFormatException for a line longer than {@link #BUFFER_SIZE} or damaged gzip data
     */
    static long read(InputStream raw, String source, LineHandler handler, Ticker ticker) throws IOException {
        CountingInputStream counting = new CountingInputStream(raw);
        PushbackInputStream pushback = new PushbackInputStream(counting, 2);
        long[] lineNumber = new long[1];
        boolean gzip = false;
        try {
            gzip = startsWithGzipMagic(pushback);
            try (InputStream in = gzip ? new GZIPInputStream(new BufferedInputStream(pushback, 1 << 16), 1 << 16)
                    : pushback) {
                return readLines(in, source, handler, ticker, counting, lineNumber);
            }
        } catch (ZipException | EOFException e) {
            if (!gzip) {
                throw e;
            }
            throw new CorpusFormatException(source, lineNumber[0] + 1, "damaged gzip data ("
                    + (e.getMessage() != null ? e.getMessage() : "unexpected end") + ")");
        } finally {
            pushback.close(); // also when the gzip header cannot be read
        }
    }

    private static long readLines(InputStream in, String source, LineHandler handler, Ticker ticker,
                                  CountingInputStream counting, long[] lineNumber) throws IOException {
        byte[] buf = new byte[BUFFER_SIZE];
        int filled = 0;
        int start = 0;
        while (true) {
            int n = in.read(buf, filled, buf.length - filled);
            if (n < 0) {
                break;
            }
            int scan = filled;
            filled += n;
            for (int i = scan; i < filled; i++) {
                if (buf[i] == '\n') {
                    int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                    handler.line(buf, start, end, ++lineNumber[0]);
                    start = i + 1;
                    if ((lineNumber[0] & (TICK_LINES - 1)) == 0) {
                        tick(ticker, counting.count);
                    }
                }
            }
            if (start == 0 && filled == buf.length) {
                throw new CorpusFormatException(source, lineNumber[0] + 1, "line longer than " + BUFFER_SIZE
                        + " bytes");
            }
            System.arraycopy(buf, start, buf, 0, filled - start);
            filled -= start;
            start = 0;
        }
        if (filled > 0) {
            int end = buf[filled - 1] == '\r' ? filled - 1 : filled;
            handler.line(buf, 0, end, ++lineNumber[0]);
        }
        tick(ticker, counting.count);
        return lineNumber[0];
    }

    private static void tick(Ticker ticker, long bytes) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("import interrupted");
        }
        ticker.tick(bytes);
    }

    private static boolean startsWithGzipMagic(PushbackInputStream in) throws IOException {
        byte[] magic = new byte[2];
        int n = in.readNBytes(magic, 0, 2);
        if (n > 0) {
            in.unread(magic, 0, n);
        }
        return n == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
    }

    /** Counts raw bytes; single-threaded. */
    private static final class CountingInputStream extends InputStream {
        private final InputStream in;
        long count;

        CountingInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
