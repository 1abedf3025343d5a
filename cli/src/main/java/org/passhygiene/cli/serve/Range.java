package org.passhygiene.cli.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One Pwned Passwords range answer, in the public API's exact shape: {@code SUFFIX:COUNT} lines, suffixes upper-case
 * hex (35 digits for SHA-1, 27 for NTLM) in ascending order, joined by CRLF with no line ending after the last; no
 * line with count 0 (the API's padding marker), so an empty range is an empty body. {@link #body(boolean)} with
 * padding merges random count-0 suffixes in, to between {@value #PADDED_MIN} and {@value #PADDED_MAX} lines, as the
 * public API does for {@code Add-Padding: true}. Immutable.
 *
 * @param suffixDigits hex digits of a suffix
 * @param suffixes     the suffixes, sorted
 * @param body         the unpadded body (US-ASCII)
 */
record Range(int suffixDigits, List<String> suffixes, byte[] body) {

    static final int PADDED_MIN = 800;
    static final int PADDED_MAX = 1_000;
    static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** The body, padded or not. */
    byte[] body(boolean padded) {
        return padded ? pad() : body;
    }

    /** Collects the lines of one range; count-0 lines are dropped. Not thread-safe. */
    static final class Builder {
        private final int suffixDigits;
        private final List<String> lines = new ArrayList<>();

        Builder(int suffixDigits) {
            this.suffixDigits = suffixDigits;
        }

        /** Adds a suffix ({@code suffixDigits} upper-case hex digits) seen {@code count} times. */
        Builder add(CharSequence suffix, long count) {
            if (suffix.length() != suffixDigits) {
                throw new IllegalArgumentException("a suffix has " + suffixDigits + " digits: " + suffix.length());
            }
            if (count > 0) {
                lines.add(suffix + ":" + count);
            }
            return this;
        }

        Range build() {
            String[] sorted = lines.toArray(new String[0]);
            Arrays.sort(sorted); // suffixes have one length, so sorting lines sorts suffixes
            List<String> suffixes = new ArrayList<>(sorted.length);
            for (String line : sorted) {
                suffixes.add(line.substring(0, suffixDigits));
            }
            return new Range(suffixDigits, List.copyOf(suffixes),
                    String.join("\r\n", sorted).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private byte[] pad() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int target = PADDED_MIN + random.nextInt(PADDED_MAX - PADDED_MIN + 1);
        int missing = target - suffixes.size();
        if (missing <= 0) {
            return body;
        }
        String[] all = new String[target];
        int n = 0;
        if (body.length > 0) {
            for (String line : new String(body, StandardCharsets.US_ASCII).split("\r\n", -1)) {
                all[n++] = line;
            }
        }
        char[] suffix = new char[suffixDigits];
        while (n < target) {
            for (int i = 0; i < suffixDigits; i++) {
                suffix[i] = (char) HEX[random.nextInt(16)];
            }
            String s = new String(suffix);
            if (Collections.binarySearch(suffixes, s) < 0) {
                all[n++] = s + ":0";
            }
        }
        Arrays.sort(all);
        return String.join("\r\n", all).getBytes(StandardCharsets.US_ASCII);
    }
}
