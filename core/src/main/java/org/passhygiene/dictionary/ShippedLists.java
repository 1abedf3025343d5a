package org.passhygiene.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The word lists shipped in the {@code passhygiene-dictionaries} jar (resources
 * {@code org/passhygiene/dictionaries/NAME.txt}, one normalised entry per line) and the matchers compiled from them.
 * Compiled forms are cached: every policy using the same lists and options shares one. The cache is bounded
 * ({@value #MAX_CACHED} compiled forms, least used evicted first); an evicted form stays valid for whoever holds it
 * (they are immutable) and is garbage once no policy uses it; asking again compiles it anew.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class ShippedLists {

    /** Every list the dictionaries module ships, in the order the README describes them. */
    private static final List<String> NAMES = List.of("en-gb", "common-passwords", "first-names", "surnames",
            "uk-places", "football-clubs", "eff-long");
    private static final String PREFIX = "org/passhygiene/dictionaries/";

    /** Compiled forms kept when no policy holds them: a few option sets of finders, rankings and ranks. */
    static final int MAX_CACHED = 16;

    /** Evicts on the calling thread: no pool thread, and eviction is deterministic for tests. */
    private static final Cache<Object, Object> CACHE = Caffeine.newBuilder()
            .maximumSize(MAX_CACHED)
            .executor(Runnable::run)
            .build();

    private ShippedLists() {
    }

    /** Names of the shipped lists. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Streams the first {@code limit} entries of a shipped list to {@code sink}.
     *
     * @throws IllegalArgumentException if the name is not a shipped list
     * @throws UncheckedIOException     if the list is missing from the classpath or unreadable
     */
    public static void forEach(String name, int limit, Consumer<String> sink) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no shipped word list named '" + name + "'; lists: " + NAMES);
        }
        String resource = PREFIX + name + ".txt";
        InputStream in = ShippedLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            String message = "shipped word list '" + name + "' (" + resource
                    + ") is not on the classpath: add org.passhygiene:passhygiene-dictionaries";
            throw new UncheckedIOException(message, new IOException(message));
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int n = 0;
            while (n < limit && (line = r.readLine()) != null) {
                if (!line.isEmpty()) {
                    sink.accept(line);
                    n++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped word list '" + name + "'", e);
        }
    }

    /** All entries of a shipped list. */
    public static List<String> read(String name) {
        List<String> out = new ArrayList<>();
        forEach(name, Integer.MAX_VALUE, out::add);
        return out;
    }

    private record FinderKey(List<String> lists, List<String> extraWords, int minWordLength, boolean leet,
                             boolean reversed) {
    }

    /** The (cached) finder for these lists plus extra words, with these options. */
    public static WordFinder finder(List<String> lists, Collection<String> extraWords, int minWordLength,
                                    boolean leet, boolean reversed) {
        FinderKey key = new FinderKey(List.copyOf(lists), List.copyOf(extraWords), minWordLength, leet, reversed);
        return (WordFinder) CACHE.get(key, k -> {
            List<String> words = new ArrayList<>(key.extraWords());
            for (String list : key.lists()) {
                forEach(list, Integer.MAX_VALUE, words::add);
            }
            return WordFinders.compile(words, key.minWordLength(), key.leet(), key.reversed());
        });
    }

    private record RankingKey(List<String> lists, List<String> extraWords, int top) {
    }

    /**
     * The (cached) {@link WordRanking} for these lists and extra words, with the common-password ranks of the
     * {@code top} most common passwords.
     */
    public static WordRanking ranking(List<String> lists, Collection<String> extraWords, int top) {
        RankingKey key = new RankingKey(List.copyOf(lists), List.copyOf(extraWords), top);
        WordRanks common = commonPasswordRanks(top); // outside: the cache may not be updated from inside an update
        return (WordRanking) CACHE.get(key, k -> {
            List<List<String>> words = new ArrayList<>();
            for (String list : key.lists()) {
                words.add(read(list));
            }
            return WordRanking.of(key.extraWords(), common, words);
        });
    }

    private record CommonKey(int top) {
    }

    private record RanksKey(int top) {
    }

    /**
     * The (cached) {@link WordRanks} of the {@code top} most common passwords: their alphabetic base words, in
     * frequency order, with the rank a cracker tries each at.
     */
    public static WordRanks commonPasswordRanks(int top) {
        return (WordRanks) CACHE.get(new RanksKey(top), k -> {
            List<String> entries = new ArrayList<>(Math.min(top, 1 << 20));
            forEach("common-passwords", top, entries::add);
            return WordRanks.of(entries);
        });
    }

    /** The (cached) list of the {@code top} most common passwords. */
    public static CommonPasswordList commonPasswords(int top) {
        return (CommonPasswordList) CACHE.get(new CommonKey(top), k -> {
            List<String> entries = new ArrayList<>(Math.min(top, 1 << 20));
            forEach("common-passwords", top, entries::add);
            return CommonPasswordList.of(entries);
        });
    }

    /** How many compiled forms the cache holds, after pending evictions (tests). */
    static long cachedForms() {
        CACHE.cleanUp();
        return CACHE.estimatedSize();
    }
}
