package org.passhygiene.dictionary;

import java.util.Arrays;

/**
 * Whole-password membership in a list of common passwords, compared case- and diacritic-insensitively. Holds 64-bit
 * fingerprints in one sorted {@code long[]} (8 bytes an entry, no strings kept): for a million entries the chance
 * that some password not on the list collides with one that is is about 10^6 / 2^64 ≈ 5 × 10^-14 per check.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class CommonPasswordList {

    private final long[] sorted;

    private CommonPasswordList(long[] sorted) {
        this.sorted = sorted;
    }

    /** Builds the list from entries in any order; duplicates (after folding) collapse. */
    public static CommonPasswordList of(Iterable<? extends CharSequence> entries) {
        long[] hashes = new long[64];
        int n = 0;
        for (CharSequence e : entries) {
            if (n == hashes.length) {
                hashes = Arrays.copyOf(hashes, n * 2);
            }
            hashes[n++] = fingerprint(e);
        }
        long[] s = Arrays.copyOf(hashes, n);
        Arrays.sort(s);
        int unique = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[unique++] = s[i];
            }
        }
        return new CommonPasswordList(Arrays.copyOf(s, unique));
    }

    /** Number of distinct entries. */
    public int size() {
        return sorted.length;
    }

    /** Whether the first {@code length} chars of {@code password}, folded, are on the list. */
    public boolean contains(char[] password, int length) {
        return Arrays.binarySearch(sorted, fingerprint(java.nio.CharBuffer.wrap(password, 0, length))) >= 0;
    }

    /** FNV-1a over the folded chars, then MurmurHash3's finaliser to spread the bits. */
    static long fingerprint(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= TextFolding.fold(text.charAt(i));
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
