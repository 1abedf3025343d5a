package org.passhygiene.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Pwned Passwords SHA-1 file: {@code N} random hashes, sorted, {@code HASH:COUNT} CRLF lines like
 * the HIBP single-file download (about 45 bytes per line), so breach benchmarks are reproducible without the real
 * 38 GB download. Deterministic for a given N and seed. The generator sorts the first 64 bits of each hash in memory
 * (8 bytes per hash) and draws the remaining 96 bits on output.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.passhygiene.benchmarks.SyntheticBreachCorpus 10000000 /tmp/sha1-10M.txt
 * java -Xmx2g ...                                                                             100000000 /tmp/sha1-100M.txt
 * # 1 B hashes: 8 GB of heap for the sort and 45 GB of disk:
 * java -Xmx10g ...                                                                           1000000000 /tmp/sha1-1B.txt
 * </pre>
 * Append {@code shuffled} for the same hashes in random order (for unsorted-import runs) and {@code ntlm} for the
 * HIBP NTLM form (32 hex digits per hash, same lines otherwise), to a file or to standard output.
 *
 * <p>With {@code -} as the file the same lines go to standard output, for {@code breach import -} without the text
 * on disk; sorted output is then made in chunks of at most 2<sup>26</sup> hashes (one pass of the generator's
 * random stream per chunk, 8 bytes of heap per hash in the chunk), so 1 B hashes need {@code -Xmx1g}, not 10 GB:
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.passhygiene.benchmarks.SyntheticBreachCorpus 1000000000 - \
 *     | java -Xmx400m -jar cli/target/passhygiene.jar breach import - --out sha1-1B.phbi --memory 128m
 * </pre>
 */
public final class SyntheticBreachCorpus {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SyntheticBreachCorpus() {
    }

    /** Most hashes sorted at once when streaming sorted output ({@code -Dsynthetic.chunk=N} to change). */
    static final int CHUNK = Integer.getInteger("synthetic.chunk", 1 << 26);
    private static final long SEED = 20240601L;

    public static void main(String[] args) throws IOException {
        run(args, new java.io.FileOutputStream(java.io.FileDescriptor.out));
    }

    /** {@link #main} with standard output as {@code stdout}: {@code N FILE|- [shuffled] [ntlm]}. */
    static void run(String[] args, OutputStream stdout) throws IOException {
        long n = Long.parseLong(args[0]);
        java.util.List<String> flags = Arrays.asList(args).subList(2, args.length);
        boolean shuffled = flags.contains("shuffled");
        int hexDigits = flags.contains("ntlm") ? 32 : 40;
        if (args[1].equals("-")) {
            OutputStream out = new BufferedOutputStream(stdout, 1 << 20);
            if (shuffled || n <= CHUNK) {
                writeLines(out, prefixes((int) n, SEED), shuffled, SEED, hexDigits);
            } else {
                writeSortedInChunks(out, n, SEED, hexDigits);
            }
            out.flush();
            return;
        }
        write(Path.of(args[1]), (int) n, shuffled, SEED, hexDigits);
    }

    /**
     * The same lines as {@link #write(Path, int, boolean, long, int)} unshuffled, sorted chunk by chunk: a first
     * pass over the random stream counts the hashes per top 16 bits, consecutive counts are grouped into chunks of at
     * most {@link #CHUNK}, and each chunk replays the stream keeping its own range.
     */
    static void writeSortedInChunks(OutputStream out, long n, long seed, int hexDigits) throws IOException {
        long[] histogram = new long[1 << 16];
        SplittableRandom random = new SplittableRandom(seed);
        for (long i = 0; i < n; i++) {
            histogram[(int) (random.nextLong() >>> 48)]++;
        }
        SplittableRandom tail = new SplittableRandom(seed + 2);
        byte[] line = new byte[64];
        int from = 0;
        while (from < histogram.length) {
            int to = from;
            long size = 0;
            while (to < histogram.length && (size + histogram[to] <= CHUNK || to == from)) {
                size += histogram[to++];
            }
            long[] chunk = new long[(int) size];
            int k = 0;
            random = new SplittableRandom(seed);
            for (long i = 0; i < n; i++) {
                long v = random.nextLong();
                int top = (int) (v >>> 48);
                if (top >= from && top < to) {
                    chunk[k++] = v ^ Long.MIN_VALUE;
                }
            }
            Arrays.sort(chunk);
            for (long v : chunk) {
                writeLine(out, v ^ Long.MIN_VALUE, tail, line, hexDigits);
            }
            from = to;
        }
    }

    /** The sorted first 64 bits of the N hashes of {@code seed}. */
    static long[] prefixes(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] prefixes = new long[n];
        for (int i = 0; i < n; i++) {
            prefixes[i] = random.nextLong();
        }
        for (int i = 0; i < n; i++) {
            prefixes[i] ^= Long.MIN_VALUE; // sort unsigned via signed sort
        }
        Arrays.parallelSort(prefixes);
        for (int i = 0; i < n; i++) {
            prefixes[i] ^= Long.MIN_VALUE;
        }
        return prefixes;
    }

    static void write(Path file, int n, boolean shuffled, long seed) throws IOException {
        write(file, n, shuffled, seed, 40);
    }

    /**
     * The same, with {@code hexDigits} per hash: 40 for SHA-1, 32 for the HIBP NTLM file (the first 64 bits sorted,
     * the rest random).
     */
    static void write(Path file, int n, boolean shuffled, long seed, int hexDigits) throws IOException {
        long[] prefixes = prefixes(n, seed);
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20)) {
            writeLines(out, prefixes, shuffled, seed, hexDigits);
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeLines(OutputStream out, long[] prefixes, boolean shuffle, long seed, int hexDigits)
            throws IOException {
        if (shuffle) {
            SplittableRandom random = new SplittableRandom(seed + 1);
            for (int i = prefixes.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                long t = prefixes[i];
                prefixes[i] = prefixes[j];
                prefixes[j] = t;
            }
        }
        SplittableRandom tail = new SplittableRandom(seed + 2);
        byte[] line = new byte[64];
        for (long prefix : prefixes) {
            writeLine(out, prefix, tail, line, hexDigits);
        }
    }

    private static void writeLine(OutputStream out, long prefix, SplittableRandom tail, byte[] line, int hexDigits)
            throws IOException {
        int pos = hex(prefix, 16, line, 0);
        pos = hex(tail.nextLong(), 16, line, pos);
        long last = tail.nextLong() >>> 32;
        if (hexDigits == 40) {
            pos = hex(last, 8, line, pos);
        }
        line[pos++] = ':';
        long count = 1 + (long) Math.pow(2, tail.nextDouble() * 20);
        String c = Long.toString(count);
        for (int k = 0; k < c.length(); k++) {
            line[pos++] = (byte) c.charAt(k);
        }
        line[pos++] = '\r';
        line[pos++] = '\n';
        out.write(line, 0, pos);
    }

    private static int hex(long v, int digits, byte[] out, int pos) {
        for (int i = digits - 1; i >= 0; i--) {
            out[pos++] = HEX[(int) (v >>> (4 * i)) & 0xF];
        }
        return pos;
    }
}
