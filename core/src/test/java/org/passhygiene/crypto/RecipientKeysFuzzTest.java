package org.passhygiene.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Key files are untrusted input: whatever the bytes, choosing a recipient ends in a key or an {@link
 * OpenPgpKeyException}, in bounded time, and its message has no control characters. Seeds (gpg-made certificates and
 * hostile files) are in {@code RecipientKeysFuzzTestInputs/keyFile/}. Long run by hand: {@code JAZZER_FUZZ=1 ./mvnw -o
 * -pl core -am test -Dtest=RecipientKeysFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RecipientKeysFuzzTest {

    static final Date NOW = Date.from(Instant.parse("2026-03-16T12:00:00Z"));
    static final byte[] HEAD = RecipientKeys.parseFingerprint("2F2E E6BA 6558 9166 B5FB  5380 97E3 FBFE 3A0B 7F43");

    @FuzzTest(maxDuration = "10m")
    void keyFile(byte[] data) {
        check(data);
    }

    /** The property: a choice or an OpenPgpKeyException with a one-line message, within seconds. */
    static void check(byte[] data) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (byte[] wanted : new byte[][] {null, HEAD}) {
                try {
                    RecipientKeys.Choice choice = RecipientKeys.choose(data, "fuzz.asc", wanted, NOW);
                    assertThat(choice.recipient().describe()).doesNotContain("\n", "\u001b");
                } catch (OpenPgpKeyException e) {
                    assertThat(e.getMessage()).startsWith("fuzz.asc: ").doesNotContain("\n", "\r", "\u001b");
                }
            }
        });
    }

    static List<byte[]> seeds() throws IOException, URISyntaxException {
        Path dir = Path.of(RecipientKeysFuzzTest.class.getResource("RecipientKeysFuzzTestInputs/keyFile").toURI());
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(f));
            }
        }
        return seeds;
    }

    @Test
    void seedsBehaveAsExpected() throws Exception {
        assertThat(seeds()).hasSizeGreaterThanOrEqualTo(9);
        for (byte[] seed : seeds()) {
            check(seed);
        }
        try (InputStream in = getClass().getResourceAsStream("RecipientKeysFuzzTestInputs/keyFile/compression-bomb")) {
            byte[] bomb = in.readAllBytes();
            assertThatThrownBy(() -> RecipientKeys.choose(bomb, "bomb.gpg", null, NOW))
                    .isInstanceOf(OpenPgpKeyException.class);
        }
    }

    /** A few thousand mutations of the seeds: byte flips, truncations, duplications, huge lengths, splices. */
    @Test
    void mutatedKeyFilesFailCleanly() throws Exception {
        List<byte[]> seeds = seeds();
        Random random = new Random(20261129L);
        for (int i = 0; i < 3000; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            check(mutate(seed, seeds.get(random.nextInt(seeds.size())), random));
        }
    }

    static byte[] mutate(byte[] seed, byte[] other, Random random) {
        if (seed.length == 0) {
            return other.length == 0 ? new byte[] {(byte) random.nextInt()} : Arrays.copyOf(other, other.length);
        }
        byte[] b = seed.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(64));
                byte[] d = new byte[b.length + len];
                System.arraycopy(b, 0, d, 0, from + len);
                System.arraycopy(b, from, d, from + len, b.length - from);
                b = d;
            }
            case 3 -> {
                int at = random.nextInt(b.length);
                for (int k = at; k < Math.min(b.length, at + 4); k++) {
                    b[k] = (byte) 0xFF;
                }
            }
            default -> {
                int cut = random.nextInt(b.length);
                int otherCut = other.length == 0 ? 0 : random.nextInt(other.length);
                byte[] d = Arrays.copyOf(b, cut + other.length - otherCut);
                System.arraycopy(other, otherCut, d, cut, other.length - otherCut);
                b = d;
            }
        }
        return b;
    }
}
