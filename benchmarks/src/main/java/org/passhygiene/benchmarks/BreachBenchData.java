package org.passhygiene.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static int hex(int c) {
        return c <= '9' ? c - '0' : c - 'A' + 10;
    }

    /** Parses {@code len} bytes of upper-case hex at {@code off}. */
    static void parseHex(byte[] line, int off, byte[] out, int len) {
        for (int i = 0; i < len; i++) {
            out[i] = (byte) (hex(line[off + 2 * i]) << 4 | hex(line[off + 2 * i + 1]));
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
