package org.passhygiene.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;

import org.passhygiene.breach.HashKind;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * Pwned Passwords range responses ({@code GET /range/ABCDE}) from a directory in the HIBP per-prefix layout: one
 * {@code ABCDE.txt} (or {@code .txt.gz}, or lower-case name) per prefix holding {@code SUFFIX:COUNT} lines, as the
 * Pwned Passwords downloader writes them with {@code --single false} (the same directory {@code breach import} reads).
 *
 * <p>Why not the breach index: an index keeps a 50- to 61-bit fingerprint of each hash (5 bytes a hash, see the
 * breach package), and a range client matches the full 35 (SHA-1) or 27 (NTLM) hex digits after the prefix, which
 * the index cannot give back. The directory holds them, with the exact counts.
 *
 * <p>The answer is what the public API sends: suffixes in upper case, sorted, {@code SUFFIX:COUNT} lines joined by
 * CRLF (no line ending after the last); count-0 lines in the file (saved padded responses) are dropped. A prefix
 * without a file answers an empty body: every one of the 1,048,576 prefixes is valid. With padding the answer is
 * filled with random suffixes of count 0 to between 800 and 1,000 lines, as the public API does. A file larger than
 * {@value #MAX_FILE_BYTES} bytes or with a malformed line is an error naming file and line (the service answers 500).
 * Parsed ranges are cached (bounded by bytes). Thread-safe.
 */
final class RangeDirectory {

    /** The largest range file read: a real SHA-1 range is about 30 to 60 KB. */
    static final int MAX_FILE_BYTES = 2 << 20;
    static final int PADDED_MIN = 800;
    static final int PADDED_MAX = 1_000;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final Path directory;
    private final int suffixDigits;
    private final LoadingCache<String, Range> cache;

    /** One parsed range: the suffixes (upper-case ASCII, sorted) and the unpadded body. */
    record Range(List<String> suffixes, byte[] body) {
    }

    RangeDirectory(Path directory, HashKind kind, long cacheBytes) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.suffixDigits = Objects.requireNonNull(kind, "kind").hexLength() - 5;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(cacheBytes)
                .weigher((String prefix, Range r) -> 64 + 2 * r.body.length + 48 * r.suffixes.size())
                .build(this::load);
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

    /**
     * The response body for a valid prefix, padded or not.
     *
     * @throws java.io.UncheckedIOException naming the file when it cannot be read or is malformed
     */
    byte[] body(String prefix, boolean padded) {
        Range range = cache.get(prefix.toUpperCase(Locale.ROOT));
        return padded ? pad(range) : range.body;
    }

    private Range load(String prefix) {
        try {
            return loadFile(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
    }

    private Range loadFile(String prefix) throws IOException {
        Path file = null;
        for (String name : List.of(prefix + ".txt", prefix + ".txt.gz", prefix.toLowerCase(Locale.ROOT) + ".txt",
                prefix.toLowerCase(Locale.ROOT) + ".txt.gz")) {
            Path candidate = directory.resolve(name);
            if (Files.isRegularFile(candidate)) {
                file = candidate;
                break;
            }
        }
        if (file == null) {
            return new Range(List.of(), new byte[0]);
        }
        return parse(file, read(file));
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = raw;
            if (file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(raw);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16_384];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > MAX_FILE_BYTES) {
                    throw new IOException(file + ": larger than the " + MAX_FILE_BYTES + "-byte limit of a range file");
                }
            }
            return out.toByteArray();
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
    }

    private Range parse(Path file, byte[] bytes) throws IOException {
        List<String> suffixes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int lineNumber = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int next = end + 1;
            if (end > start && bytes[end - 1] == '\r') {
                end--;
            }
            lineNumber++;
            if (end > start) {
                String line = line(file, lineNumber, bytes, start, end);
                if (line != null) {
                    suffixes.add(line.substring(0, suffixDigits));
                    lines.add(line);
                }
            }
            start = next;
        }
        String[] sorted = lines.toArray(new String[0]);
        Arrays.sort(sorted);
        String body = String.join("\r\n", sorted);
        List<String> sortedSuffixes = new ArrayList<>(sorted.length);
        for (String l : sorted) {
            sortedSuffixes.add(l.substring(0, suffixDigits));
        }
        return new Range(List.copyOf(sortedSuffixes), body.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code SUFFIX:COUNT} in upper case, or null for a count-0 (padding) line. */
    private String line(Path file, int lineNumber, byte[] b, int start, int end) throws IOException {
        int colon = start + suffixDigits;
        if (end - start < suffixDigits + 2 || b[colon] != ':') {
            throw malformed(file, lineNumber, "expected " + suffixDigits + " hex digits, ':' and a count");
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < colon; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) {
                throw malformed(file, lineNumber, "not a hex digit at column " + (i - start + 1));
            }
            sb.append((char) HEX[d]);
        }
        long count = 0;
        for (int i = colon + 1; i < end; i++) {
            if (b[i] < '0' || b[i] > '9' || i - colon > 18) {
                throw malformed(file, lineNumber, "the count is not a number of at most 18 digits");
            }
            count = count * 10 + (b[i] - '0');
        }
        return count == 0 ? null : sb.append(':').append(count).toString();
    }

    private static IOException malformed(Path file, int line, String problem) {
        return new IOException(file + ":" + line + ": malformed range line: " + problem);
    }

    /** The range with random count-0 suffixes merged in (sorted) up to 800..1,000 lines. */
    private byte[] pad(Range range) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int target = PADDED_MIN + random.nextInt(PADDED_MAX - PADDED_MIN + 1);
        int missing = target - range.suffixes.size();
        if (missing <= 0) {
            return range.body;
        }
        String[] all = new String[target];
        String[] real = new String(range.body, StandardCharsets.US_ASCII).split("\r\n", -1);
        int n = 0;
        if (range.body.length > 0) {
            for (String l : real) {
                all[n++] = l;
            }
        }
        char[] suffix = new char[suffixDigits];
        while (n < target) {
            for (int i = 0; i < suffixDigits; i++) {
                suffix[i] = (char) HEX[random.nextInt(16)];
            }
            String s = new String(suffix);
            if (java.util.Collections.binarySearch(range.suffixes, s) < 0) {
                all[n++] = s + ":0";
            }
        }
        Arrays.sort(all);
        return String.join("\r\n", all).getBytes(StandardCharsets.US_ASCII);
    }
}
