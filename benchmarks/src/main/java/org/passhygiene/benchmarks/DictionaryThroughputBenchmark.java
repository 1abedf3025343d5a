package org.passhygiene.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Does the word engine scale across cores? Checks per second of {@link DictionaryBenchmark}'s {@code ours} (leet and
 * reversal on) and of Passay's {@code DictionarySubstringRule} over {@code TernaryTreeDictionary}, with 1 and 2
 * threads sharing one compiled finder, same words and passwords as {@link DictionaryBenchmark}, same run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DictionaryThroughputBenchmark -f 1 -wi 2 -w 1 -i 3 -r 2
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class DictionaryThroughputBenchmark {

    /** One compiled finder and one password set for all threads. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param("12")
        public int length;

        @Param({"random", "word"})
        public String passwords;

        DictionaryBenchmark bench;

        @Setup(Level.Trial)
        public void setUp() {
            bench = new DictionaryBenchmark();
            bench.length = length;
            bench.passwords = passwords;
            bench.setUp();
        }
    }

    private static boolean ours(Data d, ThreadCursor c) {
        char[] p = d.bench.password(c.next++);
        return d.bench.oursFinder().containsWord(p, p.length);
    }

    @Benchmark
    @Threads(1)
    public boolean ours1(Data d, ThreadCursor c) {
        return ours(d, c);
    }

    @Benchmark
    @Threads(2)
    public boolean ours2(Data d, ThreadCursor c) {
        return ours(d, c);
    }

    @Benchmark
    @Threads(1)
    public boolean passayTernaryTree1(Data d, ThreadCursor c) {
        return d.bench.passayTernaryTree(c.next++);
    }

    @Benchmark
    @Threads(2)
    public boolean passayTernaryTree2(Data d, ThreadCursor c) {
        return d.bench.passayTernaryTree(c.next++);
    }
}
