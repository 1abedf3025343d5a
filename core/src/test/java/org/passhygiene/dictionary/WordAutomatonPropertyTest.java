package org.passhygiene.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The automaton agrees with {@link NaiveWordFinder} on random words and passwords, in every option combination. */
class WordAutomatonPropertyTest {

    /** Letters that leet chars stand for, leet chars, accents, a surrogate pair half and RTL, so collisions happen. */
    private static final String WORD_ALPHABET = "abeilogst";
    private static final String PASSWORD_ALPHABET = "abeilogstABEILOGST@401!|3$57+89éÉ\uD83D\uDE00\u05D0x ";

    @Test
    void agreesWithNaiveFinderOnRandomInputs() {
        Random random = new Random(20240901L);
        int compared = 0;
        int matched = 0;
        for (int round = 0; round < 400; round++) {
            List<String> words = randomWords(random, 80,
                    WORD_ALPHABET + (round % 4 == 0 ? "8\u05D0\uD83D\uDE00" : ""), 1, 5);
            int minLength = 1 + random.nextInt(4);
            boolean leet = random.nextBoolean();
            boolean reversed = random.nextBoolean();
            WordFinder naive = new NaiveWordFinder(words, minLength, leet, reversed);
            WordAutomaton fast = WordAutomaton.builder().minWordLength(minLength).leet(leet).reversed(reversed)
                    .build(words);
            for (int p = 0; p < 25; p++) {
                String password = randomString(random, PASSWORD_ALPHABET, random.nextInt(16));
                char[] chars = password.toCharArray();
                String context = "words=" + words + " min=" + minLength + " leet=" + leet + " reversed=" + reversed
                        + " password=" + password;
                List<WordMatch> expected = naive.findAll(chars, chars.length);
                assertThat(fast.findAll(chars, chars.length)).as(context).isEqualTo(expected);
                assertThat(fast.findLongest(chars, chars.length)).as(context)
                        .isEqualTo(naive.findLongest(chars, chars.length));
                assertThat(fast.containsWord(chars, chars.length)).as(context).isEqualTo(!expected.isEmpty());
                compared++;
                matched += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(compared).isEqualTo(10_000);
        // Guards the generator: the comparison is only meaningful if many passwords do contain words.
        assertThat(matched).isBetween(2_000, 9_000);
    }

    /**
     * Words of at least 4 chars, so the automaton's start filter (q-grams of password char classes) is on: it must
     * never skip a start the naive finder matches at, whatever the leet chars, case, accents or non-ASCII chars.
     */
    @Test
    void agreesWithNaiveFinderWhenTheStartFilterIsOn() {
        Random random = new Random(20261207L);
        int matched = 0;
        for (int round = 0; round < 200; round++) {
            List<String> words = randomWords(random, 60, WORD_ALPHABET + (round % 3 == 0 ? "8-'\u05D0é" : ""), 4, 4);
            int minLength = 4 + random.nextInt(3);
            boolean leet = random.nextBoolean();
            boolean reversed = random.nextBoolean();
            WordFinder naive = new NaiveWordFinder(words, minLength, leet, reversed);
            WordAutomaton fast = WordAutomaton.builder().minWordLength(minLength).leet(leet).reversed(reversed)
                    .build(words);
            for (int p = 0; p < 50; p++) {
                String password = randomString(random, PASSWORD_ALPHABET + "-'", random.nextInt(12));
                if (random.nextBoolean()) { // a list word, leet-written, in any case, maybe backwards, inside
                    String w = leetWritten(random, words.get(random.nextInt(words.size())));
                    int at = random.nextInt(password.length() + 1);
                    password = password.substring(0, at) + w + password.substring(at);
                }
                char[] chars = password.toCharArray();
                String context = "words=" + words + " min=" + minLength + " leet=" + leet + " reversed=" + reversed
                        + " password=" + password;
                List<WordMatch> expected = naive.findAll(chars, chars.length);
                assertThat(fast.findAll(chars, chars.length)).as(context).isEqualTo(expected);
                assertThat(fast.findLongest(chars, chars.length)).as(context)
                        .isEqualTo(naive.findLongest(chars, chars.length));
                assertThat(fast.containsWord(chars, chars.length)).as(context).isEqualTo(!expected.isEmpty());
                matched += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(matched).isBetween(1_000, 9_000);
    }

    /**
     * The start filter's table of depth-{@code Q} nodes (where {@code containsWord} resumes a walk) changes no
     * answer: with the table and without it, on random and word-bearing passwords, the automaton says what the naive
     * finder says.
     */
    @Test
    void containsWordIsTheSameWithAndWithoutTheDepthTable() {
        Random random = new Random(20261208L);
        int matched = 0;
        int resumed = 0;
        for (int round = 0; round < 200; round++) {
            List<String> words = randomWords(random, 60, WORD_ALPHABET, 4, 5);
            int minLength = 4 + random.nextInt(2);
            boolean leet = random.nextBoolean();
            boolean reversed = random.nextBoolean();
            WordFinder naive = new NaiveWordFinder(words, minLength, leet, reversed);
            WordAutomaton.Builder builder = WordAutomaton.builder().minWordLength(minLength).leet(leet)
                    .reversed(reversed);
            WordAutomaton withTable = builder.build(words);
            WordAutomaton without = builder.depthTable(false).build(words);
            assertThat(withTable.startFilter().nodes).isNotNull();
            assertThat(without.startFilter().nodes).isNull();
            for (int p = 0; p < 50; p++) {
                String password = randomString(random, PASSWORD_ALPHABET, random.nextInt(12));
                if (random.nextBoolean()) {
                    String w = words.get(random.nextInt(words.size()));
                    int at = random.nextInt(password.length() + 1);
                    password = password.substring(0, at) + leetWritten(random, w) + password.substring(at);
                }
                char[] chars = password.toCharArray();
                boolean expected = naive.containsWord(chars, chars.length);
                String context = "words=" + words + " min=" + minLength + " leet=" + leet + " reversed=" + reversed
                        + " password=" + password;
                assertThat(withTable.containsWord(chars, chars.length)).as(context).isEqualTo(expected);
                assertThat(without.containsWord(chars, chars.length)).as(context).isEqualTo(expected);
                matched += expected ? 1 : 0;
                resumed += resumesAtADepthTableNode(withTable, chars) ? 1 : 0;
            }
        }
        assertThat(matched).isBetween(1_000, 9_000);
        // Guards the generator: many checks must take the table's resume path, not only the fallback walk.
        assertThat(resumed).isGreaterThan(1_000);
    }

    /**
     * The {@link DeepSteps} past the depth table agree with the naive finder where words share long prefixes and leet
     * chars read as two children ({@code 1} as {@code i} and {@code l}) below the table's depth.
     */
    @Test
    void containsWordAgreesWithNaiveFinderPastTheDepthTable() {
        Random random = new Random(20261209L);
        int matched = 0;
        for (int round = 0; round < 200; round++) {
            List<String> words = randomWords(random, 60, "ilost", 5, 4);
            boolean reversed = random.nextBoolean();
            WordFinder naive = new NaiveWordFinder(words, 4, true, reversed);
            WordAutomaton fast = WordAutomaton.builder().reversed(reversed).build(words);
            assertThat(fast.deepSteps()).isNotNull();
            for (int p = 0; p < 50; p++) {
                String password = randomString(random, "ilostIL10|$7x", random.nextInt(10));
                String w = words.get(random.nextInt(words.size()));
                int at = random.nextInt(password.length() + 1);
                // A leet-written word, or a leet-written prefix of one (a near miss past the table's depth).
                String written = leetWritten(random, w.substring(0, 4 + random.nextInt(w.length() - 3)));
                password = password.substring(0, at) + written + password.substring(at);
                char[] chars = password.toCharArray();
                boolean expected = naive.containsWord(chars, chars.length);
                assertThat(fast.containsWord(chars, chars.length))
                        .as("words=" + words + " reversed=" + reversed + " password=" + password).isEqualTo(expected);
                matched += expected ? 1 : 0;
            }
        }
        assertThat(matched).isBetween(2_000, 9_500);
    }

    /** A wrong table entry is caught: the answers are checked, not merely computed twice the same way. */
    @Test
    void aCorruptedDepthTableEntryChangesTheAnswer() {
        List<String> words = List.of("drawer", "password", "lost");
        WordAutomaton fast = WordAutomaton.builder().build(words);
        StartFilter filter = fast.startFilter();
        char[] drawer = "xxdrawerxx".toCharArray();
        char[] draw = "xxdraw1234".toCharArray();
        char[] password = "Pa$$word99".toCharArray();
        int drawWindow = filter.window(drawer, 2);
        int passWindow = filter.window(password, 0);
        int lostWindow = filter.window("lost".toCharArray(), 0);
        assertThat(filter.nodes[drawWindow]).isPositive();
        assertThat(filter.nodes[passWindow]).isPositive();
        assertThat(filter.nodes[lostWindow]).isEqualTo(StartFilter.WORD);
        assertThat(fast.containsWord(drawer, drawer.length)).isTrue();
        assertThat(fast.containsWord(draw, draw.length)).isFalse();
        assertThat(fast.containsWord(password, password.length)).isTrue();

        int drawNode = filter.nodes[drawWindow];
        filter.nodes[drawWindow] = filter.nodes[passWindow]; // resumes in the wrong subtree
        assertThat(fast.containsWord(drawer, drawer.length)).isFalse();
        filter.nodes[drawWindow] = StartFilter.WORD; // claims a word that is not there
        assertThat(fast.containsWord(draw, draw.length)).isTrue();
        filter.nodes[drawWindow] = StartFilter.AMBIGUOUS; // the fallback walk from the root is still right
        assertThat(fast.containsWord(drawer, drawer.length)).isTrue();
        assertThat(fast.containsWord(draw, draw.length)).isFalse();
        filter.nodes[drawWindow] = drawNode;
        assertThat(fast.containsWord(drawer, drawer.length)).isTrue();
    }

    /**
     * A 4-gram whose readings reach two trie nodes is marked AMBIGUOUS and walked from the root: '1' reads as i and
     * as l, so "1ila" begins both "iilax" and "lilac". A table that kept either node alone would miss one word.
     */
    @Test
    void aFourGramWithTwoReadingsIsAmbiguousAndFindsBothWords() {
        WordAutomaton fast = WordAutomaton.builder().build(List.of("lilac", "iilax"));
        StartFilter filter = fast.startFilter();
        assertThat(filter.nodes[filter.window("1ila".toCharArray(), 0)]).isEqualTo(StartFilter.AMBIGUOUS);
        for (String password : List.of("x1ilacx", "x1ilaxx", "lilacxx", "xxiilax")) {
            assertThat(fast.containsWord(password.toCharArray(), password.length())).as(password).isTrue();
        }
        assertThat(fast.containsWord("x1ilaqx".toCharArray(), 7)).isFalse();
    }

    @Test
    void aCorruptedDeepStepRecordChangesTheAnswer() {
        WordAutomaton fast = WordAutomaton.builder().build(List.of("drawer", "password", "lost"));
        DeepSteps deep = fast.deepSteps();
        StartFilter filter = fast.startFilter();
        char[] drawer = "xxdrawerxx".toCharArray();
        char[] drawe = "xxdrawe123".toCharArray();
        assertThat(deep).isNotNull();
        int at = filter.nodes[filter.window(drawer, 2)] * DeepSteps.RECORD;
        assertThat(fast.containsWord(drawer, drawer.length)).isTrue();
        assertThat(fast.containsWord(drawe, drawe.length)).isFalse();

        int children = deep.records[at + DeepSteps.CHILDREN];
        deep.records[at + DeepSteps.CHILDREN] = 0; // "draw" has no children
        assertThat(fast.containsWord(drawer, drawer.length)).isFalse();
        deep.records[at + DeepSteps.CHILDREN] = children;
        int words = deep.records[at + DeepSteps.WORDS];
        deep.records[at + DeepSteps.WORDS] = -1; // every child of "draw" ends a word
        assertThat(fast.containsWord(drawe, drawe.length)).isTrue();
        deep.records[at + DeepSteps.WORDS] = words;
        deep.records[at + DeepSteps.FIRST] += DeepSteps.RECORD; // "draw" + 'e' ranks to the wrong child
        assertThat(fast.containsWord(drawer, drawer.length)).isFalse();
        deep.records[at + DeepSteps.FIRST] -= DeepSteps.RECORD;
        assertThat(fast.containsWord(drawer, drawer.length)).isTrue();
        assertThat(fast.containsWord(drawe, drawe.length)).isFalse();
    }

    /** Whether some start of an ASCII password has its filter bit set and a node of depth Q in the table. */
    private static boolean resumesAtADepthTableNode(WordAutomaton automaton, char[] chars) {
        StartFilter f = automaton.startFilter();
        for (int start = 0; start + StartFilter.Q <= chars.length; start++) {
            boolean ascii = true;
            for (int i = start; i < start + StartFilter.Q; i++) {
                ascii &= chars[i] < 128;
            }
            if (ascii && f.mayStart(chars, start) && f.nodes[f.window(chars, start)] > 0) {
                return true;
            }
        }
        return false;
    }

    /** A word leet-written, in any case, maybe backwards. */
    private static String leetWritten(Random random, String word) {
        StringBuilder w = new StringBuilder(word);
        for (int i = 0; i < w.length(); i++) {
            int leetIndex = "oieslta".indexOf(w.charAt(i));
            if (leetIndex >= 0 && random.nextInt(3) == 0) {
                w.setCharAt(i, "013$|7@".charAt(leetIndex));
            } else if (random.nextInt(3) == 0) {
                w.setCharAt(i, Character.toUpperCase(w.charAt(i)));
            }
        }
        if (random.nextInt(4) == 0) {
            w.reverse();
        }
        return w.toString();
    }

    @Test
    void agreesWithNaiveFinderOnAPrefixOfThePassword() {
        Random random = new Random(7L);
        List<String> words = List.of("lilo", "oil", "toil", "soil", "list", "silo", "lost");
        WordFinder naive = new NaiveWordFinder(words, 3, true, true);
        WordAutomaton fast = WordAutomaton.builder().minWordLength(3).build(words);
        for (int p = 0; p < 1_000; p++) {
            char[] chars = randomString(random, "lost1!|0$5+7", 12).toCharArray();
            int length = random.nextInt(chars.length + 1);
            assertThat(fast.findAll(chars, length)).isEqualTo(naive.findAll(chars, length));
            assertThat(fast.findLongest(chars, length)).isEqualTo(naive.findLongest(chars, length));
        }
    }

    /** 1 to {@code maxCount} words of {@code minLength} to {@code minLength + lengths - 1} chars. */
    private static List<String> randomWords(Random random, int maxCount, String alphabet, int minLength, int lengths) {
        List<String> words = new ArrayList<>();
        int wordCount = 1 + random.nextInt(maxCount);
        for (int i = 0; i < wordCount; i++) {
            words.add(randomString(random, alphabet, minLength + random.nextInt(lengths)));
        }
        return words;
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            int i = random.nextInt(alphabet.length());
            char c = alphabet.charAt(i);
            if (Character.isHighSurrogate(c)) {
                s.append(c).append(alphabet.charAt(i + 1));
            } else if (Character.isLowSurrogate(c)) {
                s.append(alphabet.charAt(i - 1)).append(c);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
