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
        assertThat(r.out()).isEqualTo("Policy 'nist' meets NIST SP 800-63B-4, Cyber Essentials v3.2, the DfE cyber "
                + "security standards and NCSC password guidance.\n");
    }

    @Test
    void lintOfDfeIsCleanWithAnMfaNote() {
        CliRun r = CliRun.run("", "policy", "lint", "--preset", "dfe");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Policy 'dfe' meets NIST SP 800-63B-4, Cyber Essentials v3.2, the DfE cyber "
                + "security standards and NCSC password guidance.\n\n"
                + "Note: mfa: true counts on MFA. DfE cyber security standards, \"Protect accounts with access to "
                + "personal or sensitive operational data and functions by multi-factor authentication\": staff "
                + "accounts with access to cloud services or remote access and every IT administrator account; Cyber "
                + "Essentials v3.2: every cloud service. passhygiene audit lists the accounts not enrolled.\n");
    }

    @Test
    void lintLinesCiteDocumentAndSection() {
        CliRun r = CliRun.run("", "policy", "lint", "--preset", "aup");
        assertThat(r.out()).contains("\n1. COMPOSITION_RULES (require-letter, require-digit, require-symbol)\n"
                + "   Policy: requires letter + digit + symbol characters\n"
                + "   - NIST SP 800-63B-4 §3.1.1.2 (Password Verifiers): verifiers SHALL NOT impose composition rules "
                + "(mixtures of character types).\n"
                + "   - Cyber Essentials v3.2, password-based authentication: no password complexity requirement; "
                + "length and blocking common passwords are what count.\n"
                + "   - NCSC, Password policy (updating your approach): complexity rules push people to predictable "
                + "patterns (Password1!).\n");
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
