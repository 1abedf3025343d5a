package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SortedMap;
import org.passhygiene.MutatedInputs;
import org.junit.jupiter.api.Test;

/**
 * The store's parsers: the pepper file and JDBC URL redaction. Documented failures only (a {@link StoreException}
 * naming the pepper file), bounded time, and no secret left in a redacted URL or message. Seeds are in
 * {@code StoreFuzzTestInputs/}; long runs: {@code JAZZER_FUZZ=1 ./mvnw -o -pl core -am test -Dtest=StoreFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StoreFuzzTest {
    private static final Path DIR = tempDir();
    private static final List<String> KEYS = List.of("password", "PASSWORD", "pwd", "Pwd", "sslpassword", "sslkey",
            "SslKey", "passwd", "secret", "api_token", "key");
    private static final String HEX = "0123456789abcdef";
    /** Pepper-file framing a mutant may gain: separators, key ids, a comment, a whole key. */
    private static final byte[][] PEPPER_TOKENS = {
        {'\n'}, {'\r', '\n'}, {':'}, "1:".getBytes(StandardCharsets.US_ASCII), {'#'}, {' '}, {0},
        "99999999999999999999:".getBytes(StandardCharsets.US_ASCII), HEX.repeat(4).getBytes(StandardCharsets.US_ASCII),
    };

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("pepper-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxExecutions = 5_000)
    void pepperFileLoadsOrFailsCleanly(byte[] content) throws IOException {
        Path file = DIR.resolve("pepper-" + Thread.currentThread().getId() + ".key");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, content);
        assertThatCode(() -> {
            try {
                SortedMap<Integer, byte[]> keys = PepperFile.load(file);
                assertThat(keys).isNotEmpty();
                keys.forEach((id, key) -> {
                    assertThat(id).isBetween(1, PepperFile.MAX_KEY_ID);
                    assertThat(key).hasSize(PepperFile.PEPPER_BYTES);
                });
            } catch (StoreException e) {
                assertThat(e.getMessage()).startsWith("pepper file " + file);
            }
        }).doesNotThrowAnyException();
    }

    @FuzzTest(maxExecutions = 20_000)
    void redactedUrlsKeepNoSecret(FuzzedDataProvider data) {
        String secret = "Zq" + token(data.consumeString(12)) + "9";
        String host = token(data.consumeString(20));
        String before = token(data.consumeString(10));
        String after = token(data.consumeString(10));
        String key = data.pickValue(KEYS);
        String url = switch (data.consumeInt(0, 3)) {
            case 0 -> "jdbc:postgresql://" + before + ":" + secret + "@" + host + "/db?" + after + "=1";
            case 1 -> "jdbc:postgresql://" + host + "/db?" + before + "=x&" + key + "=" + secret + "&" + after + "=y";
            case 2 -> "jdbc:sqlserver://" + host + ";" + before + "=x;" + key + "=" + secret + ";" + after + "=y";
            default -> "jdbc:postgresql://" + host + "/db;" + key + "=" + secret + "#" + after;
        };
        check(url, secret, data.consumeRemainingAsString());
    }

    private static void check(String url, String secret, String noise) {
        String redacted = StoreUrl.redact(url);
        assertThat(redacted).doesNotContain(secret).contains(StoreUrl.MASK);
        String message = StoreUrl.redactMessage(noise + url + noise + secret + noise, url);
        assertThat(message).doesNotContain(secret);
        // Never throws on anything.
        StoreUrl.redact(noise);
        StoreUrl.redactMessage(noise, noise, noise);
    }

    /** Letters and digits only, so the pieces around a secret cannot change the URL's structure. */
    private static String token(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> c < 128 && Character.isLetterOrDigit(c)).forEach(b::appendCodePoint);
        return b.length() == 0 ? "h" : b.toString();
    }

    /** The bounded deterministic loop {@code ./mvnw verify} runs: mutated seeds and random URLs. */
    @Test
    void manyMutatedInputsFailOnlyAsDocumented() throws IOException {
        Random random = new Random(20_251_129L);
        List<byte[]> seeds = new ArrayList<>();
        String key = HEX.repeat(4);
        seeds.add((key + "\n").getBytes(StandardCharsets.US_ASCII));
        seeds.add(("# c\n1:" + key + "\n2:" + key + "\n").getBytes(StandardCharsets.US_ASCII));
        seeds.add(("1:" + key + "\r\n9999:" + key + "\r\n").getBytes(StandardCharsets.US_ASCII));
        seeds.add(("0:" + key + "\n1:" + key + "\n1:" + key).getBytes(StandardCharsets.US_ASCII));
        long start = System.nanoTime();
        for (int i = 0; i < 1_500; i++) {
            pepperFileLoadsOrFailsCleanly(mutate(seeds.get(random.nextInt(seeds.size())), random));
        }
        for (int i = 0; i < 5_000; i++) {
            String secret = "Zq" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "9";
            String host = "h" + Integer.toString(random.nextInt(1 << 20), 36);
            String k = KEYS.get(random.nextInt(KEYS.size()));
            String k2 = random.nextBoolean() ? k : k.toUpperCase(Locale.ROOT);
            String url = switch (random.nextInt(4)) {
                case 0 -> "jdbc:postgresql://u:" + secret + "@" + host + "/db?currentSchema=s";
                case 1 -> "jdbc:postgresql://" + host + "/db?a=1&" + k2 + "=" + secret + "&b=2";
                case 2 -> "jdbc:sqlserver://" + host + ";a=1;" + k2 + "=" + secret;
                default -> "jdbc:postgresql://" + host + "/db;" + k2 + "=" + secret + "?x=1";
            };
            byte[] noise = new byte[random.nextInt(40)];
            random.nextBytes(noise);
            check(url, secret, new String(noise, StandardCharsets.ISO_8859_1));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    private static byte[] mutate(byte[] seed, Random random) {
        return MutatedInputs.mutate(seed, seed, random, 1 << 20, PEPPER_TOKENS);
    }
}
