package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @Test
    void acceptedPasswordsExitZero() {
        CliRun r = CliRun.run("xK#9vq!Lp2@z\nT7&mWq!r4#Zb\n", "check", "--stdin");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("line 1: accepted\nline 2: accepted\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anyRejectionExitsOneWithOneLinePerPassword() {
        CliRun r = CliRun.run("xK#9vq!Lp2@z\r\nP@55w0rd!2024\r\nshort\r\n", "check", "--stdin");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines().toList()).containsExactly(
                "line 1: accepted",
                "line 2: rejected: DICTIONARY_WORD contains the dictionary word ‘password’ (written with look-alike"
                        + " characters)",
                "line 3: rejected: TOO_SHORT must be at least 8 characters long; MISSING_DIGIT must contain at least"
                        + " one number; MISSING_SYMBOL must contain at least one symbol (such as ! ? # or a space);"
                        + " DICTIONARY_WORD is a dictionary word; COMMON_PASSWORD is one of the 100,000 most"
                        + " commonly used passwords");
    }

    @Test
    void jsonIsOneObjectPerLine() {
        CliRun r = CliRun.run("Jsmith!2024x\nxK#9vq!Lp2@z\n", "check", "--stdin", "--format", "json",
                "--user", "jsmith", "--full-name", "Jane Smith", "--org", "Oakfield");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines().toList()).containsExactly(
                "{\"line\":1,\"accepted\":false,\"violations\":[{\"code\":\"CONTEXT_WORD\",\"message\":"
                        + "\"contains your username ‘jsmith’\",\"clause\":"
                        + "\"AUP: does not contain a dictionary word or your own name\"},{\"code\":"
                        + "\"DICTIONARY_WORD\",\"message\":\"contains the dictionary word ‘smith’\",\"clause\":"
                        + "\"AUP: does not contain a dictionary word\"}]}",
                "{\"line\":2,\"accepted\":true,\"violations\":[]}");
    }

    @Test
    void presetsAreSelectable() {
        CliRun r = CliRun.run("velvet orbit pancake\n", "check", "--stdin", "--preset", "nist");
        assertThat(r.exitCode()).isZero();
        assertThat(CliRun.run("velvet orbit pancake\n", "check", "--stdin").exitCode()).isEqualTo(1);
    }

    @Test
    void outputNeverContainsThePassword() {
        List<String> passwords = List.of("P@55w0rd", "Password1!", "jsmith2024!", "M0nk3y", "xK#9vq!Lp2@z",
                "Summer2024!", "Dr0wssap#99", "correct horse battery", "J@ne$mith", "ab");
        String input = String.join("\n", passwords) + "\n";
        for (String format : List.of("text", "json")) {
            CliRun r = CliRun.run(input, "check", "--stdin", "--format", format, "--user", "jsmith",
                    "--full-name", "Jane Smith");
            for (String p : passwords) {
                assertThat(r.out()).as(format + " output").doesNotContain(p);
                assertThat(r.err()).doesNotContain(p);
            }
        }
    }

    @Test
    void presetAndPolicyTogetherIsAUsageError() {
        CliRun r = CliRun.run("", "check", "--stdin", "--preset", "aup", "--policy", "x.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("passhygiene: Error: --preset=NAME, --policy=FILE are mutually exclusive");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.run("", "check", "--password", "hunter2");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passhygiene: unknown option --password and 1 more argument (not shown)\n"
                + "Try 'passhygiene check --help'.\n");
    }

    @Test
    void passwordsAreNeverTakenFromArguments() {
        CliRun r = CliRun.run("", "check", "hunter2");
        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void noTerminalWithoutStdinIsAUsageError() {
        CliRun r = CliRun.run("", "check");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passhygiene: no terminal to prompt on: use --stdin to read passwords from "
                + "standard input\n");
    }

    @Test
    void invalidPolicyExitsThreeNamingFileAndLine(@TempDir Path tmp) throws Exception {
        Path policy = tmp.resolve("school-policy.yaml");
        Files.writeString(policy, "extends: aup\nmin-length: -3\n");
        CliRun r = CliRun.run("x\n", "check", "--stdin", "--policy", policy.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("passhygiene: invalid policy: " + policy
                + ":2: min-length=-3: must be between 1 and 256\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownPresetExitsThree() {
        assertThat(CliRun.run("x\n", "check", "--stdin", "--preset", "strict").exitCode()).isEqualTo(3);
    }

    @Test
    void missingPolicyFileExitsFour(@TempDir Path tmp) {
        Path missing = tmp.resolve("nope.yaml");
        CliRun r = CliRun.run("x\n", "check", "--stdin", "--policy", missing.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("passhygiene: " + missing + ": no such policy file\n");
    }

    @Test
    void aDirectoryAsPolicyFileIsNamedWithTheSharedWording(@TempDir Path tmp) {
        CliRun r = CliRun.run("x\n", "check", "--stdin", "--policy", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("passhygiene: " + tmp + ": is a directory, not a file\n");
    }

    @Test
    void invalidUtf8ExitsFourNamingTheLine() {
        byte[] input = {'x', 'K', '#', '9', 'v', 'q', '!', 'L', 'p', '2', '@', 'z', '\n', (byte) 0xC3, (byte) 0x28,
            '\n'};
        CliRun r = CliRun.run(input, "check", "--stdin");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).isEqualTo("line 1: accepted\n");
        assertThat(r.err()).isEqualTo("passhygiene: stdin:2: not valid UTF-8\n");
    }

    @Test
    void helpListsExitCodes() {
        CliRun r = CliRun.run("", "check", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Exit codes:").contains("0    all passwords accepted")
                .contains("3    invalid policy file, preset or term calendar").contains("70   internal error");
    }
}
