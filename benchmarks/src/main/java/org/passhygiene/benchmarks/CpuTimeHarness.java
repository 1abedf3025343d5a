package org.passhygiene.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * A/B checks on a loaded machine: JMH's average time is wall time, which on a shared 2-core machine includes the
 * time other processes hold the core. This measures the benchmark thread's own CPU time per operation
 * ({@link ThreadMXBean#getCurrentThreadCpuTime}) over rounds of a fixed number of calls, after a warm-up, and prints
 * the rounds and their median. Cache pollution by the other processes still counts; scheduling does not.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.passhygiene.benchmarks.CpuTimeHarness 12 random ours,passayTernaryTree
 * </pre>
 */
public final class CpuTimeHarness {

    private CpuTimeHarness() {
    }

    public static void main(String[] args) {
        DictionaryBenchmark bench = new DictionaryBenchmark();
        bench.length = Integer.parseInt(args[0]);
        bench.passwords = args[1];
        bench.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String method : args[2].split(",")) {
            BooleanSupplier op = switch (method) {
                case "ours" -> bench::ours;
                case "oursLeetOff" -> bench::oursLeetOff;
                case "oursGuessable" -> bench::oursGuessable;
                case "passayTernaryTree" -> bench::passayTernaryTree;
                default -> throw new IllegalArgumentException(method);
            };
            long calls = 1;
            long sink = 0;
            // Warm-up: at least 3 s of calls; size the round to about 0.5 s.
            long warmEnd = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < warmEnd) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (long i = 0; i < calls; i++) {
                    sink += op.getAsBoolean() ? 1 : 0;
                }
                long t = mx.getCurrentThreadCpuTime() - t0;
                if (t < 500_000_000L) {
                    calls *= 2;
                }
            }
            double[] rounds = new double[7];
            for (int r = 0; r < rounds.length; r++) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (long i = 0; i < calls; i++) {
                    sink += op.getAsBoolean() ? 1 : 0;
                }
                rounds[r] = (double) (mx.getCurrentThreadCpuTime() - t0) / calls;
            }
            double[] sorted = rounds.clone();
            Arrays.sort(sorted);
            StringBuilder sb = new StringBuilder();
            for (double x : rounds) {
                sb.append(String.format(" %.1f", x));
            }
            System.out.printf("%s length=%s %s: median %.1f ns CPU/op; rounds%s (sink %d)%n", method, args[0], args[1],
                    sorted[rounds.length / 2], sb, sink & 1);
        }
    }
}
