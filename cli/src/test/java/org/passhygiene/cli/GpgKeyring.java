package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway gpg home with one certificate (ed25519 signing key, cv25519 encryption subkey, no passphrase) for the
 * provisioning tests: its public key file, and decryption with the real gpg. {@link #close()} stops its gpg-agent.
 */
final class GpgKeyring implements AutoCloseable {

    private final Path home;
    private final Path publicKey;

    private GpgKeyring(Path home) throws IOException, InterruptedException {
        this.home = home;
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        gpg("--passphrase", "", "--quick-gen-key", "IT Office <it@school.example>", "ed25519", "sign", "never");
        String fingerprint = null;
        for (String line : new String(gpg("--with-colons", "--list-keys"), StandardCharsets.UTF_8).split("\n")) {
            if (fingerprint == null && line.startsWith("fpr:")) {
                fingerprint = line.split(":")[9];
            }
        }
        gpg("--passphrase", "", "--quick-add-key", fingerprint, "cv25519", "encr", "never");
        publicKey = home.resolve("it-office.asc");
        Files.write(publicKey, gpg("--armor", "--export", fingerprint));
    }

    /** Makes the key in {@code home} (created 0700). */
    static GpgKeyring create(Path home) throws IOException, InterruptedException {
        return new GpgKeyring(home);
    }

    static boolean installed() {
        try {
            return new ProcessBuilder("gpg", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Exports the secret key (armored) to {@code file}: what a technician might give by mistake. */
    Path exportSecretKey(Path file) throws IOException, InterruptedException {
        return Files.write(file, gpg("--passphrase", "", "--armor", "--export-secret-keys"));
    }

    /** The armored public key, for {@code --encrypt-to}. */
    Path publicKey() {
        return publicKey;
    }

    /** What gpg decrypts {@code file} to (with {@code passphrase} for a passphrase-encrypted file, else the key). */
    String decrypt(Path file, String passphrase) throws IOException, InterruptedException {
        return new String(gpg("--passphrase", passphrase == null ? "" : passphrase, "--decrypt", file.toString()),
                StandardCharsets.UTF_8);
    }

    /** Runs gpg in batch mode on this home; asserts it succeeded and returns its standard output. */
    private byte[] gpg(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--pinentry-mode", "loopback"));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(home, "err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("gpg %s: %s", cmd, Files.readString(err, StandardCharsets.ISO_8859_1))
                    .isZero();
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Override
    public void close() throws IOException {
        Process kill = new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "all")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            kill.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
