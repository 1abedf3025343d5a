package org.passhygiene.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Where breach benchmark data lives ({@code -Dbreach.bench.dir}, default {@code java.io.tmpdir}) and its creation. */
final class BreachBenchData {

    private BreachBenchData() {
    }

    static Path dir() throws IOException {
        Path dir = Path.of(System.getProperty("breach.bench.dir",
                Path.of(System.getProperty("java.io.tmpdir"), "passhygiene-bench").toString()));
        return Files.createDirectories(dir);
    }

    /** The synthetic sorted (or shuffled) SHA-1 corpus of {@code n} hashes, generated on first use. */
    static Path corpus(int n, boolean shuffled) throws IOException {
        Path file = dir().resolve("sha1-" + n + (shuffled ? "-shuffled" : "") + ".txt");
        if (!Files.exists(file)) {
            SyntheticBreachCorpus.write(file, n, shuffled, 20240601L);
        }
        return file;
    }

    /**
     * The Lithnet rows of the sorted corpus of {@code n} hashes ({@code sha1-N.lithnet14} and its {@code .offsets},
     * see {@link LithnetLayout}), written in one pass over the text when missing.
     */
    static Path lithnet(int n) throws IOException {
        Path corpus = corpus(n, false);
        Path rows = corpus.resolveSibling("sha1-" + n + ".lithnet14");
        if (!LithnetLayout.exists(rows)) {
            long t0 = System.nanoTime();
            long count;
            try (LithnetLayout.Writer w = new LithnetLayout.Writer(rows)) {
                scanHashes(corpus, w::add);
                count = w.count();
            }
            System.err.printf("[breach] wrote %s (%,d rows) in %.1f s%n", rows, count, (System.nanoTime() - t0) / 1e9);
        }
        return rows;
    }

    /**
     * Prepares the data of {@link BreachLookupBenchmark} / {@link BreachThroughputBenchmark} for {@code n} hashes
     * outside JMH (the sorted text, then the Lithnet rows), so that the benchmark's setup only opens files:
     * {@code java -Dbreach.bench.dir=DIR -cp benchmarks.jar org.passhygiene.benchmarks.BreachBenchData N}.
     * The index {@code sha1-N.phbi} is not built here: import it with {@code breach import}.
     */
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long t0 = System.nanoTime();
        Path text = corpus(n, false);
        System.err.printf("[breach] %s: %,d bytes (%.1f s)%n", text, Files.size(text), (System.nanoTime() - t0) / 1e9);
        Path rows = lithnet(n);
        System.err.printf("[breach] %s: %,d bytes; index expected at %s%n", rows, Files.size(rows),
                text.resolveSibling("sha1-" + n + ".phbi"));
    }

    /** Receives each hash of {@link #scanHashes} (the array is reused: copy what you keep). */
    interface HashSink {
        void accept(byte[] hash) throws IOException;
    }

    /**
     * One pass over {@code HASH:COUNT} text: the first 40 hex digits of every line of at least 40 bytes, parsed into
     * one reused 20-byte array (no allocation per line, 8 MB reads). Prints progress to stderr every 100 M lines.
     *
     * @return the lines passed to {@code sink}
     */
    static long scanHashes(Path text, HashSink sink) throws IOException {
        byte[] buf = new byte[8 << 20];
        ByteBuffer bb = ByteBuffer.wrap(buf);
        byte[] hash = new byte[20];
        long lines = 0;
        long t0 = System.nanoTime();
        try (FileChannel ch = FileChannel.open(text, StandardOpenOption.READ)) {
            int limit = 0;
            while (true) {
                int i = 0;
                int j = 0;
                while (true) {
                    while (j < limit && buf[j] != '\n') {
                        j++;
                    }
                    if (j == limit) {
                        break;
                    }
                    if (j - i >= 40) {
                        parseHex(buf, i, hash, 20);
                        sink.accept(hash);
                        if (++lines % 100_000_000 == 0) {
                            System.err.printf("[breach] %s: %,d lines in %.0f s%n", text.getFileName(), lines,
                                    (System.nanoTime() - t0) / 1e9);
                        }
                    }
                    i = ++j;
                }
                int rest = limit - i;
                System.arraycopy(buf, i, buf, 0, rest);
                limit = rest;
                bb.clear().position(limit);
                int r = ch.read(bb);
                if (r < 0) {
                    if (limit >= 40) { // last line without a newline
                        parseHex(buf, 0, hash, 20);
                        sink.accept(hash);
                        lines++;
                    }
                    return lines;
                }
                if (r == 0 && limit == buf.length) {
                    throw new IOException(text + ": a line longer than " + buf.length + " bytes");
                }
                limit += r;
            }
        }
    }

    /**
     * Member hashes of a text file without reading it all: the first whole line at or after each of {@code count}
     * evenly spaced byte offsets (each line once; lines shorter than 40 bytes are skipped).
     *
     * @return how many of {@code out[0..count)} were filled
     */
    static int sampleHashes(FileChannel text, long size, byte[][] out, int count) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(256);
        byte[] b = buf.array();
        long lastLine = -1;
        int got = 0;
        for (int k = 0; k < count; k++) {
            long off = size * k / count;
            long start = Math.max(0, off - 1);
            buf.clear();
            while (buf.hasRemaining() && text.read(buf, start + buf.position()) > 0) {
                // fill the buffer (or to the end of the file)
            }
            int limit = buf.position();
            int ls = 0;
            if (off > 0) {
                while (ls < limit && b[ls] != '\n') {
                    ls++;
                }
                ls++;
            }
            long line = start + ls;
            if (line == lastLine || ls + 40 > limit) {
                continue;
            }
            boolean whole = true;
            for (int c = ls; c < ls + 40; c++) {
                whole &= b[c] != '\n';
            }
            if (whole) {
                byte[] h = new byte[20];
                parseHex(b, ls, h, 20);
                out[got++] = h;
                lastLine = line;
            }
        }
        return got;
    }

    static int hex(int c) {
        return c <= '9' ? c - '0' : c - 'A' + 10;
    }

    /** {@link #hex} of every byte value: a table lookup instead of a branch the CPU cannot predict on random hex. */
    private static final int[] HEX = new int[256];

    static {
        for (int c = 0; c < 256; c++) {
            HEX[c] = hex((byte) c);
        }
    }

    /** Parses {@code len} bytes of upper-case hex at {@code off}. */
    static void parseHex(byte[] line, int off, byte[] out, int len) {
        for (int i = 0; i < len; i++) {
            out[i] = (byte) (HEX[line[off + 2 * i] & 0xFF] << 4 | HEX[line[off + 2 * i + 1] & 0xFF]);
        }
    }

    /** Binary search by byte offset in the sorted {@code HASH:COUNT} text (DSInternals' sorted-file lookup). */
    static boolean sortedFileContains(FileChannel text, long size, ByteBuffer buf, byte[] hash) throws IOException {
        int len = hash.length;
        long lo = 0;
        long hi = size;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            long start = Math.max(0, mid - 63);
            buf.clear();
            text.read(buf, start);
            byte[] b = buf.array();
            int limit = buf.position();
            int ls = (int) (mid - start);
            while (ls > 0 && b[ls - 1] != '\n') {
                ls--;
            }
            if (ls + len > limit) {
                return false;
            }
            int cmp = Arrays.compare(b, ls, ls + len, hash, 0, len);
            if (cmp == 0) {
                return true;
            }
            int le = ls;
            while (le < limit && b[le] != '\n') {
                le++;
            }
            if (cmp < 0) {
                lo = start + le + 1;
            } else {
                hi = start + ls;
            }
        }
        return false;
    }
}
