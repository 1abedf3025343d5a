package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Whole imports of any bytes, down to the {@link ImportSummary}: the first input byte picks hashes or passwords,
 * skip-invalid, and a memory cap small enough to spill runs; the rest is the file. Only
 * {@link CorpusFormatException} naming the file may come out; a summary's counts add up, the index it wrote opens,
 * verifies and holds its entry count, and no temporary file is left either way.
 *
 * <p>Long run: {@code JAZZER_FUZZ=1 ./mvnw -o -pl core -am test -Dtest=BreachImportFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BreachImportFuzzTest {

    private static Path dir;

    @AfterAll
    static void removeDirectory() throws IOException {
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @FuzzTest(maxExecutions = 2_000)
    void importedFile(byte[] data) {
        checkImport(data);
    }

    @Test
    void mutatedImportsEndInASummaryThatAddsUpOrANamedError() {
        Random random = new Random(11_0601);
        List<byte[]> seeds = FuzzSeeds.of(getClass(), "importedFile");
        for (int i = 0; i < 400; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutated = FuzzMutations.mutate(Arrays.copyOfRange(seed, Math.min(1, seed.length), seed.length),
                    random);
            byte[] input = new byte[mutated.length + 1];
            input[0] = seed.length > 0 && random.nextBoolean() ? seed[0] : (byte) random.nextInt(8);
            System.arraycopy(mutated, 0, input, 1, mutated.length);
            checkImport(input);
        }
    }

    static synchronized void checkImport(byte[] data) {
        int mode = data.length == 0 ? 0 : data[0];
        boolean passwords = (mode & 1) != 0;
        boolean skipInvalid = (mode & 2) != 0;
        long memory = (mode & 4) != 0 ? 1024 : 1 << 20;
        assertTimeout(Duration.ofSeconds(20), () -> {
            Path input = Files.write(directory().resolve("input.txt"), Arrays.copyOfRange(data,
                    Math.min(1, data.length), Math.min(data.length, 1 << 20)));
            Path out = directory().resolve("out.phbi");
            Files.deleteIfExists(out);
            BreachIndexBuilder builder = BreachIndex.builder(HashKind.SHA1).skipInvalid(skipInvalid)
                    .memoryLimit(memory);
            if (passwords) {
                builder.addPasswords(input);
            } else {
                builder.addHashes(input);
            }
            ImportSummary s;
            try {
                s = builder.build(out);
            } catch (CorpusFormatException e) {
                assertThat(e.getMessage()).startsWith(input + ":");
                assertThat(out).doesNotExist();
                assertOnly(input);
                return;
            }
            assertThat(s.entries()).isPositive();
            assertThat(s.entries() + s.duplicates()).isEqualTo(s.lines() - s.invalidLines() - s.ignoredLines());
            assertThat(s.invalidLines()).isNotNegative().isLessThanOrEqualTo(skipInvalid ? s.lines() : 0);
            try (BreachIndex index = BreachIndex.open(out, HashKind.SHA1)) {
                assertThat(index.info().entryCount()).isEqualTo(s.entries());
                index.verify();
            }
            assertOnly(input, out);
        });
    }

    private static void assertOnly(Path... expected) throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            assertThat(files).containsExactlyInAnyOrder(expected);
        }
    }

    private static Path directory() {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("import-fuzz");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
