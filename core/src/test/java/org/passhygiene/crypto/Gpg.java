package org.passhygiene.crypto;

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
 * The real gpg in a throwaway GNUPGHOME: generates keys (empty passphrase, loopback pinentry, optionally at a faked
 * system time), exports, revokes, decrypts and lists packets. {@link #close()} stops the gpg-agent it started.
 */
final class Gpg implements AutoCloseable {

    /** gpg's exit code and output. */
    record Run(int exitCode, String out, String err) {
    }

    private final Path home;

    private Gpg(Path home) {
        this.home = home;
    }

    static boolean installed() {
        try {
            return new ProcessBuilder("gpg", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A new GNUPGHOME (mode 0700) at {@code home}. */
    static Gpg at(Path home) throws IOException {
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        return new Gpg(home);
    }

    Path home() {
        return home;
    }

    /** Runs gpg in batch mode with an empty passphrase for key operations unless {@code args} give one. */
    Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--pinentry-mode", "loopback"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("gpg did not finish: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                    Files.readString(err, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs gpg and asserts it succeeded. */
    Run ok(String... args) throws IOException, InterruptedException {
        Run r = run(args);
        assertThat(r.exitCode()).as("gpg %s: %s", List.of(args), r.err()).isZero();
        return r;
    }

    /**
     * Generates a certificate whose primary key has {@code usage} (e.g. "sign"), at the faked time if not null
     * ("20200101T000000"), expiring as {@code expire} says ("never", "1y"); returns its fingerprint (40 hex).
     */
    String generate(String userId, String algo, String usage, String expire, String fakedTime)
            throws IOException, InterruptedException {
        ok(faked(fakedTime, "--passphrase", "", "--quick-gen-key", userId, algo, usage, expire));
        List<String> fprs = fingerprints(userId);
        return fprs.get(0);
    }

    /** Adds a subkey to {@code fingerprint}'s certificate; returns the new subkey's fingerprint. */
    String addSubkey(String fingerprint, String algo, String usage, String expire, String fakedTime)
            throws IOException, InterruptedException {
        List<String> before = fingerprints(fingerprint);
        ok(faked(fakedTime, "--passphrase", "", "--quick-add-key", fingerprint, algo, usage, expire));
        List<String> after = new ArrayList<>(fingerprints(fingerprint));
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return after.get(0);
    }

    /** Revokes the certificate with the revocation certificate gpg wrote when it generated the key. */
    void revoke(String fingerprint) throws IOException, InterruptedException {
        Path cert = home.resolve("openpgp-revocs.d").resolve(fingerprint + ".rev");
        String armored = Files.readString(cert, StandardCharsets.UTF_8).replace(":-----BEGIN", "-----BEGIN");
        Path rev = home.resolve(fingerprint + ".rev.asc");
        Files.writeString(rev, armored, StandardCharsets.UTF_8);
        ok("--import", rev.toString());
    }

    /** Revokes a subkey (gpg --edit-key driven through --command-fd, "key is no longer used"). */
    void revokeSubkey(String fingerprint, int subkeyIndex) throws IOException, InterruptedException {
        Path commands = home.resolve("revkey.txt");
        Files.writeString(commands, "key " + subkeyIndex + "\nrevkey\ny\n3\n\ny\nsave\n");
        List<String> cmd = List.of("gpg", "--homedir", home.toString(), "--batch", "--yes", "--pinentry-mode",
                "loopback", "--passphrase", "", "--command-fd", "0", "--edit-key", fingerprint);
        Process p = new ProcessBuilder(cmd).redirectInput(commands.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    /** Exports public keys (armored) of the given fingerprints into one file. */
    Path export(Path file, String... fingerprints) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--armor", "--export"));
        args.addAll(List.of(fingerprints));
        Files.writeString(file, ok(args.toArray(String[]::new)).out(), StandardCharsets.ISO_8859_1);
        return file;
    }

    /** Fingerprints (primary first, then subkeys) of the certificate(s) matching {@code query}. */
    List<String> fingerprints(String query) throws IOException, InterruptedException {
        List<String> fprs = new ArrayList<>();
        for (String line : ok("--with-colons", "--list-keys", query).out().split("\n")) {
            if (line.startsWith("fpr:")) {
                fprs.add(line.split(":")[9]);
            }
        }
        return fprs;
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

    private static String[] faked(String fakedTime, String... args) {
        if (fakedTime == null) {
            return args;
        }
        List<String> all = new ArrayList<>(List.of("--faked-system-time", fakedTime + "!"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}
