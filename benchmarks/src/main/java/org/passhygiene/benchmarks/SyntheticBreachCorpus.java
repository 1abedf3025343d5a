package org.passhygiene.benchmarks;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Pwned Passwords SHA-1 file: {@code N} independent uniformly random hashes, sorted,
 * {@code HASH:COUNT} CRLF lines like the HIBP single-file download (upper-case hex, about 45 bytes per line, counts
 * log-uniform from 2 to 2<sup>20</sup>), so breach benchmarks are reproducible without the real 38 GB download.
 * Deterministic for a given N and seed; a file and standard output get the same lines.
 *
 * <p>Sorted in one pass with a few MB of heap at any N: the number of hashes in each of the 2<sup>16</sup> buckets
 * of the top 16 bits is drawn first (N uniform bucket draws, counted: an exact multinomial), then bucket by bucket
 * that many random 48-bit continuations are drawn and sorted (about 15,000 at 1 B, cache-resident); the remaining
 * bits of each hash and its count are a function of the line number. Equal 64-bit prefixes (about
 * N<sup>2</sup>/2<sup>65</sup> pairs, so practically none below 1 B) are both kept. The first {@value #MEMBERS} hashes'
 * 64-bit prefixes are the first {@value #MEMBERS} values of {@code new SplittableRandom(seed).nextLong()}, so a
 * benchmark can draw known members that way without reading the file ({@code IndexFileLookupBenchmark} does).
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar org.passhygiene.benchmarks.SyntheticBreachCorpus 10000000 /tmp/sha1-10M.txt
 * java -Xmx64m ...                                                                            1000000000 /tmp/sha1-1B.txt  # 45 GB
 * java -Xmx64m ...                                                                            1000000000 - \
 *     | java -Xmx384m -jar cli/target/passhygiene.jar breach import - --out sha1-1B.phbi --memory 128m
 * </pre>
 * With {@code -} as the file the lines go to standard output, for {@code breach import -} without the text on disk.
 * Append {@code ntlm} for the HIBP NTLM form (the same lines cut to 32 hex digits) and {@code shuffled} for the same
 * lines in random order (for unsorted-import runs; that mode holds 12 bytes per hash in memory, so N is at most
 * 2<sup>31</sup>-1 and 10 M need about {@code -Xmx256m}).
 */
public final class SyntheticBreachCorpus {

    /** Hashes whose 64-bit prefixes replay {@code new SplittableRandom(seed)} (see the class comment). */
    static final int MEMBERS = 4096;
    private static final long SEED = 20240601L;
    private static final int BUCKETS = 1 << 16;
    private static final long LOW_48 = (1L << 48) - 1;
    private static final int BLOCK = 1 << 18;
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private SyntheticBreachCorpus() {
    }

    public static void main(String[] args) throws IOException {
        run(args, new FileOutputStream(FileDescriptor.out));
    }

    /** {@link #main} with standard output as {@code stdout}: {@code N FILE|- [shuffled] [ntlm]}. */
    static void run(String[] args, OutputStream stdout) throws IOException {
        long n = Long.parseLong(args[0]);
        List<String> flags = Arrays.asList(args).subList(2, args.length);
        boolean shuffled = flags.contains("shuffled");
        int hexDigits = flags.contains("ntlm") ? 32 : 40;
        if (args[1].equals("-")) {
            write(stdout, n, shuffled, SEED, hexDigits);
            stdout.flush();
        } else {
            write(Path.of(args[1]), n, shuffled, SEED, hexDigits);
        }
    }

    static void write(Path file, long n, boolean shuffled, long seed) throws IOException {
        write(file, n, shuffled, seed, 40);
    }

    /** The same, with {@code hexDigits} per hash: 40 for SHA-1, 32 for the HIBP NTLM file. */
    static void write(Path file, long n, boolean shuffled, long seed, int hexDigits) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            write(out, n, shuffled, seed, hexDigits);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes the lines to {@code out} in blocks (no further buffering needed); does not flush or close it. */
    static void write(OutputStream out, long n, boolean shuffled, long seed, int hexDigits) throws IOException {
        if (hexDigits != 32 && hexDigits != 40) {
            throw new IllegalArgumentException("hexDigits must be 32 or 40: " + hexDigits);
        }
        Lines lines = new Lines(out, seed, hexDigits);
        if (shuffled) {
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("shuffled output holds every hash in memory: N at most 2^31: " + n);
            }
            long[] prefixes = new long[(int) n];
            int[] fill = {0};
            sortedPrefixes(n, seed, p -> prefixes[fill[0]++] = p);
            int[] order = new int[(int) n];
            Arrays.setAll(order, i -> i);
            SplittableRandom random = new SplittableRandom(seed + 1);
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                lines.line(prefixes[i], i);
            }
        } else {
            long[] line = {0};
            sortedPrefixes(n, seed, p -> lines.line(p, line[0]++));
        }
        lines.flush();
    }

    /** Receives the 64-bit prefixes in ascending unsigned order. */
    @FunctionalInterface
    interface PrefixSink {
        void accept(long prefix) throws IOException;
    }

    /** The N sorted 64-bit prefixes of {@code seed}, in one pass (see the class comment). */
    static void sortedPrefixes(long n, long seed, PrefixSink sink) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("N must be at least 0: " + n);
        }
        int members = (int) Math.min(n, MEMBERS);
        long[] known = new long[members];
        SplittableRandom replay = new SplittableRandom(seed);
        for (int i = 0; i < members; i++) {
            known[i] = replay.nextLong() ^ Long.MIN_VALUE; // unsigned order via signed sort
        }
        Arrays.sort(known);
        long[] counts = bucketCounts(n - members, new SplittableRandom(seed + 3));
        SplittableRandom lows = new SplittableRandom(seed + 4);
        Sorter sorter = new Sorter();
        int k = 0;
        for (int b = 0; b < BUCKETS; b++) {
            int from = k;
            while (k < members && (int) ((known[k] ^ Long.MIN_VALUE) >>> 48) == b) {
                k++;
            }
            long c = counts[b] + (k - from);
            if (c > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many hashes for one bucket: N=" + n);
            }
            long[] bucket = sorter.reserve((int) c);
            int m = 0;
            for (int i = from; i < k; i++) {
                bucket[m++] = (known[i] ^ Long.MIN_VALUE) & LOW_48;
            }
            for (long i = counts[b]; i > 0; i--) {
                bucket[m++] = lows.nextLong() >>> 16;
            }
            long[] sorted = sorter.sort(m);
            long top = (long) b << 48;
            for (int i = 0; i < m; i++) {
                sink.accept(top | sorted[i]);
            }
        }
    }

    /** How many of {@code n} uniform 16-bit draws fall on each value (four draws per random long). */
    static long[] bucketCounts(long n, SplittableRandom random) {
        long[] counts = new long[BUCKETS];
        long i = n;
        for (; i >= 4; i -= 4) {
            long r = random.nextLong();
            counts[(int) (r >>> 48)]++;
            counts[(int) (r >>> 32) & 0xFFFF]++;
            counts[(int) (r >>> 16) & 0xFFFF]++;
            counts[(int) r & 0xFFFF]++;
        }
        for (; i > 0; i--) {
            counts[(int) (random.nextLong() >>> 48)]++;
        }
        return counts;
    }

    /**
     * Sorts one bucket of uniform 48-bit values in linear expected time: scatter into as many slots as values by
     * the leading bits, then insertion sort (each value moves only within its slot, one value per slot on average).
     */
    static final class Sorter {
        private long[] values = new long[1 << 10];
        private long[] out = new long[1 << 10];
        private int[] slots = new int[(1 << 10) + 1];

        long[] reserve(int c) {
            if (values.length < c) {
                int size = Math.max(c, values.length * 2);
                values = new long[size];
                out = new long[size];
                slots = new int[size + 1];
            }
            return values;
        }

        /** The first {@code m} reserved values, sorted (in a buffer valid until the next call). */
        long[] sort(int m) {
            if (m <= 32) {
                insertionSort(values, m);
                return values;
            }
            Arrays.fill(slots, 0, m + 1, 0);
            for (int i = 0; i < m; i++) {
                slots[slot(values[i], m) + 1]++;
            }
            for (int s = 1; s <= m; s++) {
                slots[s] += slots[s - 1];
            }
            for (int i = 0; i < m; i++) {
                out[slots[slot(values[i], m)]++] = values[i];
            }
            insertionSort(out, m);
            return out;
        }

        private static int slot(long value, int m) {
            return (int) ((value >>> 24) * m >>> 24);
        }

        private static void insertionSort(long[] a, int m) {
            for (int i = 1; i < m; i++) {
                long v = a[i];
                int j = i - 1;
                while (j >= 0 && a[j] > v) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        }
    }

    /** Formats lines into a block and writes whole blocks. */
    static final class Lines {
        private static final long GOLDEN = 0x9E3779B97F4A7C15L;
        private static final int POW2_BITS = 12;
        /** 2^(j / 4096) for j in 0..4096. */
        private static final double[] POW2 = new double[(1 << POW2_BITS) + 1];
        private static final double POW2_STEP = Math.scalb(1.0, POW2_BITS - 32);
        private static final byte[] DIGIT_PAIRS = new byte[200];

        static {
            for (int j = 0; j < POW2.length; j++) {
                POW2[j] = Math.pow(2, (double) j / (1 << POW2_BITS));
            }
            for (int i = 0; i < 100; i++) {
                DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
                DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
            }
        }
        private final OutputStream out;
        private final byte[] block = new byte[BLOCK];
        private final long tailSeed;
        private final boolean sha1;
        private int pos;

        Lines(OutputStream out, long seed, int hexDigits) {
            this.out = out;
            this.tailSeed = mix64(seed + 2);
            this.sha1 = hexDigits == 40;
        }

        /** Line {@code index} of the sorted output: its prefix, then 96 more random bits (64 for NTLM) and a count. */
        void line(long prefix, long index) throws IOException {
            if (pos > BLOCK - 64) {
                flushBlock();
            }
            long state = tailSeed + 2 * index * GOLDEN;
            long middle = mix64(state + GOLDEN);
            long last = mix64(state + 2 * GOLDEN);
            byte[] b = block;
            int p = pos;
            p = hex16(prefix, b, p);
            p = hex16(middle, b, p);
            if (sha1) {
                LONG_BE.set(b, p, hex8((int) (last >>> 32)));
                p += 8;
            }
            b[p++] = ':';
            p = decimal(count((int) last), b, p);
            b[p++] = '\r';
            b[p++] = '\n';
            pos = p;
        }

        /**
         * {@code 1 + floor(2^(20u))} for {@code u = r / 2^32} uniform in [0, 1): log-uniform counts from 2 to
         * 2<sup>20</sup> (the old generator's {@code 1 + (long) Math.pow(2, u * 20)}), with 2<sup>f</sup> for the
         * fractional part of the exponent from a table, linearly interpolated (relative error below 10<sup>-8</sup>).
         */
        static int count(int r) {
            long t = (r & 0xFFFFFFFFL) * 20; // the exponent 20u in 32.32 fixed point
            int e = (int) (t >>> 32);
            int f = (int) t;
            int j = f >>> (32 - POW2_BITS);
            double d = (f & ((1 << (32 - POW2_BITS)) - 1)) * POW2_STEP;
            double pow = POW2[j] + (POW2[j + 1] - POW2[j]) * d;
            return 1 + (int) (pow * (1 << e));
        }

        void flush() throws IOException {
            flushBlock();
            out.flush();
        }

        private void flushBlock() throws IOException {
            out.write(block, 0, pos);
            pos = 0;
        }

        private static int hex16(long v, byte[] b, int p) {
            LONG_BE.set(b, p, hex8((int) (v >>> 32)));
            LONG_BE.set(b, p + 8, hex8((int) v));
            return p + 16;
        }

        /** The 8 upper-case hex digits of {@code x}, as ASCII bytes in a big-endian long. */
        private static long hex8(int x) {
            long v = x & 0xFFFFFFFFL;
            v = (v | v << 16) & 0x0000FFFF0000FFFFL;
            v = (v | v << 8) & 0x00FF00FF00FF00FFL;
            v = (v | v << 4) & 0x0F0F0F0F0F0F0F0FL;
            long letters = (v + 0x0606060606060606L) >>> 4 & 0x0101010101010101L;
            return v + 0x3030303030303030L + letters * 7;
        }

        /** Writes {@code v} (0..9,999,999) in decimal, two digits at a time. */
        private static int decimal(int v, byte[] b, int p) {
            int digits = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10_000 ? 4 : v < 100_000 ? 5
                    : v < 1_000_000 ? 6 : 7;
            int i = p + digits;
            while (v >= 10) {
                int q = v / 100;
                int r = 2 * (v - 100 * q);
                b[--i] = DIGIT_PAIRS[r + 1];
                b[--i] = DIGIT_PAIRS[r];
                v = q;
            }
            if (i > p) {
                b[--i] = (byte) ('0' + v);
            }
            return p + digits;
        }

        /** SplittableRandom's output function (Stafford's variant 13): line {@code i}'s bits need no stream state. */
        private static long mix64(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
