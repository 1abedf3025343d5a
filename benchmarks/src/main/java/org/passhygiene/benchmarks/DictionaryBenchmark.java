package org.passhygiene.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.passay.PasswordData;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.TernaryTreeDictionary;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionarySubstringRule;
import org.passhygiene.dictionary.GuessEstimator;
import org.passhygiene.dictionary.TextFolding;
import org.passhygiene.dictionary.WordFinder;
import org.passhygiene.dictionary.WordFinders;

/**
 * Question: how much faster is our word engine ({@link WordFinder#containsWord} of the finder
 * {@link WordFinders#compile} gives a policy, the word automaton) than Passay 2.0's {@code DictionarySubstringRule}
 * (over {@code TernaryTreeDictionary} and over a case-insensitive {@code WordListDictionary}) at telling whether a
 * password contains a dictionary word, for random and word-bearing passwords of 8 to 64 chars?
 *
 * <p>Same word list (the shipped en-gb, first-names, uk-places and surnames lists, folded, at least 4 chars; or the
 * file named by {@code -Dpasshygiene.words=}), same passwords (fixed seed), same run. Ours is measured with leet and
 * reversal on (what the policy uses) and off (like for like with Passay, which knows neither).
 *
 * <pre>
 * ./mvnw -B -ntp -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar DictionaryBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1
 * java -jar benchmarks/target/benchmarks.jar 'DictionaryBenchmark.ours' -f 1 -wi 3 -i 3 -w 1 -r 1 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class DictionaryBenchmark {

    private static final String[] SHIPPED = {"en-gb.txt", "first-names.txt", "uk-places.txt", "surnames.txt"};
    private static final String RESOURCES = "org/passhygiene/dictionaries/";
    /** Printable ASCII minus space: what a random-password generator or a keyboard-masher produces. */
    private static final String ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final int PASSWORDS = 1024;
    /** The policy default ({@code min-word-length: 4}); the list is already folded to words of at least 4 chars. */
    static final int MIN_WORD_LENGTH = 4;

    @Param({"8", "12", "20", "64"})
    int length;

    /** {@code random}: uniformly random chars; {@code word}: one random list word (4 to 8 chars) at a random place. */
    @Param({"random", "word"})
    String passwords;

    private WordFinder ours;
    private WordFinder oursPlain;
    private GuessEstimator oursGuessable;
    private DictionarySubstringRule passayTernary;
    private DictionarySubstringRule passayWordList;
    private char[][] chars;
    private String[] strings;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        String[] words = loadWords();
        ours = WordFinders.compile(List.of(words), MIN_WORD_LENGTH, true, true);
        oursPlain = WordFinders.compile(List.of(words), MIN_WORD_LENGTH, false, false);
        // Every word priced as a word of the whole list (no rank file needed): the cost is the search, not the rank.
        oursGuessable = new GuessEstimator(ours, w -> words.length, true);
        ArrayWordList list = new ArrayWordList(words.clone(), false, new ArraysSort());
        passayTernary = new DictionarySubstringRule(new TernaryTreeDictionary(list));
        passayWordList = new DictionarySubstringRule(new WordListDictionary(list));

        Random random = new Random(42);
        chars = new char[PASSWORDS][];
        strings = new String[PASSWORDS];
        List<String> shortWords = new ArrayList<>();
        for (String w : words) {
            if (w.length() <= Math.min(8, length)) {
                shortWords.add(w);
            }
        }
        for (int i = 0; i < PASSWORDS; i++) {
            char[] p = new char[length];
            for (int j = 0; j < length; j++) {
                p[j] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            if (passwords.equals("word")) {
                String w = shortWords.get(random.nextInt(shortWords.size()));
                w.getChars(0, w.length(), p, random.nextInt(length - w.length() + 1));
            }
            chars[i] = p;
            strings[i] = new String(p);
        }
    }

    /** Password {@code i} (mod the password count), for benchmarks that share this setup across threads. */
    char[] password(int i) {
        return chars[i & (PASSWORDS - 1)];
    }

    /** Our finder with leet and reversal on, for benchmarks that share this setup. */
    WordFinder oursFinder() {
        return ours;
    }

    /** Passay's rule over {@code TernaryTreeDictionary}, for benchmarks that share this setup. */
    boolean passayTernaryTree(int i) {
        return passayTernary.validate(new PasswordData(strings[i & (PASSWORDS - 1)])).isValid();
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) & (PASSWORDS - 1);
        return i;
    }

    @Benchmark
    public boolean ours() {
        char[] p = chars[nextIndex()];
        return ours.containsWord(p, p.length);
    }

    @Benchmark
    public boolean oursLeetOff() {
        char[] p = chars[nextIndex()];
        return oursPlain.containsWord(p, p.length);
    }

    /**
     * The whole guessable-mode judgement ({@code dictionary-match: guessable}, aup's default): every word occurrence,
     * every pattern, the cheapest explanation. Not like for like with Passay (which answers only "any word?").
     */
    @Benchmark
    public boolean oursGuessable() {
        char[] p = chars[nextIndex()];
        return oursGuessable.estimate(p, p.length).guessable();
    }

    @Benchmark
    public boolean passayTernaryTree() {
        return passayTernary.validate(new PasswordData(strings[nextIndex()])).isValid();
    }

    @Benchmark
    public boolean passayWordList() {
        return passayWordList.validate(new PasswordData(strings[nextIndex()])).isValid();
    }

    /** Folded, at least 4 chars, distinct: what every engine gets, so none gains from its own filtering. */
    static String[] loadWords() {
        Set<String> words = new LinkedHashSet<>();
        String file = System.getProperty("passhygiene.words");
        try {
            if (file != null) {
                addWords(Files.newInputStream(Path.of(file)), words);
            } else {
                String only = System.getProperty("passhygiene.only");
                for (String name : only == null ? SHIPPED : new String[] {only}) {
                    InputStream in = DictionaryBenchmark.class.getClassLoader().getResourceAsStream(RESOURCES + name);
                    if (in == null) {
                        throw new IllegalStateException(RESOURCES + name + " not on the classpath; "
                                + "pass -Dpasshygiene.words=/usr/share/dict/british-english-large");
                    }
                    addWords(in, words);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words.toArray(new String[0]);
    }

    private static void addWords(InputStream in, Set<String> words) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = TextFolding.foldWord(line.strip());
                if (w.length() >= 4 && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        }
    }
}
