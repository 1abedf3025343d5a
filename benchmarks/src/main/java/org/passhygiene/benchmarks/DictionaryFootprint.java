package org.passhygiene.benchmarks;

import java.lang.ref.Reference;
import java.util.List;
import java.util.Random;
import org.passhygiene.dictionary.WordFinder;
import org.passhygiene.dictionary.WordFinders;

/**
 * Questions JMH answers badly: how long does a word list take to compile (cold and warm), how much heap does the
 * compiled engine keep, and what share of random 12-char passwords does each shipped list reject (over-rejection is
 * a usability cost)? A plain main, single shot:
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar org.passhygiene.benchmarks.DictionaryFootprint
 * java -Xmx256m -Dpasshygiene.words=/usr/share/dict/british-english-insane \
 *     -cp benchmarks/target/benchmarks.jar org.passhygiene.benchmarks.DictionaryFootprint
 * </pre>
 */
public final class DictionaryFootprint {

    private DictionaryFootprint() {
    }

    public static void main(String[] args) {
        String[] words = DictionaryBenchmark.loadWords();
        List<String> list = List.of(words);
        System.out.printf("words (folded, >= 4 chars, distinct): %d%n", words.length);
        long before = usedHeap();
        WordFinder kept = null;
        for (int round = 1; round <= 6; round++) {
            kept = null;
            long t = System.nanoTime();
            kept = WordFinders.compile(list, DictionaryBenchmark.MIN_WORD_LENGTH, true, true);
            System.out.printf("build %d (leet, reversed): %d ms%n", round, (System.nanoTime() - t) / 1_000_000);
        }
        long retained = usedHeap() - before;
        System.out.printf("heap retained by the engine: %.1f MB (%d words)%n", retained / 1e6, words.length);
        long t = System.nanoTime();
        kept.containsWord(new char[] {'x'}, 1); // builds containsWord's own tables, on its first call
        long firstCall = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("... once containsWord has run: %.1f MB (its first call %d ms)%n",
                (usedHeap() - before) / 1e6, firstCall);
        Reference.reachabilityFence(kept); // the engine stays reachable until the heap is measured

        if (System.getProperty("passhygiene.words") == null) {
            Random random = new Random(42);
            char[][] passwords = new char[100_000][12];
            String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
            for (char[] p : passwords) {
                for (int i = 0; i < p.length; i++) {
                    p[i] = alphabet.charAt(random.nextInt(alphabet.length()));
                }
            }
            for (String name : new String[] {"en-gb.txt", "first-names.txt", "uk-places.txt", "surnames.txt"}) {
                System.setProperty("passhygiene.only", name);
                WordFinder one = WordFinders.compile(List.of(DictionaryBenchmark.loadWords()),
                        DictionaryBenchmark.MIN_WORD_LENGTH, true, true);
                int rejected = 0;
                for (char[] p : passwords) {
                    rejected += one.containsWord(p, p.length) ? 1 : 0;
                }
                System.out.printf("%-16s rejects %.2f%% of random 12-char passwords%n", name,
                        100.0 * rejected / passwords.length);
            }
            System.clearProperty("passhygiene.only");
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
