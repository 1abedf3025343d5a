package org.passhygiene.breach;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/** A generated corpus: random member hashes (including the boundary prefixes 00000 and FFFFF) and counts. */
final class TestCorpus {

    static final HexFormat HEX = HexFormat.of().withUpperCase();

    final HashKind kind;
    /** Upper-case hex hash to count, sorted. */
    final TreeMap<String, Long> members = new TreeMap<>();
    final List<byte[]> nonMembers = new ArrayList<>();

    TestCorpus(HashKind kind, int size, long seed) {
        this.kind = kind;
        Random random = new Random(seed);
        byte[] zero = new byte[kind.length()];
        byte[] ones = new byte[kind.length()];
        Arrays.fill(ones, (byte) 0xFF);
        add(zero, 7);
        add(ones, 1);
        for (int i = 0; i < size - 2; i++) {
            byte[] h = new byte[kind.length()];
            random.nextBytes(h);
            if (i % 50 == 0) { // prefix 00000
                h[0] = 0;
                h[1] = 0;
                h[2] &= 0x0F;
            } else if (i % 50 == 1) { // prefix FFFFF
                h[0] = (byte) 0xFF;
                h[1] = (byte) 0xFF;
                h[2] |= (byte) 0xF0;
            }
            add(h, 1 + (long) Math.pow(10, random.nextInt(8)) + random.nextInt(1000));
        }
        for (int i = 0; i < 2_000; i++) {
            byte[] h = new byte[kind.length()];
            random.nextBytes(h);
            if (i % 4 == 0) {
                h[0] = 0;
                h[1] = 0;
                h[2] &= 0x0F;
            } else if (i % 4 == 1) {
                h[0] = (byte) 0xFF;
                h[1] = (byte) 0xFF;
                h[2] |= (byte) 0xF0;
            }
            if (!sharesFirst36Bits(HEX.formatHex(h))) {
                nonMembers.add(h);
            }
        }
    }

    /**
     * Whether a member starts with the same 9 hex digits. Members and non-members are packed into the prefixes
     * 00000 and FFFFF far more densely than uniform hashes would be, so a non-member there could share the
     * fingerprint of a small index (42 bits for 3,000 hashes) with a member: a legitimate false positive, not a
     * test failure. Non-members kept differ from every member within the first 36 bits, fewer than any index
     * built here compares (at least 37), so each must be reported not found.
     */
    private boolean sharesFirst36Bits(String hex) {
        String floor = members.floorKey(hex);
        String ceiling = members.ceilingKey(hex);
        return floor != null && floor.regionMatches(0, hex, 0, 9)
                || ceiling != null && ceiling.regionMatches(0, hex, 0, 9);
    }

    private void add(byte[] hash, long count) {
        members.put(HEX.formatHex(hash), count);
    }

    List<String> lines(boolean counts) {
        List<String> lines = new ArrayList<>();
        members.forEach((h, c) -> lines.add(counts ? h + ":" + c : h));
        return lines;
    }

    Path writeFile(Path file, String eol, boolean shuffle, boolean gzip) throws IOException {
        List<String> lines = lines(true);
        if (shuffle) {
            Collections.shuffle(lines, new Random(1));
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line).append(eol);
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
        if (gzip) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(bytes);
            }
        } else {
            Files.write(file, bytes);
        }
        return file;
    }

    /** The HIBP per-prefix layout; prefixes with no member get no file (the real download has all of them). */
    Path writeDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        TreeMap<String, StringBuilder> files = new TreeMap<>();
        members.forEach((h, c) -> files.computeIfAbsent(h.substring(0, 5), p -> new StringBuilder())
                .append(h.substring(5)).append(':').append(c).append("\r\n"));
        for (var e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.US_ASCII);
        }
        return dir;
    }

    static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }
}
