package org.passhygiene.audit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.passhygiene.crypto.PasswordHashes;
import org.passhygiene.dictionary.ShippedLists;

/**
 * NT hashes of guessable passwords, for finding weak passwords in NTLM dumps: the top common passwords and the
 * dictionary words, each as listed, lower-case, Capitalised and UPPER-CASE, and the dictionary words (lower-case
 * and Capitalised) with the suffixes {@code 1}, {@code 123}, {@code !}, {@code 1!}, and the current and two previous
 * years with and without {@code !} — so {@code Password1} and {@code Summer2026!} are caught.
 *
 * <p>Stored compactly as a sorted {@code long[]} of the hashes' first 64 bits (8 bytes per candidate; a false match
 * needs a 64-bit collision). Built once, on all cores; immutable and thread-safe afterwards.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise. Only
 * {@link #forms} is public, so that AuditBenchmark's baseline writes exactly the candidates the auditor hashes.
 */
public final class WeakHashes {

    private static final int CHUNK = 8192;

    private final long[] prefixes;
    private final long buildNanos;

    private WeakHashes(long[] prefixes, long buildNanos) {
        this.prefixes = prefixes;
        this.buildNanos = buildNanos;
    }

    /**
     * Hashes every candidate.
     *
     * @param commonPasswords how many of the shipped {@code common-passwords} list (frequency order) to take
     * @param dictionaries    shipped word lists to take whole (e.g. {@code en-gb}, {@code first-names})
     * @param year            the current year (this and the two before are suffixes)
     */
    public static WeakHashes build(int commonPasswords, List<String> dictionaries, int year) {
        Objects.requireNonNull(dictionaries, "dictionaries");
        long start = System.nanoTime();
        List<String> suffixes = new ArrayList<>(List.of("1", "123", "!", "1!"));
        for (int y = year; y > year - 3; y--) {
            suffixes.add(Integer.toString(y));
            suffixes.add(y + "!");
        }
        List<long[]> parts = new ArrayList<>();
        List<String> chunk = new ArrayList<>(CHUNK);
        ShippedLists.forEach("common-passwords", commonPasswords, w -> {
            chunk.add(w);
            if (chunk.size() == CHUNK) {
                parts.add(hashChunk(chunk, List.of()));
                chunk.clear();
            }
        });
        parts.add(hashChunk(chunk, List.of()));
        chunk.clear();
        for (String list : dictionaries) {
            ShippedLists.forEach(list, Integer.MAX_VALUE, w -> {
                chunk.add(w);
                if (chunk.size() == CHUNK) {
                    parts.add(hashChunk(chunk, suffixes));
                    chunk.clear();
                }
            });
            parts.add(hashChunk(chunk, suffixes));
            chunk.clear();
        }
        int total = parts.stream().mapToInt(p -> p.length).sum();
        long[] all = new long[total];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        parts.clear();
        Arrays.parallelSort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (n == 0 || all[i] != all[n - 1]) {
                all[n++] = all[i];
            }
        }
        return new WeakHashes(Arrays.copyOf(all, n), System.nanoTime() - start);
    }

    private static long[] hashChunk(List<String> words, List<String> suffixes) {
        return words.parallelStream().flatMapToLong(w -> Arrays.stream(variants(w, suffixes))).toArray();
    }

    /** The candidate forms of one word, hashed. */
    static long[] variants(String word, List<String> suffixes) {
        Set<String> forms = forms(word, suffixes);
        long[] out = new long[forms.size()];
        int i = 0;
        for (String f : forms) {
            out[i++] = prefix(PasswordHashes.ntlm(f.toCharArray()));
        }
        return out;
    }

    /**
     * The forms staff write a word in: as listed, lower-case, Capitalised, UPPER-CASE, and lower-case and Capitalised
     * with each suffix ({@code Password1}, {@code summer2026!}). AuditBenchmark's baseline writes the same forms.
     */
    public static Set<String> forms(String word, List<String> suffixes) {
        Set<String> forms = new LinkedHashSet<>();
        String lower = word.toLowerCase(Locale.ROOT);
        String capital = lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT)
                + lower.substring(1);
        forms.add(word);
        forms.add(lower);
        forms.add(capital);
        forms.add(word.toUpperCase(Locale.ROOT));
        for (String s : suffixes) {
            forms.add(lower + s);
            forms.add(capital + s);
        }
        return forms;
    }

    static long prefix(byte[] hash) {
        return ByteBuffer.wrap(hash).getLong();
    }

    /** Whether this NT hash (16 bytes) is a candidate's. */
    public boolean contains(byte[] ntHash) {
        return Arrays.binarySearch(prefixes, prefix(ntHash)) >= 0;
    }

    /** Distinct candidate hashes. */
    public int size() {
        return prefixes.length;
    }

    /** Wall time the build took, in milliseconds. */
    public long buildMillis() {
        return buildNanos / 1_000_000;
    }
}
