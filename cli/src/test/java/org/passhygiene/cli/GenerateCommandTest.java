package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.FingerprintCost;

/** {@code passhygiene generate}, black-box: terminal only unless --stdout, every password accepted, exact errors. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    /** A run whose standard output is a terminal (as Main decides for the process's own stdout with a console). */
    private static CliRun onTerminal(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                true);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPipeOrFileIsRefusedWithoutStdout() {
        CliRun r = CliRun.run("", "generate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("passhygiene: standard output is not a terminal: passwords are printed to the"
                + " terminal only; add --stdout to send them to a pipe or file\n");
    }

    @Test
    void onATerminalOnePasswordAndItsEntropy() {
        CliRun r = onTerminal("generate");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).singleElement().satisfies(p -> {
            assertThat(p).hasSize(14);
            assertThat(PasswordPolicy.defaults().check(p.toCharArray()).accepted()).isTrue();
        });
        assertThat(r.err()).isEqualTo("1 password (random mode), 86.6 bits each by the generator's model; each"
                + " passes the aup policy\n");
    }

    @Test
    void withStdoutManyUniquePasswordsEachAcceptedForTheAccount() {
        CliRun r = CliRun.run("", "generate", "--stdout", "--count", "50", "--user", "hbaker", "--full-name",
                "Hazel Baker", "--preset", "nist");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(50).doesNotHaveDuplicates();
        Account hazel = Account.of("hbaker").withFullName("Hazel Baker");
        try (PasswordPolicy nist = PasswordPolicy.preset("nist")) {
            lines.forEach(p -> {
                assertThat(p).hasSize(15);
                assertThat(nist.check(p.toCharArray(), hazel).violations()).isEmpty();
            });
        }
        assertThat(r.err()).isEqualTo("50 passwords (random mode), 93.1 bits each by the generator's model; each"
                + " passes the nist policy for this account\n");
    }

    @Test
    void passphrases() {
        CliRun r = CliRun.run("", "generate", "--stdout", "--mode", "PASSPHRASE", "--words", "5", "--separator", " ",
                "--capitalise", "--count", "20");
        assertThat(r.exitCode()).isZero();
        try (PasswordPolicy aup = PasswordPolicy.defaults()) {
            r.out().lines().forEach(p -> {
                assertThat(p.split(" ")).hasSize(5).allMatch(w -> w.matches("[A-Z][a-z]+[2-9]?"));
                assertThat(p.replaceAll("[^2-9]", "")).hasSize(1);
                assertThat(aup.check(p.toCharArray()).accepted()).isTrue();
            });
        }
        assertThat(r.err()).isEqualTo("20 passwords (passphrase mode), 69.9 bits each by the generator's model; each"
                + " passes the aup policy\n");
    }

    @Test
    void withAStoreThePersonsPasswordOnAnotherSystemIsNeverGiven() {
        Path storeFile = dir.resolve("store.db");
        Path pepper = dir.resolve("pepper.key");
        try (CredentialStore store = CredentialStore.builder().url("jdbc:sqlite:" + storeFile).pepperFile(pepper)
                .fingerprintCost(new FingerprintCost(256, 1, 1)).open()) {
            store.record("jsmith", "ad", Set.of(), "xK#9vq!Lp2@z".toCharArray(), "test", Instant.now());
        }
        CliRun r = CliRun.run("", "generate", "--stdout", "--count", "5", "--store", "jdbc:sqlite:" + storeFile,
                "--pepper", pepper.toString(), "--user", "jsmith", "--system", "google");
        assertThat(r.exitCode()).isZero();
        try (CredentialStore store = CredentialStore.builder().url("jdbc:sqlite:" + storeFile).pepperFile(pepper)
                .readOnly().open(); PasswordPolicy judge = PasswordPolicy.builder().credentialStore(store).build()) {
            Set<String> seen = new HashSet<>();
            r.out().lines().forEach(p -> {
                assertThat(seen.add(p)).isTrue();
                assertThat(judge.check(p.toCharArray(), Account.of("jsmith").withSystem("google")).violations())
                        .isEmpty();
            });
            assertThat(seen).hasSize(5);
        }
    }

    @Test
    void aStoreNeedsUserAndSystem() {
        CliRun r = CliRun.run("", "generate", "--stdout", "--store", "jdbc:sqlite:" + dir.resolve("s.db"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passhygiene: --store needs --user and --system: reuse is per person and"
                + " system\n");
    }

    @Test
    void aPolicyThatAllowsNoPasswordExitsThreeNamingTheKey() {
        CliRun r = CliRun.run("", "generate", "--stdout", "--preset", "nist", "--length", "10");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("passhygiene: cannot generate: length=10 is outside the policy's min-length=15"
                + " and max-length=256: ask for 15 to 256 characters\n");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertUsage(new String[] {"--mode", "passphrase", "--length", "20"},
                "passhygiene: --length applies to --mode random; --words, --separator and --capitalise to --mode"
                        + " passphrase\n");
        assertUsage(new String[] {"--mode", "passphrase", "--words", "2"},
                "passhygiene: --words=2: must be between 3 and 20\n");
        assertUsage(new String[] {"--mode", "passphrase", "--separator", "@"},
                "passhygiene: --separator: must be a space or one of !()*+,-./:=?[]_{}\n");
        assertUsage(new String[] {"--count", "0"}, "passhygiene: --count: must be between 1 and 10000\n");
        CliRun r = CliRun.run("", "generate", "--stdout", "--mode", "words");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("passhygiene: ").contains("must be random or passphrase")
                .doesNotContain("words");
    }

    private static void assertUsage(String[] options, String err) {
        String[] args = new String[options.length + 2];
        args[0] = "generate";
        args[1] = "--stdout";
        System.arraycopy(options, 0, args, 2, options.length);
        CliRun r = CliRun.run("", args);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(err);
    }

    @Test
    void helpListsTheOptionsAndExitCodes() {
        CliRun r = CliRun.run("", "generate", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--mode=MODE", "--length=N", "--words=N", "--count=N", "--stdout",
                "Exit codes:", "allow no password to be generated");
    }
}
