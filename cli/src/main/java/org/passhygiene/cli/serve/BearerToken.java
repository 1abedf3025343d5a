package org.passhygiene.cli.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The service's bearer token: read from a file (first line, surrounding white space dropped), kept only as its
 * SHA-256, and compared with what a request presents in constant time ({@link MessageDigest#isEqual} on the two
 * digests, so neither the content nor the length of the token leaks through timing).
 */
final class BearerToken {

    /** The shortest token accepted: 128 bits of base64 or hex is 22 to 32 characters. */
    static final int MIN_LENGTH = 24;
    static final int MAX_FILE_BYTES = 4096;

    private final byte[] digest;

    private BearerToken(byte[] digest) {
        this.digest = digest;
    }

    /**
     * Reads a token file.
     *
     * @throws IllegalArgumentException naming the file and the problem (never the token)
     * @throws IOException              when it cannot be read
     */
    static BearerToken read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("--token-file " + file + ": larger than " + MAX_FILE_BYTES + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String token = (nl < 0 ? text : text.substring(0, nl)).strip();
            if (token.length() < MIN_LENGTH || !token.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("--token-file " + file + ": the token must be at least " + MIN_LENGTH
                        + " printable ASCII characters without spaces, e.g. from: openssl rand -base64 32");
            }
            return new BearerToken(sha256(token.getBytes(StandardCharsets.US_ASCII)));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A token given directly (tests, embedding). */
    static BearerToken of(String token) {
        return new BearerToken(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether an {@code Authorization} header value is {@code Bearer <this token>}. */
    boolean matches(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
