package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {

    @Test
    void lintExplainsTheSeedAupAndExitsOne() {
        CliRun r = CliRun.run("", "policy", "lint");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith("Policy 'aup' departs from published guidance in 4 places:\n\n"
                + "1. COMPOSITION_RULES (require-letter, require-digit, require-symbol)\n");
        assertThat(r.out()).contains("2. PERIODIC_EXPIRY (privileged-change)",
                "3. GUESSABLE_DICTIONARY (dictionary-match)",
                "dictionary-match: substring rejects",
                "4. SHORT_MINIMUM", "Safer:");
    }

    @Test
    void lintOfNistIsClean() {
        CliRun r = CliRun.run("", "policy", "lint", "--preset", "nist");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Policy 'nist' meets NIST SP 800-63B rev 4, NCSC and Cyber Essentials "
                + "guidance.\n");
    }

    @Test
    void initWritesAFileThatShowAndCheckRead(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("school-policy.yaml");
        CliRun init = CliRun.run("", "policy", "init", "--preset", "ncsc", "--out", file.toString());
        assertThat(init.exitCode()).isZero();
        assertThat(Files.readString(file)).contains("# passhygiene policy file").contains("extends: ncsc")
                .contains("min-length: 12");
        CliRun show = CliRun.run("", "policy", "show", "--policy", file.toString());
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).isEqualTo(CliRun.run("", "policy", "show", "--preset", "ncsc").out());
        assertThat(tmp.toFile().list()).containsExactly("school-policy.yaml");
    }

    @Test
    void initRefusesToOverwrite(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("school-policy.yaml");
        Files.writeString(file, "mine\n");
        CliRun r = CliRun.run("", "policy", "init", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passhygiene: " + file + ": already exists: choose another --out or add "
                + "--force\n");
        assertThat(Files.readString(file)).isEqualTo("mine\n");
    }

    @Test
    void policyWithoutSubcommandIsAUsageError() {
        assertThat(CliRun.run("", "policy").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("").exitCode()).isEqualTo(2);
    }
}
