package org.passhygiene.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

import org.passhygiene.breach.HashKind;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * Pwned Passwords ranges ({@code GET /range/ABCDE}) from a directory in the HIBP per-prefix layout: one
 * {@code ABCDE.txt} (or {@code .txt.gz}, or lower-case name) per prefix holding {@code SUFFIX:COUNT} lines, as the
 * Pwned Passwords downloader writes them with {@code --single false} (the same directory {@code breach import} reads).
 *
 * <p>Why not the breach index: an index keeps a 50- to 61-bit fingerprint of each hash (5 bytes a hash, see the
 * breach package), and a range client matches the full 35 (SHA-1) or 27 (NTLM) hex digits after the prefix, which
 * the index cannot give back. The directory holds them, with the exact counts. (The bundled list is the exception:
 * its passwords ship with the jar, see {@link BundledRanges}.)
 *
 * <p>Lines are read in any case, order and line ending (a byte-order mark is skipped); count-0 lines (saved padded
 * responses) are dropped; the answer's shape is {@link Range}'s. A prefix without a file is an empty range: every one
 * of the 1,048,576 prefixes is valid. A file larger than {@value #MAX_FILE_BYTES} bytes or with a malformed line is
 * an error naming file and line (the service answers 500). Parsed ranges are cached (bounded by bytes). Thread-safe.
 */
final class RangeDirectory implements RangeSource {

    /** The largest range file read: a real SHA-1 range is about 30 to 60 KB. */
    static final int MAX_FILE_BYTES = 2 << 20;

    private final Path directory;
    private final int suffixDigits;
    private final LoadingCache<String, Range> cache;

    RangeDirectory(Path directory, HashKind kind, long cacheBytes) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.suffixDigits = Objects.requireNonNull(kind, "kind").hexLength() - 5;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(cacheBytes)
                .weigher((String prefix, Range r) -> 64 + 2 * r.body().length + 48 * r.suffixes().size())
                .build(this::load);
    }

    @Override
    public Range range(String prefix) {
        return cache.get(prefix);
    }

    @Override
    public String description() {
        return "the HIBP range directory " + directory;
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
            return new Range.Builder(suffixDigits).build();
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
        Range.Builder range = new Range.Builder(suffixDigits);
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
                line(range, file, lineNumber, bytes, start, end);
            }
            start = next;
        }
        return range.build();
    }

    /** Adds one {@code SUFFIX:COUNT} line, in upper case (a count-0 line is dropped by the builder). */
    private void line(Range.Builder range, Path file, int lineNumber, byte[] b, int start, int end)
            throws IOException {
        int colon = start + suffixDigits;
        if (end - start < suffixDigits + 2 || b[colon] != ':') {
            throw malformed(file, lineNumber, "expected " + suffixDigits + " hex digits, ':' and a count");
        }
        StringBuilder suffix = new StringBuilder(suffixDigits);
        for (int i = start; i < colon; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) {
                throw malformed(file, lineNumber, "not a hex digit at column " + (i - start + 1));
            }
            suffix.append((char) Range.HEX[d]);
        }
        long count = 0;
        for (int i = colon + 1; i < end; i++) {
            if (b[i] < '0' || b[i] > '9' || i - colon > 18) {
                throw malformed(file, lineNumber, "the count is not a number of at most 18 digits");
            }
            count = count * 10 + (b[i] - '0');
        }
        range.add(suffix, count);
    }

    private static IOException malformed(Path file, int line, String problem) {
        return new IOException(file + ":" + line + ": malformed range line: " + problem);
    }
}
