package org.passhygiene.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
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

import org.passhygiene.MutatedInputs;
import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Key files are untrusted input: whatever the bytes, choosing a recipient ends in a key or an {@link
 * OpenPgpKeyException}, in bounded time, and its message has no control characters. Seeds (gpg-made certificates and
 * hostile files) are in {@code RecipientKeysFuzzTestInputs/keyFile/}. Long run by hand: {@code JAZZER_FUZZ=1 ./mvnw -o
 * -pl core -am test -Dtest=RecipientKeysFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RecipientKeysFuzzTest {

    /** OpenPGP framing a mutant may gain: armor lines, packet tags, a huge length, a compression packet. */
    private static final byte[][] KEY_TOKENS = {
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n".getBytes(StandardCharsets.US_ASCII),
        "\n-----END PGP PUBLIC KEY BLOCK-----\n".getBytes(StandardCharsets.US_ASCII),
        "\n=".getBytes(StandardCharsets.US_ASCII), {(byte) 0xC6}, {(byte) 0x99}, {(byte) 0xB9}, {(byte) 0xC8, 0x01},
        {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, {(byte) 0xA3, 0x01},
    };

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
        return MutatedInputs.mutate(seed, other, random, RecipientKeys.MAX_KEY_FILE_BYTES + 1024, KEY_TOKENS);
    }
}
