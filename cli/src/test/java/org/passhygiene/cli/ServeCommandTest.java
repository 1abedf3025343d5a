package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code passhygiene serve}: what it refuses before it binds (the service itself: the serve package's tests). */
class ServeCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0:0", "[::]:0"})
    void aNonLoopbackAddressWithoutTlsAndTokenIsRefusedWithTheReason(String listen) throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "0123456789abcdefghijklmnopqrstuv\n");
        CliRun plain = CliRun.run("", "serve", "--listen", listen);
        CliRun tokenOnly = CliRun.run("", "serve", "--listen", listen, "--token-file", token.toString());
        String host = listen.substring(0, listen.lastIndexOf(':')).replace("[", "").replace("]", "");
        for (CliRun r : new CliRun[] {plain, tokenOnly}) {
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("passhygiene: refusing to listen on " + host + ": a non-loopback address"
                    + " needs both TLS (--tls-cert and --tls-key) and a bearer token (--token-file); without them"
                    + " listen on 127.0.0.1\n");
        }
    }

    @Test
    void optionProblemsAreUsageErrors() throws Exception {
        Path cert = Files.writeString(dir.resolve("cert.pem"), "");
        assertThat(CliRun.run("", "serve", "--tls-cert", cert.toString()).err())
                .isEqualTo("passhygiene: --tls-cert and --tls-key go together\n");
        Path shortToken = Files.writeString(dir.resolve("short"), "secret\n");
        CliRun r = CliRun.run("", "serve", "--token-file", shortToken.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("passhygiene: --token-file " + shortToken + ": the token must be at least 24"
                + " printable ASCII characters without spaces, e.g. from: openssl rand -base64 32\n")
                .doesNotContain("secret\n\n");
        for (String rate : new String[] {"0", "2000000000"}) {
            CliRun badRate = CliRun.run("", "serve", "--rate", rate);
            assertThat(badRate.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(badRate.err()).isEqualTo("passhygiene: --rate must be between 1 and 1000000\n");
        }
        CliRun badListen = CliRun.run("", "serve", "--listen", "localhost");
        assertThat(badListen.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badListen.err()).isEqualTo("passhygiene: --listen: must be HOST:PORT, e.g. 127.0.0.1:8787 or"
                + " [::1]:8787\nTry 'passhygiene serve --help'.\n");
    }

    @AfterEach
    void restore() {
        ServeCommand.started = server -> { };
    }

    /** Starts serve with the token file, stops it as soon as it has started; its exit code and output. */
    static CliRun serveWithToken(Path token) {
        ServeCommand.started = server -> server.close();
        return CliRun.run("", "serve", "--listen", "127.0.0.1:0", "--token-file", token.toString());
    }

    @Test
    void aTokenFileOthersCanReadIsWarnedAboutOnceAndServeStillStarts() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path token = Files.writeString(dir.resolve("token"), "0123456789abcdefghijklmnopqrstuv\n");
        for (String mode : new String[] {"rw-r--r--", "rw-r-----", "rw----r--"}) {
            Files.setPosixFilePermissions(token, PosixFilePermissions.fromString(mode));
            CliRun r = serveWithToken(token);
            assertThat(r.exitCode()).as(mode + ": " + r.err()).isZero();
            assertThat(r.out()).as(mode).startsWith("passhygiene: serving policy 'aup' on http://127.0.0.1:");
            assertThat(r.err().lines().filter(l -> l.contains("warning"))).as(mode).containsExactly(
                    "passhygiene: warning: " + token + " is readable by other users; chmod 600 " + token);
        }
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        CliRun r = serveWithToken(token);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning");
    }

    @Test
    void helpListsTheOptionsAndExitCodes() {
        CliRun r = CliRun.run("", "serve", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--listen=HOST:PORT", "--range-dir=DIR", "--range-dir-ntlm=DIR", "--tls-cert=FILE",
                "--tls-key=FILE", "--token-file=FILE", "--breach-index=FILE", "--store=URL", "--access-log",
                "Exit codes:");
    }
}
