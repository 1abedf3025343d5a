package org.passhygiene.cli.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.passhygiene.breach.HashKind;

/**
 * A small HIBP per-prefix directory in the downloader's format: {@code PREFIX.txt}, upper-case hex, {@code
 * SUFFIX:COUNT} lines with CRLF and a final CRLF, for the given passwords and counts, plus a few other hashes under
 * each of their prefixes (non-members a client must not match).
 */
final class RangeFixture {

    static final HexFormat HEX = HexFormat.of().withUpperCase();

    private RangeFixture() {
    }

    static String hex(HashKind kind, String password) {
        return HEX.formatHex(kind.hash(password.toCharArray()));
    }

    /** Writes the directory; returns the lines written per prefix (sorted suffix -> count). */
    static Map<String, Map<String, Long>> write(Path dir, HashKind kind, Map<String, Long> passwords)
            throws IOException {
        Files.createDirectories(dir);
        Map<String, Map<String, Long>> ranges = new TreeMap<>();
        for (Map.Entry<String, Long> e : passwords.entrySet()) {
            String h = hex(kind, e.getKey());
            ranges.computeIfAbsent(h.substring(0, 5), p -> new TreeMap<>()).put(h.substring(5), e.getValue());
        }
        for (Map.Entry<String, Map<String, Long>> r : ranges.entrySet()) {
            // neighbours: same prefix, other suffixes
            for (int i = 0; i < 3; i++) {
                String other = hex(kind, "neighbour-" + r.getKey() + "-" + i);
                r.getValue().put(other.substring(5).substring(0, 1).equals("0") ? "1" + other.substring(6)
                        : "0" + other.substring(6), 7L + i);
            }
            StringBuilder sb = new StringBuilder();
            r.getValue().forEach((suffix, count) -> sb.append(suffix).append(':').append(count).append("\r\n"));
            Files.writeString(dir.resolve(r.getKey() + ".txt"), sb, StandardCharsets.US_ASCII);
        }
        return ranges;
    }
}
