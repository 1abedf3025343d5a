package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #9 items 4, 7 and 8, black-box through {@code check}. */
class CheckHardeningTest {

    /** The invisible passwords, one per line (no line breaks inside: --stdin reads lines). */
    private static final List<String> INVISIBLE = List.of(" ".repeat(20), "\t".repeat(20), "\0".repeat(20),
            "\u200B".repeat(20), "\u202E".repeat(20), "\u00A0".repeat(20));

    @ParameterizedTest
    @ValueSource(strings = {"nist", "ncsc", "aup"})
    void invisiblePasswordsAreRejectedByEveryPreset(String preset) {
        CliRun r = CliRun.run(String.join("\n", INVISIBLE) + "\n", "check", "--stdin", "--preset", preset);
        assertThat(r.exitCode()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(INVISIBLE.size()).allSatisfy(l -> assertThat(l).contains(
                "NO_VISIBLE_CHARACTER must contain at least one visible character (spaces and invisible characters"
                        + " alone do not count)"));
        // Tabs and NULs are control characters too.
        assertThat(lines.get(1)).contains("CONTROL_CHARACTER must not contain control characters such as tab or NUL");
        assertThat(lines.get(2)).contains("CONTROL_CHARACTER");
        assertThat(lines.get(0)).doesNotContain("CONTROL_CHARACTER");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void invisibleInJson() {
        CliRun r = CliRun.run("\u200B".repeat(20) + "\n", "check", "--stdin", "--preset", "nist", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("{\"line\":1,\"accepted\":false,\"violations\":[{\"code\":"
                + "\"NO_VISIBLE_CHARACTER\",\"message\":\"must contain at least one visible character (spaces and"
                + " invisible characters alone do not count)\",\"clause\":\"NIST: made of characters people can see"
                + " and type\"}]}\n");
    }

    @Test
    void passphrasesWithSpacesStillPass() {
        CliRun r = CliRun.run("velvet orbit pancake\n", "check", "--stdin", "--preset", "nist");
        assertThat(r.exitCode()).isZero();
    }

    /** Password → the listed word the verdict may name. */
    private static final List<List<String>> LEAKY = List.of(List.of("P@ssw0rd!2024", "password"),
            List.of("Xq9#P@55w0rd", "password"), List.of("Dr0wssap#99", "password"),
            List.of("Q9#dr0w55@p", "password"), List.of("xm0nk3y#9Qz", "monkey"), List.of("J@ne$mith#99", "smith"),
            List.of("Q9!HTIM$J", "jsmith"), List.of("Oakf1eld#77", "oakfield"));

    /** Text every output has whatever the password: JSON keys, codes and the fixed message words. */
    private static final List<String> FIXED = List.of("\"line\"", "\"accepted\"", "\"violations\"", "\"code\"",
            "\"message\"", "\"clause\"", "DICTIONARY_WORD", "CONTEXT_WORD", "COMMON_PASSWORD", "BREACHED",
            "MISSING_SYMBOL", "MISSING_DIGIT", "MISSING_LETTER", "TOO_SHORT", "rejected", "accepted");

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void verdictsCarryNoFragmentOfThePassword(String format) {
        for (String preset : List.of("aup", "ncsc", "nist")) {
            String input = String.join("\n", LEAKY.stream().map(l -> l.get(0)).toList()) + "\n";
            CliRun r = CliRun.run(input, "check", "--stdin", "--format", format, "--preset", preset, "--user",
                    "jsmith", "--full-name", "Jane Smith", "--org", "Oakfield Primary");
            assertThat(r.exitCode()).isEqualTo(1);
            String out = r.out();
            for (String fixed : FIXED) {
                out = out.replace(fixed, "~");
            }
            for (List<String> row : LEAKY) {
                assertNoFragment(out, row.get(0), LEAKY.stream().map(l -> l.get(1)).toList());
                assertNoFragment(r.err(), row.get(0), List.of());
            }
        }
    }

    /** No substring of 3+ chars of the password (as written or lower cased) unless part of an allowed word. */
    private static void assertNoFragment(String output, String password, List<String> allowed) {
        for (int len = 3; len <= password.length(); len++) {
            for (int i = 0; i + len <= password.length(); i++) {
                String s = password.substring(i, i + len);
                String lower = s.toLowerCase(Locale.ROOT);
                if (allowed.stream().noneMatch(w -> w.contains(lower))) {
                    assertThat(output).as("fragment '%s' of '%s'", s, password).doesNotContain(s)
                            .doesNotContain(lower);
                }
            }
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devZeroAsTheWordsFileExitsThree(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("school.yaml"), "extends: aup\nextra-words-file: /dev/zero\n");
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CliRun.run("Xq7#vR2!pL\n", "check", "--stdin", "--policy", policy.toString()));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("passhygiene: invalid policy: /dev/zero:1: extra-words-file: line longer than"
                + " 4096 bytes: is this the right file?\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFourMegabyteQuotedValueFailsFast(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("big.yaml"), "extends: aup\norganisation: \""
                + "x".repeat(4 << 20) + "\"\n", StandardCharsets.UTF_8);
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> CliRun.run("Xq7#vR2!pL\n", "check", "--stdin", "--policy", policy.toString()));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("passhygiene: invalid policy: " + policy + ": larger than 1048576 bytes"
                + " (1 MiB), the limit for a policy file: is this the right file?\n");
    }

    @Test
    void aLongLineFailsFastNamingTheLine(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("long.yaml"), "extends: aup\nname: staff\norganisation: \""
                + "x".repeat(900_000) + "\"\n", StandardCharsets.UTF_8);
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> CliRun.run("Xq7#vR2!pL\n", "check", "--stdin", "--policy", policy.toString()));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("passhygiene: invalid policy: " + policy + ":3: line longer than 65536"
                + " characters, the limit for one line of a policy file (long word lists belong in"
                + " extra-words-file)\n");
    }

    @Test
    void contextWordsFromTheCommandLineAreEscapedInText() {
        CliRun r = CliRun.run("xQ9#ja\u001Bne!\n", "check", "--stdin", "--user", "ja\u001Bne", "--preset", "aup");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("line 1: rejected: CONTROL_CHARACTER must not contain control characters such as"
                + " tab or NUL; CONTEXT_WORD contains your username \u2018ja\\u001bne\u2019\n");
    }
}
