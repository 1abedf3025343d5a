package org.passhygiene.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.passhygiene.MutatedInputs;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Policy files and extra-words files on arbitrary bytes: only the documented exceptions ({@link PolicyException};
 * {@link UncheckedIOException} when a file the policy names cannot be opened), in bounded time. Relative paths in a
 * fuzzed policy resolve against the test fixtures, so calendars and word files are read too.
 *
 * <p>Long run by hand: {@code JAZZER_FUZZ=1 ./mvnw -o -pl core -am test -Dtest=PolicyFileFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PolicyFileFuzzTest {

    private static final Path FILE = Path.of("src/test/resources/policies/fuzzed.yaml");
    private static final Duration BOUND = Duration.ofSeconds(5);
    /** Paths the harness will not let a fuzzed policy open: devices and pipes could block the run. */
    private static final Pattern SPECIAL = Pattern.compile("dev|proc|sys|fd|run|tmp");

    @FuzzTest(maxDuration = "5m")
    void policyYaml(byte[] data) {
        String lenient = new String(data, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (SPECIAL.matcher(lenient).find()) {
            return;
        }
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                PolicySettings s = PolicyFile.parse(data, FILE);
                assertThat(s.minLength()).isBetween(1, s.maxLength());
            } catch (PolicyException e) {
                assertThat(e.getMessage()).startsWith(e.source().orElse("")).isNotBlank();
                assertThat(e.getMessage()).as("an error is one readable line").hasSizeLessThan(2_000);
            } catch (UncheckedIOException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }

    @FuzzTest(maxDuration = "5m")
    void extraWordsFile(byte[] data) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                List<String> words = ExtraWordsFile.read(new ByteArrayInputStream(data), "fuzzed.txt");
                assertThat(words).hasSizeLessThanOrEqualTo(ExtraWordsFile.MAX_WORDS).allSatisfy(w -> {
                    assertThat(w).isNotBlank().doesNotContain("\n").doesNotStartWith("#");
                    assertThat(w.codePointCount(0, w.length())).isLessThanOrEqualTo(ExtraWordsFile.MAX_WORD_LENGTH);
                });
            } catch (PolicyException e) {
                assertThat(e.getMessage()).startsWith("fuzzed.txt:");
            } catch (IOException e) {
                throw new AssertionError("a byte array cannot fail to read", e);
            }
        });
    }

    @Test
    void policyYamlMutations() {
        MutatedInputs.run(MutatedInputs.seeds(getClass(), "policyYaml"), 3_000, 2 * PolicyFile.MAX_BYTES,
                this::policyYaml);
    }

    @Test
    void extraWordsFileMutations() {
        MutatedInputs.run(MutatedInputs.seeds(getClass(), "extraWordsFile"), 3_000, 20 << 20,
                this::extraWordsFile);
    }
}
