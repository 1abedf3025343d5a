package org.passhygiene.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
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
import org.openjdk.jmh.annotations.Warmup;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.HashKind;

/**
 * Cold start: how long from opening a breach index in a new JVM to the answers of the first 10,000 random lookups?
 * Single shot per fork (each fork is a new JVM: nothing loaded, nothing compiled). {@code cache=warm}: the index file
 * is in the page cache; {@code cache=cold}: its pages are dropped first ({@code dd iflag=nocache count=0}, i.e.
 * {@code posix_fadvise(DONTNEED)} on that one file), so each lookup may fault a page in from disk.
 *
 * <pre>
 * java -Dbreach.bench.dir=/work/bench-breach -jar benchmarks/target/benchmarks.jar ColdStartBenchmark \
 *     -p n=10000000 -f 5
 * java ... ColdStartBenchmark -p index=/path/to/sha1-1B.phbi -f 5    # an existing index
 * </pre>
 * The time includes {@link BreachIndex#open} (header and shard-table checks) and closing it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

    static final int LOOKUPS = 10_000;

    @Param("10000000")
    public int n;

    /** An existing index file to use instead of the synthetic one of {@code n} hashes. */
    @Param("")
    public String index;

    @Param({"warm", "cold"})
    public String cache;

    private Path file;
    private final byte[][] hashes = new byte[LOOKUPS][20];

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        if (!index.isEmpty()) {
            file = Path.of(index);
        } else {
            Path corpus = BreachBenchData.corpus(n, false);
            file = corpus.resolveSibling("sha1-" + n + ".phbi");
            if (!Files.exists(file)) {
                BreachIndex.builder(HashKind.SHA1).addHashes(corpus).build(file);
            }
        }
        SplittableRandom random = new SplittableRandom(System.nanoTime());
        for (byte[] h : hashes) {
            random.nextBytes(h);
        }
        if (cache.equals("cold")) {
            Process dd = new ProcessBuilder("dd", "if=" + file, "iflag=nocache", "count=0", "status=none")
                    .inheritIO().start();
            if (dd.waitFor() != 0) {
                throw new IOException("dd could not drop the page cache of " + file);
            }
        } else {
            try (BreachIndex warm = BreachIndex.open(file)) {
                warm.verify(); // reads every page
            }
        }
    }

    @Benchmark
    public int openAndLookUp10k() throws IOException {
        int found = 0;
        try (BreachIndex i = BreachIndex.open(file)) {
            for (byte[] h : hashes) {
                found += i.lookup(h).found() ? 1 : 0;
            }
        }
        return found;
    }
}
