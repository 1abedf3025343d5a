package org.passhygiene.benchmarks;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.HashKind;
import org.passhygiene.crypto.PasswordHashes;

/**
 * How fast is one breach lookup in our index, compared with the other ways of storing the same corpus?
 *
 * <p>Same N synthetic SHA-1 hashes ({@link SyntheticBreachCorpus}), same probes (half members, half random
 * non-members), same run:
 * <ul>
 *   <li>{@code index}: our memory-mapped {@link BreachIndex} (5 bytes/hash, FP 1e-9).</li>
 *   <li>{@code bloom}: Guava {@code BloomFilter} at FPP 1e-3 on the heap, which is what Passay's old
 *       {@code BloomFilterDictionary} wrapped (Passay 2.0.0 no longer ships that class). Built (one more pass over
 *       the text) only when a {@code bloom*} method runs, and only for n &le; 100 M unless
 *       {@code -Dbreach.bench.bloom=true}.</li>
 *   <li>{@code textBinarySearch}: DSInternals' method: binary search by byte offset in the sorted HIBP text file
 *       (positional read, back up to the previous newline, compare).</li>
 *   <li>{@code lithnetSharded}: Lithnet's layout ({@link LithnetLayout}): 65,536 shards by the first 2 bytes,
 *       sorted 14-byte rows (the first 16 bytes of the hash minus the implied 2), binary search; mapped here in
 *       segments of whole shards (Lithnet seeks a file).</li>
 * </ul>
 * Warm lookups of precomputed hashes, and end-to-end checks of a {@code char[]} password (SHA-1 + lookup).
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests
 * java -Xmx3g -jar benchmarks/target/benchmarks.jar BreachLookupBenchmark -p n=10000000 -f 1 -wi 2 -w 2s -i 3 -r 3s
 * </pre>
 * Data is generated on first use into {@code -Dbreach.bench.dir} (default {@code $TMPDIR/passhygiene-bench}):
 * the sorted text {@code sha1-N.txt}, the index {@code sha1-N.phbi} (built from the text if missing; at 1 B import it
 * beforehand with {@code breach import -}), and the Lithnet rows {@code sha1-N.lithnet14} + {@code .offsets} (14 bytes
 * per hash, written in one pass over the text when missing). When all three exist the setup reads no whole file:
 * member probes are the lines at 2,048 evenly spaced offsets of the text, the other half random hashes; all three
 * methods must agree on every probe (the {@code [breach] ... agree on} line).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class BreachLookupBenchmark {

    private static final int PROBES = 4096;

    @Param("10000000")
    public int n;

    private BreachIndex index;
    private FileChannel text;
    private long textSize;
    private LithnetLayout lithnet;
    private final byte[][] probes = new byte[PROBES][];
    private final char[][] passwords = new char[PROBES][];
    private int next;

    /**
     * The Bloom filter, a state of its own so that JMH builds it only when a {@code bloom*} method runs (it takes a
     * pass over the whole text and ~2 bytes of heap per hash). Refused above {@link #BLOOM_MAX_N} hashes unless
     * {@code -Dbreach.bench.bloom=true}.
     */
    @State(Scope.Benchmark)
    public static class BloomData {
        BloomFilter<byte[]> bloom;

        @Setup(Level.Trial)
        public void setUp(BreachLookupBenchmark b) throws IOException {
            if (b.n > BLOOM_MAX_N && !Boolean.getBoolean("breach.bench.bloom")) {
                throw new IllegalStateException("no Bloom filter above " + BLOOM_MAX_N + " hashes (heap, fill time):"
                        + " leave out the bloom methods or pass -Dbreach.bench.bloom=true");
            }
            System.gc();
            long heapBefore = usedHeap();
            BloomFilter<byte[]> filter = BloomFilter.create(Funnels.byteArrayFunnel(), b.n, 1e-3);
            BreachBenchData.scanHashes(BreachBenchData.corpus(b.n, false), filter::put);
            System.gc();
            long bloomHeap = usedHeap() - heapBefore;
            long agree = Arrays.stream(b.probes).filter(h -> !b.index.lookup(h).found() || filter.mightContain(h))
                    .count();
            System.out.printf("%n[breach] Bloom heap %.1f MB (%.2f bytes/hash); no false negative on %d of %d probes%n",
                    bloomHeap / 1e6, (double) bloomHeap / b.n, agree, PROBES);
            bloom = filter;
        }
    }

    /** Above this many hashes the Bloom filter is not built unless {@code -Dbreach.bench.bloom=true}. */
    static final int BLOOM_MAX_N = 100_000_000;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path corpus = BreachBenchData.corpus(n, false);
        Path indexFile = corpus.resolveSibling("sha1-" + n + ".phbi");
        if (!Files.exists(indexFile)) {
            System.err.println("[breach] building " + indexFile);
            BreachIndex.builder(HashKind.SHA1).addHashes(corpus).build(indexFile);
        }
        index = BreachIndex.open(indexFile);
        text = FileChannel.open(corpus, StandardOpenOption.READ);
        textSize = text.size();

        Path lithnetFile = BreachBenchData.lithnet(n);
        lithnet = LithnetLayout.open(lithnetFile, LithnetLayout.maxSegmentBytes());
        SplittableRandom random = new SplittableRandom(7);
        int members = BreachBenchData.sampleHashes(text, textSize, probes, PROBES / 2);
        for (int p = members; p < PROBES; p++) {
            byte[] h = new byte[20];
            random.nextBytes(h);
            probes[p] = h;
        }
        shuffle(probes, random);
        for (int p = 0; p < PROBES; p++) {
            passwords[p] = ("Summer" + (2000 + p) + "!x").toCharArray();
        }
        long found = Arrays.stream(probes).filter(h -> index.lookup(h).found()).count();
        long agree = Arrays.stream(probes).filter(h -> index.lookup(h).found() == textSearch(h)
                && textSearch(h) == lithnetSearch(h)).count();
        System.out.printf("%n[breach] n=%d probes found=%d/%d (%d members), index/text/lithnet agree on %d;"
                        + " bytes/hash: index %.3f, text %.1f, lithnet %.1f (%d mapped segments);"
                        + " index heap 0 (mapped %d MB)%n",
                n, found, PROBES, members, agree, (double) Files.size(indexFile) / n, (double) textSize / n,
                (double) Files.size(lithnetFile) / n, lithnet.segmentCount(), Files.size(indexFile) >> 20);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
        text.close();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void shuffle(byte[][] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            byte[] t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private byte[] probe() {
        return probes[next++ & (PROBES - 1)];
    }

    /** Probe {@code i} (mod the probe count), for benchmarks that share this setup across threads. */
    byte[] probe(int i) {
        return probes[i & (PROBES - 1)];
    }

    /** Our index, for benchmarks that share this setup. */
    BreachIndex openIndex() {
        return index;
    }

    @Benchmark
    public boolean index() {
        return index.lookup(probe()).found();
    }

    @Benchmark
    public boolean bloom(BloomData b) {
        return b.bloom.mightContain(probe());
    }

    @Benchmark
    public boolean textBinarySearch() {
        return textSearch(probe());
    }

    @Benchmark
    public boolean lithnetSharded() {
        return lithnetSearch(probe());
    }

    @Benchmark
    public boolean indexCheckPassword() {
        return index.check(passwords[next++ & (PROBES - 1)]).found();
    }

    @Benchmark
    public boolean bloomCheckPassword(BloomData b) {
        return b.bloom.mightContain(PasswordHashes.sha1(passwords[next++ & (PROBES - 1)]));
    }

    @Benchmark
    public byte[] sha1Only() {
        return PasswordHashes.sha1(passwords[next++ & (PROBES - 1)]);
    }

    /** DSInternals: binary search on byte offsets of the sorted text; each probe reads 64 bytes at a position. */
    boolean textSearch(byte[] hash) {
        byte[] hex = new byte[40];
        for (int i = 0; i < 20; i++) {
            hex[2 * i] = "0123456789ABCDEF".getBytes()[(hash[i] >> 4) & 0xF];
            hex[2 * i + 1] = "0123456789ABCDEF".getBytes()[hash[i] & 0xF];
        }
        try {
            return BreachBenchData.sortedFileContains(text, textSize, ByteBuffer.allocate(128), hex);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lithnet: shard by the first two bytes, binary search over sorted 14-byte rows ({@link LithnetLayout}). */
    boolean lithnetSearch(byte[] hash) {
        return lithnet.contains(hash);
    }
}
