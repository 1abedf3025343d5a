package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9 item 1, black-box: every command that writes a file (audit --out, breach import --out, policy init --out)
 * refuses a device, FIFO, directory, symbolic link, its own input, a missing directory and (for binary output)
 * {@code -}, as a usage error naming the path and the reason, with nothing touched.
 */
class OutputPathTest {

    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;
    private static final String NOT_REGULAR = "; the output must be a regular file\n";
    private static final String LINK_ADVICE = "; links are neither followed nor replaced: give the path of a regular "
            + "file\n";

    @TempDir
    Path dir;

    private Path export;
    private Path passwords;

    @BeforeEach
    void inputs() throws Exception {
        export = dir.resolve("m365.csv");
        Files.copy(Path.of(AuditCommandTest.fixture("m365.csv")), export);
        passwords = Files.writeString(dir.resolve("passwords.txt"), "Tulip!Harbour!88\nOrbital#Fig#22\n");
    }

    private CliRun audit(String out) {
        return CliRun.run("", "audit", "--as-of", "2026-03-16", export.toString(), "--out=" + out);
    }

    private CliRun breachImport(String out) {
        return CliRun.run("", "breach", "import", "--passwords", passwords.toString(), "--out", out);
    }

    private CliRun policyInit(String out) {
        return CliRun.run("", "policy", "init", "--force", "--out", out);
    }

    private List<CliRun> everyWriter(String out) {
        return List.of(audit(out), breachImport(out), policyInit(out));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void refusedWith(List<CliRun> runs, String err) {
        for (CliRun r : runs) {
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).isEqualTo(err);
            assertThat(r.out()).isEmpty();
        }
    }

    private static int fileType(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
    }

    @Test
    void devNullIsRefusedAndStaysACharacterDevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(fileType(devNull) == S_IFCHR);
        refusedWith(everyWriter("/dev/null"), "passhygiene: /dev/null: is a character device" + NOT_REGULAR);
        assertThat(fileType(devNull)).isEqualTo(S_IFCHR);
        assertThat(Files.readAttributes(devNull, "basic:isOther", LinkOption.NOFOLLOW_LINKS).get("isOther"))
                .isEqualTo(true);
    }

    @Test
    void fifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        List<String> before = listing();
        refusedWith(everyWriter(fifo.toString()), "passhygiene: " + fifo + ": is a FIFO (named pipe)" + NOT_REGULAR);
        assertThat(fileType(fifo)).isEqualTo(S_IFIFO);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void symbolicLinkToStandardOutputIsRefusedAndKept() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("stdout"), Path.of("/proc/self/fd/1"));
        for (CliRun r : everyWriter(link.toString())) {
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith("passhygiene: " + link + ": is a symbolic link to ").endsWith(LINK_ADVICE);
            assertThat(r.out()).isEmpty();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/proc/self/fd/1"));
    }

    @Test
    void symbolicLinkToADirectoryAndToARegularFileAreRefused() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("reports"));
        Path toDir = Files.createSymbolicLink(dir.resolve("to-dir"), sub);
        Path other = Files.writeString(dir.resolve("old-report.txt"), "old\n");
        Path toFile = Files.createSymbolicLink(dir.resolve("to-file"), other);
        List<String> before = listing();
        refusedWith(everyWriter(toDir.toString()),
                "passhygiene: " + toDir + ": is a symbolic link to a directory" + LINK_ADVICE);
        refusedWith(everyWriter(toFile.toString()),
                "passhygiene: " + toFile + ": is a symbolic link to a regular file" + LINK_ADVICE);
        assertThat(listing()).isEqualTo(before);
        assertThat(Files.readString(other)).isEqualTo("old\n");
        try (Stream<Path> files = Files.list(sub)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void directoryIsRefused() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("out"));
        refusedWith(everyWriter(sub.toString()), "passhygiene: " + sub + ": is a directory" + NOT_REGULAR);
        assertThat(Files.isDirectory(sub)).isTrue();
        try (Stream<Path> files = Files.list(sub)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theInputItselfIsRefusedAndUnchangedByteForByte() throws IOException {
        byte[] exportBytes = Files.readAllBytes(export);
        byte[] passwordBytes = Files.readAllBytes(passwords);
        List<String> before = listing();
        refusedWith(List.of(audit(export.toString())), "passhygiene: " + export + ": is the same file as the input "
                + export + "; write the output elsewhere\n");
        refusedWith(List.of(breachImport(passwords.toString())), "passhygiene: " + passwords + ": is the same file "
                + "as the input " + passwords + "; write the output elsewhere\n");
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "extends: ncsc\n");
        CliRun overPolicy = CliRun.run("", "audit", "--policy", policy.toString(), export.toString(), "--out",
                policy.toString());
        assertThat(overPolicy.exitCode()).isEqualTo(2);
        assertThat(overPolicy.err()).isEqualTo("passhygiene: " + policy + ": is the same file as the input "
                + policy + "; write the output elsewhere\n");
        assertThat(Files.readAllBytes(export)).isEqualTo(exportBytes);
        assertThat(Files.readAllBytes(passwords)).isEqualTo(passwordBytes);
        assertThat(Files.readString(policy)).isEqualTo("extends: ncsc\n");
        assertThat(listing()).containsExactlyElementsOf(
                Stream.concat(before.stream(), Stream.of("policy.yaml")).sorted().toList());
    }

    @Test
    void missingDirectoryIsRefusedAndNotCreated() throws IOException {
        Path target = dir.resolve("no-such-dir/out.txt");
        refusedWith(everyWriter(target.toString()), "passhygiene: " + target + ": directory "
                + dir.resolve("no-such-dir") + " does not exist\n");
        assertThat(Files.exists(dir.resolve("no-such-dir"))).isFalse();
    }

    @Test
    void dashStreamsTheAuditReportAndPolicyButIsRefusedForTheBinaryIndex() throws IOException {
        CliRun toStdout = CliRun.run("", "audit", "--as-of", "2026-03-16", export.toString(), "--out=-");
        CliRun plain = CliRun.run("", "audit", "--as-of", "2026-03-16", export.toString());
        assertThat(toStdout.exitCode()).as(toStdout.err()).isEqualTo(plain.exitCode()).isEqualTo(1);
        assertThat(toStdout.out()).isEqualTo(plain.out()).contains("PASSWORD_NEVER_EXPIRES");
        CliRun json = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "json", export.toString(),
                "--out", "-");
        assertThat(json.out()).startsWith("{\"schemaVersion\":2,\"summary\":");
        assertThat(policyInit("-").out()).startsWith("# passhygiene policy file.");
        refusedWith(List.of(breachImport("-")),
                "passhygiene: -: standard output is not accepted for this output; give a file name\n");
        CliRun encrypted = CliRun.run("", "audit", "--encrypt-passphrase", export.toString(), "--out", "-");
        assertThat(encrypted.exitCode()).isEqualTo(2);
        assertThat(encrypted.err()).isEqualTo("passhygiene: encryption needs --out FILE\n");
        assertThat(Files.exists(Path.of("-"))).isFalse();
    }

    @Test
    void regularFilesAreStillWrittenAndReplaced() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "old report\n");
        CliRun r = audit(report.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).startsWith("wrote " + report + ": ");
        assertThat(Files.readString(report)).contains("PASSWORD_NEVER_EXPIRES");
        Path index = dir.resolve("list.phbi");
        assertThat(breachImport(index.toString()).exitCode()).isZero();
        assertThat(breachImport(index.toString()).exitCode()).isZero();
        assertThat(listing()).containsExactly("list.phbi", "m365.csv", "passwords.txt", "report.txt");
    }
}
