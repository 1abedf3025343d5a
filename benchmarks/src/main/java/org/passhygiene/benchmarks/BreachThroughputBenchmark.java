package org.passhygiene.benchmarks;

import java.io.IOException;
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

/**
 * Does breach-lookup throughput scale across cores? Lookups per second with 1 and with 2 threads, for our index,
 * the Lithnet layout and DSInternals' sorted-text search, same data and probes as {@link BreachLookupBenchmark}
 * (whose setup this shares: one mapped index, one mapped Lithnet file, one text file for all threads), same run.
 * Each thread walks the 4,096 probes from its own starting point.
 *
 * <pre>
 * java -Xmx3g -Dbreach.bench.dir=/work/bench-breach -jar benchmarks/target/benchmarks.jar BreachThroughputBenchmark \
 *     -p n=10000000 -f 1 -wi 2 -w 2s -i 3 -r 3s
 * </pre>
 * The methods ending in {@code 2} run with two threads: the scaling ratio is their score over the {@code 1} method's.
 * No Bloom filter here (it is a separate state of {@link BreachLookupBenchmark}, built only for its methods). At 1 B
 * hashes, import the index first and prepare the text and Lithnet rows outside JMH, so each fork's setup only opens
 * files and reads 2,048 lines:
 * <pre>
 * java -cp benchmarks.jar org.passhygiene.benchmarks.SyntheticBreachCorpus 1000000000 - \
 *     | java -jar passhygiene.jar breach import - --out DIR/sha1-1000000000.phbi
 * java -Xmx3g -Dbreach.bench.dir=DIR -cp benchmarks.jar org.passhygiene.benchmarks.BreachBenchData 1000000000
 * java -Xmx3g -Dbreach.bench.dir=DIR -jar benchmarks.jar BreachThroughputBenchmark -p n=1000000000 ...
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class BreachThroughputBenchmark {

    /** The shared data: {@link BreachLookupBenchmark}'s setup, once per trial. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param("10000000")
        public int n;

        BreachLookupBenchmark lookups;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            lookups = new BreachLookupBenchmark();
            lookups.n = n;
            lookups.setUp();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            lookups.tearDown();
        }
    }

    @Benchmark
    @Threads(1)
    public boolean index1(Data d, ThreadCursor c) {
        return d.lookups.openIndex().lookup(d.lookups.probe(c.next++)).found();
    }

    @Benchmark
    @Threads(2)
    public boolean index2(Data d, ThreadCursor c) {
        return d.lookups.openIndex().lookup(d.lookups.probe(c.next++)).found();
    }

    @Benchmark
    @Threads(1)
    public boolean lithnetSharded1(Data d, ThreadCursor c) {
        return d.lookups.lithnetSearch(d.lookups.probe(c.next++));
    }

    @Benchmark
    @Threads(2)
    public boolean lithnetSharded2(Data d, ThreadCursor c) {
        return d.lookups.lithnetSearch(d.lookups.probe(c.next++));
    }

    @Benchmark
    @Threads(1)
    public boolean textBinarySearch1(Data d, ThreadCursor c) {
        return d.lookups.textSearch(d.lookups.probe(c.next++));
    }

    @Benchmark
    @Threads(2)
    public boolean textBinarySearch2(Data d, ThreadCursor c) {
        return d.lookups.textSearch(d.lookups.probe(c.next++));
    }
}
