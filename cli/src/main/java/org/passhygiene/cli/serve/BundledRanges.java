package org.passhygiene.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.BreachIndexes;
import org.passhygiene.breach.BreachResult;
import org.passhygiene.breach.CommonPasswordsIndex;
import org.passhygiene.breach.HashKind;

/**
 * Pwned Passwords ranges of the bundled common-password list: what {@code GET /range/} serves without
 * {@code --range-dir}. The embedded breach index keeps only fingerprints, but the list it was built from ships in the
 * jar, so the whole hash of every listed password can be computed ({@link CommonPasswordsIndex#hashes}): once per
 * process and hash kind, on first use, then kept (like the embedded index itself).
 *
 * <p>Layout: the hashes sorted and stored from their third byte on ({@code kind.length() - 2} bytes each; the first
 * two bytes and a half are the prefix), and the start of each of the 2^20 prefixes in an {@code int} array: about
 * 17 MB for SHA-1 and 13 MB for NTLM (961,927 passwords), no object per entry. A range is cut out of it on request.
 *
 * <p>Counts: each member's count is the lower bound of the prevalence bucket the embedded index returns for it, at
 * least 1 (a count of 0 is the API's padding marker, which clients read as "not found"). The list is a plain password
 * list with no counts, so its index stores bucket 0 (count unknown) and every member is served with count 1: the
 * count says "listed", not how often the password was seen. The list is lower-cased: a range client hashes the
 * password as typed and finds {@code password1}, not {@code Password1} ({@code POST /v1/check} tries both).
 */
final class BundledRanges implements RangeSource {

    private static final int PREFIXES = 1 << 20;
    private static final Map<HashKind, BundledRanges> LOADED = new ConcurrentHashMap<>();

    private final HashKind kind;
    private final int tailLength;
    /** The hashes, sorted, each without its first two bytes. */
    private final byte[] tails;
    /** {@code starts[p]} is the first entry of prefix {@code p}; {@code starts[PREFIXES]} the number of entries. */
    private final int[] starts;
    /** The embedded index of the same list, for each member's prevalence bucket. Kept for the process's life. */
    private final BreachIndex index;

    private BundledRanges(HashKind kind, byte[] hashes, BreachIndex index) {
        this.kind = kind;
        this.index = index;
        int length = kind.length();
        this.tailLength = length - 2;
        int n = hashes.length / length;
        // counting sort on the 20-bit prefix, then an insertion sort of each prefix's few entries
        int[] next = new int[PREFIXES + 1];
        for (int i = 0; i < n; i++) {
            next[prefix(hashes, i * length) + 1]++;
        }
        for (int p = 0; p < PREFIXES; p++) {
            next[p + 1] += next[p];
        }
        this.starts = next.clone();
        this.tails = new byte[n * tailLength];
        for (int i = 0; i < n; i++) {
            int at = next[prefix(hashes, i * length)]++;
            System.arraycopy(hashes, i * length + 2, tails, at * tailLength, tailLength);
        }
        byte[] held = new byte[tailLength];
        for (int p = 0; p < PREFIXES; p++) {
            insertionSort(starts[p], starts[p + 1], held);
        }
    }

    /**
     * The bundled ranges of {@code kind}, computed on the first call in this process (about a second) and shared.
     *
     * @throws UncheckedIOException when the list or the embedded index cannot be read
     */
    static BundledRanges of(HashKind kind) {
        return LOADED.computeIfAbsent(kind, k -> {
            try {
                return new BundledRanges(k, CommonPasswordsIndex.hashes(k), embeddedIndex(k));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        });
    }

    private static BreachIndex embeddedIndex(HashKind kind) {
        BreachIndex found = null;
        for (BreachIndex index : BreachIndexes.openAll(BreachIndexes.EMBEDDED)) {
            if (index.kind() == kind && found == null) {
                found = index;
            } else {
                index.close();
            }
        }
        if (found == null) {
            throw new IllegalStateException("no embedded " + kind.displayName() + " index");
        }
        return found;
    }

    HashKind kind() {
        return kind;
    }

    /** How many hashes are served. */
    int size() {
        return starts[PREFIXES];
    }

    @Override
    public Range range(String prefix) {
        int p = Integer.parseInt(prefix, 16);
        int suffixDigits = kind.hexLength() - 5;
        Range.Builder range = new Range.Builder(suffixDigits);
        byte[] hash = new byte[kind.length()];
        hash[0] = (byte) (p >>> 12);
        hash[1] = (byte) (p >>> 4);
        StringBuilder suffix = new StringBuilder(suffixDigits);
        for (int i = starts[p]; i < starts[p + 1]; i++) {
            int at = i * tailLength;
            System.arraycopy(tails, at, hash, 2, tailLength);
            BreachResult listed = index.lookup(hash);
            if (!listed.found()) {
                continue; // not possible: the index was built from these hashes by the same parser
            }
            suffix.setLength(0);
            suffix.append((char) Range.HEX[tails[at] & 0xF]);
            for (int j = 1; j < tailLength; j++) {
                suffix.append((char) Range.HEX[(tails[at + j] >>> 4) & 0xF])
                        .append((char) Range.HEX[tails[at + j] & 0xF]);
            }
            range.add(suffix, Math.max(1, listed.minCount()));
        }
        return range.build();
    }

    @Override
    public String description() {
        return String.format("the bundled common-password list (%,d %s hashes; count 1 = listed, see README)", size(),
                kind.displayName());
    }

    private static int prefix(byte[] hashes, int at) {
        return (hashes[at] & 0xFF) << 12 | (hashes[at + 1] & 0xFF) << 4 | (hashes[at + 2] & 0xFF) >>> 4;
    }

    private void insertionSort(int from, int to, byte[] held) {
        for (int i = from + 1; i < to; i++) {
            int j = i;
            while (j > from && compare(j - 1, j) > 0) {
                System.arraycopy(tails, j * tailLength, held, 0, tailLength);
                System.arraycopy(tails, (j - 1) * tailLength, tails, j * tailLength, tailLength);
                System.arraycopy(held, 0, tails, (j - 1) * tailLength, tailLength);
                j--;
            }
        }
    }

    private int compare(int a, int b) {
        return java.util.Arrays.compareUnsigned(tails, a * tailLength, (a + 1) * tailLength, tails, b * tailLength,
                (b + 1) * tailLength);
    }
}
