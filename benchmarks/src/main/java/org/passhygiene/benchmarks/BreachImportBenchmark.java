package org.passhygiene.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.passhygiene.breach.ImportSummary;

/**
 * How many HIBP lines per second does an import take, from a sorted file (one streaming pass) and from the same
 * hashes shuffled (external sort, default 1 GiB cap)? Single-shot: one import of N lines per iteration; lines/s =
 * N / time (also printed per import).
 *
 * <pre>
 * java -Xmx3g -jar benchmarks/target/benchmarks.jar BreachImportBenchmark -p n=10000000 -f 1 -wi 1 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class BreachImportBenchmark {

    @Param("10000000")
    public int n;

    @Param({"sorted", "unsorted"})
    public String input;

    private Path corpus;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = BreachBenchData.corpus(n, input.equals("unsorted"));
        out = BreachBenchData.dir().resolve("import-" + input + "-" + n + ".phbi");
    }

    @Benchmark
    public ImportSummary importCorpus() throws IOException {
        ImportSummary s = BreachIndex.builder(HashKind.SHA1).addHashes(corpus).build(out);
        System.out.printf("%n[import] %s n=%d: %.2f M lines/s, %.3f bytes/hash, runs=%d, sorted=%s%n", input, n,
                s.linesPerSecond() / 1e6, (double) Files.size(out) / s.entries(), s.runs(), s.sorted());
        return s;
    }
}
