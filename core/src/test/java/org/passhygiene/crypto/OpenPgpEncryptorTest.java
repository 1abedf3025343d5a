package org.passhygiene.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real gpg decrypts what we encrypt (throwaway key in a temporary GNUPGHOME). */
class OpenPgpEncryptorTest {

    static final String REPORT = "{\"summary\":{},\"findings\":[],\"skipped\":[]}\n";

    static int gpg(Path home, Path out, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--pinentry-mode", "loopback"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
        pb.redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start().waitFor();
    }

    static boolean gpgInstalled() {
        try {
            return new ProcessBuilder("gpg", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Generates a throwaway key and exports its public key (armored); returns the key file. */
    static Path throwawayKey(Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(gpg(home, null, "--passphrase", "", "--quick-gen-key", "Audit Test <audit@example.org>",
                "default", "default", "never")).isZero();
        Path key = home.resolve("recipient.asc");
        assertThat(gpg(home, key, "--armor", "--export", "audit@example.org")).isZero();
        return key;
    }

    @Test
    void gpgDecryptsReportEncryptedToPublicKey(@TempDir Path dir) throws Exception {
        assumeThat(gpgInstalled()).as("gpg installed (.ci/run installs gnupg)").isTrue();
        Path home = dir.resolve("gnupg");
        Path key = throwawayKey(home);
        Path encrypted = dir.resolve("report.json.gpg");
        try (OpenPgpEncryptor pgp = OpenPgpEncryptor.toPublicKey(key);
             OutputStream out = pgp.open(Files.newOutputStream(encrypted))) {
            out.write(REPORT.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(encrypted, StandardCharsets.ISO_8859_1)).doesNotContain("summary");
        Path decrypted = dir.resolve("report.json");
        assertThat(gpg(home, decrypted, "--decrypt", encrypted.toString())).isZero();
        assertThat(Files.readString(decrypted)).isEqualTo(REPORT);
    }

    @Test
    void gpgDecryptsReportEncryptedWithPassphrase(@TempDir Path dir) throws Exception {
        assumeThat(gpgInstalled()).as("gpg installed (.ci/run installs gnupg)").isTrue();
        Path home = dir.resolve("gnupg");
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path encrypted = dir.resolve("report.json.gpg");
        char[] passphrase = "correct horse battery staple".toCharArray();
        try (OpenPgpEncryptor pgp = OpenPgpEncryptor.withPassphrase(passphrase);
             OutputStream out = pgp.open(Files.newOutputStream(encrypted))) {
            out.write(REPORT.getBytes(StandardCharsets.UTF_8));
        }
        Path decrypted = dir.resolve("report.json");
        assertThat(gpg(home, decrypted, "--passphrase", "correct horse battery staple", "--decrypt",
                encrypted.toString())).isZero();
        assertThat(Files.readString(decrypted)).isEqualTo(REPORT);
        assertThat(gpg(home, dir.resolve("wrong"), "--passphrase", "wrong", "--decrypt", encrypted.toString()))
                .isNotZero();
    }

    @Test
    void notAKeyFileNamesTheFile(@TempDir Path dir) throws IOException {
        Path notKey = dir.resolve("head.asc");
        Files.writeString(notKey, "hello");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenPgpEncryptor.toPublicKey(notKey))
                .isInstanceOf(IOException.class).hasMessageStartingWith(notKey + ": ");
    }
}
