package org.passhygiene.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.passhygiene.breach.BreachIndex;

/**
 * Warm lookups in an existing index of {@link SyntheticBreachCorpus} hashes, e.g. the 1 B-hash index built by
 * {@code SyntheticBreachCorpus N - | passhygiene breach import -}, without the 45 GB text the comparison benchmarks
 * need. Probes ({@code probeCount}, default 4,096): half members (the first 64 bits of a synthetic hash are the
 * generator's first {@code nextLong()} values, whatever order it writes them in, and they decide the fingerprint;
 * the index must hold at least {@code probeCount / 2} hashes) and half random hashes, interleaved.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IndexFileLookupBenchmark -p index=/data/sha1-1000000000.phbi \
 *     -f 1 -wi 2 -w 2s -i 3 -r 3s [-p probeCount=1048576]
 * </pre>
 * {@code lookup} is ns/op; {@code lookup1}/{@code lookup2} are lookups per second with 1 and 2 threads.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class IndexFileLookupBenchmark {

    @Param("")
    public String index;

    /**
     * Probe hashes, a power of two, half of them members. 4,096 touch a few MB of index lines, which mostly stay in
     * the caches between rounds; 1048576 spreads the probes over far more lines than the last-level cache holds, so
     * each lookup pays its memory misses.
     */
    @Param("4096")
    public int probeCount;

    private BreachIndex open;
    private byte[][] probes;
    private int probeMask;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (probeCount <= 0 || Integer.bitCount(probeCount) != 1) {
            throw new IllegalArgumentException("probeCount must be a power of two: " + probeCount);
        }
        probes = new byte[probeCount][20];
        probeMask = probeCount - 1;
        open = BreachIndex.open(Path.of(index));
        SplittableRandom members = new SplittableRandom(20240601L);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < probeCount; i++) {
            random.nextBytes(probes[i]);
            if (i % 2 == 0) {
                long prefix = members.nextLong();
                for (int b = 0; b < 8; b++) {
                    probes[i][b] = (byte) (prefix >>> (56 - 8 * b));
                }
            }
        }
        int found = 0;
        for (byte[] p : probes) {
            found += open.lookup(p).found() ? 1 : 0;
        }
        System.out.printf("%n[index] %s: %,d entries, %.3f bytes/hash, probes found %,d/%,d (%,d members)%n", index,
                open.info().entryCount(), open.info().bytesPerHash(), found, probeCount, probeCount / 2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        open.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public boolean lookup(ThreadCursor c) {
        return open.lookup(probes[c.next++ & probeMask]).found();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public boolean lookup1(ThreadCursor c) {
        return open.lookup(probes[c.next++ & probeMask]).found();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public boolean lookup2(ThreadCursor c) {
        return open.lookup(probes[c.next++ & probeMask]).found();
    }
}
