package org.passhygiene.cli.serve;

import java.util.Locale;

/**
 * Where {@code GET /range/{prefix}} answers come from, for one hash kind: a HIBP per-prefix directory
 * ({@link RangeDirectory}) or the bundled common-password list ({@link BundledRanges}). The response shape (case,
 * order, CRLF, padding) is {@link Range}'s alone. Implementations are thread-safe.
 */
interface RangeSource {

    /**
     * The range of a valid prefix (five hex digits, upper case).
     *
     * @throws java.io.UncheckedIOException naming the file when the source cannot be read or is malformed
     */
    Range range(String prefix);

    /** What is served, for the startup line: e.g. {@code the HIBP range directory /srv/hibp/sha1}. */
    String description();

    /** The response body for a valid prefix (either case), padded or not. */
    default byte[] body(String prefix, boolean padded) {
        return range(prefix.toUpperCase(Locale.ROOT)).body(padded);
    }

    /** Whether {@code prefix} is five hex digits (either case). */
    static boolean validPrefix(String prefix) {
        if (prefix == null || prefix.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (Character.digit(prefix.charAt(i), 16) < 0 || prefix.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }
}
