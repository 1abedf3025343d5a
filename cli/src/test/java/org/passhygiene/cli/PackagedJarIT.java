package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the shaded jar as a user would: java -jar cli/target/passhygiene.jar. */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("passhygiene.jar", "target/passhygiene.jar"));

    private static String[] run(String stdin, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()), out, err};
    }

    @Test
    void jarIsWhereTheReadmeSays() {
        assertThat(Files.isRegularFile(JAR)).as(JAR.toString()).isTrue();
        assertThat(JAR.getFileName().toString()).isEqualTo("passhygiene.jar");
        assertThat(JAR.getParent().getFileName() + File.separator).isEqualTo("target" + File.separator);
    }

    /** The real process: its standard output is a pipe, so generate refuses it unless --stdout. */
    @Test
    void generateRefusesAPipeUnlessStdout() throws Exception {
        String[] refused = run("", "generate");
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[1]).isEmpty();
        assertThat(refused[2]).isEqualTo("passhygiene: standard output is not a terminal: passwords are printed to"
                + " the terminal only; add --stdout to send them to a pipe or file\n");
        String[] piped = run("", "generate", "--stdout", "--count", "3");
        assertThat(piped[0]).isEqualTo("0");
        assertThat(piped[1].lines().toList()).hasSize(3).allMatch(p -> p.length() == 14).doesNotHaveDuplicates();
    }

    @Test
    void checksOnTheEmbeddedDefaults() throws Exception {
        String[] r = run("P@55w0rd!2024\nDr0wssap#99\nSummer2024!\nxK#9vq!Lp2@z\n", "check", "--stdin");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1].lines().toList()).containsExactly(
                "line 1: rejected: DICTIONARY_WORD contains the dictionary word ‘password’ (written with look-alike"
                        + " characters)",
                "line 2: rejected: DICTIONARY_WORD contains the dictionary word ‘password’ (written backwards)",
                "line 3: rejected: DICTIONARY_WORD contains the dictionary word ‘summer’",
                "line 4: accepted");
        assertThat(r[2]).isEmpty();
    }

    /** The README quick start's main job: the example exports, audited on the embedded defaults. */
    @Test
    void quickStartAuditsTheExampleExports() throws Exception {
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        String[] r = run("", "audit", examples.resolve("ad-users.csv").toString(),
                examples.resolve("ntds.ntds").toString(), examples.resolve("chrome-passwords.csv").toString(),
                "--as-of", "2026-03-16");
        // the example Chrome export has one unreadable row: the run is incomplete (exit 5) and says so first
        assertThat(r[0]).isEqualTo("5");
        assertThat(r[1]).contains("\nINCOMPLETE: 1 of 4 rows of " + examples.resolve("chrome-passwords.csv")
                + " could not be read — expected 5 fields, found 3\n",
                "Findings (worst first; INCOMPLETE: only the rows read):",
                "CRITICAL BREACHED_PASSWORD           1  AUP: a strong password (NCSC: never one known from a breach)\n"
                        + "  HIGH     WEAK_PASSWORD               3",
                // the disabled guest's empty password is LOW (issue #10 item 7)
                "  LOW      EMPTY_PASSWORD              1  AUP: 8 or more characters",
                "HIGH     SHARED_PASSWORD             2  AUP: never use another person's password",
                "HIGH     LM_HASH                     1");
        // Accounts are named; the example passwords and hashes are not.
        assertThat(r[1]).contains("guest").doesNotContain("64f12cddaa88057e06a81b54e73b949b");
        for (String row : Files.readAllLines(examples.resolve("chrome-passwords.csv")).subList(1, 4)) {
            String password = row.split(",")[3];
            assertThat(r[1]).doesNotContain(password);
        }
    }

    @Test
    void badPolicyExitsThreeWithOneLine() throws Exception {
        Path policy = Files.createTempFile("policy", ".yaml");
        try {
            Files.writeString(policy, "min-length: 400\n");
            String[] r = run("x\n", "check", "--stdin", "--policy", policy.toString());
            assertThat(r[0]).isEqualTo("3");
            assertThat(r[2]).isEqualTo("passhygiene: invalid policy: " + policy
                    + ":1: min-length=400: must be between 1 and 256\n");
        } finally {
            Files.deleteIfExists(policy);
        }
    }
}
