package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Issue #9 items 10 and 11: empty --stdin is a usage error; every I/O error names the file and the reason. */
class ErrorMessagesTest {

    @TempDir
    Path dir;

    private Path index() throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), "Tulip!Harbour!88\n");
        Path index = dir.resolve("list.phbi");
        CliRun r = CliRun.run("", "breach", "import", "--passwords", list.toString(), "--out", index.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return index;
    }

    @Test
    void emptyStandardInputIsAUsageErrorNotAPass() throws IOException {
        String expected = "passhygiene: no password read from standard input (--stdin expects one per line)\n";
        CliRun check = CliRun.run("", "check", "--stdin");
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).isEqualTo(expected);
        assertThat(check.out()).isEmpty();
        CliRun json = CliRun.run("", "check", "--stdin", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(2);
        CliRun breach = CliRun.run("", "breach", "check", "--index", index().toString(), "--stdin");
        assertThat(breach.exitCode()).isEqualTo(2);
        assertThat(breach.err()).isEqualTo(expected);
        assertThat(breach.out()).isEmpty();
        // One empty line is one (empty) password: checked, not "nothing read".
        assertThat(CliRun.run("\n", "check", "--stdin").out()).startsWith("line 1: rejected");
        assertThat(CliRun.run("\n", "breach", "check", "--index", index().toString(), "--stdin").exitCode())
                .isZero();
    }

    @Test
    void missingFileIsNamedWithTheReason() {
        Path missing = dir.resolve("nosuch.csv");
        CliRun r = CliRun.run("", "audit", missing.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("passhygiene: " + missing + ": no such file\n");
        CliRun info = CliRun.run("", "breach", "info", missing.toString());
        assertThat(info.exitCode()).isEqualTo(4);
        assertThat(info.err()).isEqualTo("passhygiene: " + missing + ": no such file\n");
    }

    @Test
    void directoryGivenAsAFileIsNamed() {
        String expected = "passhygiene: " + dir + ": is a directory, not a file\n";
        for (CliRun r : new CliRun[] {CliRun.run("", "audit", dir.toString()),
            CliRun.run("", "breach", "info", dir.toString()),
            CliRun.run("x\n", "breach", "check", "--index", dir.toString(), "--stdin"),
            CliRun.run("x\n", "check", "--stdin", "--breach-index", dir.toString())}) {
            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.err()).isEqualTo(expected);
        }
    }

    @Test
    void permissionDeniedNamesTheTargetNotATemporaryFile() {
        // Root ignores file modes; /sys/kernel refuses new files even to root, where it is mounted.
        Path sysKernel = Path.of("/sys/kernel");
        boolean denied;
        try {
            Files.delete(Files.createTempFile(sysKernel, "probe", ".tmp"));
            denied = false;
        } catch (AccessDeniedException e) {
            denied = true;
        } catch (IOException | UnsupportedOperationException e) {
            denied = false;
        }
        assumeTrue(denied, "no directory that refuses new files");
        Path target = sysKernel.resolve("school-policy.yaml");
        CliRun r = CliRun.run("", "policy", "init", "--out", target.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("passhygiene: " + target + ": permission denied (cannot create or replace a "
                + "file in /sys/kernel)\n");
    }

    private static String handled(Exception ex) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        int code;
        try {
            code = ExitCodes.executionHandler(new boolean[1]).handleExecutionException(ex, cl, null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(code).isEqualTo(ExitCodes.IO);
        return err.toString();
    }

    @Test
    void executionHandlerGivesEveryFileSystemErrorItsReason() {
        assertThat(handled(new AccessDeniedException("/srv/reports/r.html")))
                .isEqualTo("passhygiene: /srv/reports/r.html: permission denied\n");
        AccessDeniedException denied = new AccessDeniedException("/srv/x.csv");
        assertThat(handled(new UncheckedIOException(denied.getMessage(), denied)))
                .isEqualTo("passhygiene: /srv/x.csv: permission denied\n");
        assertThat(handled(new NoSuchFileException("nosuch.csv"))).isEqualTo("passhygiene: nosuch.csv: no such file\n");
        assertThat(handled(new FileSystemException("a.txt", "b.txt", "Read-only file system")))
                .isEqualTo("passhygiene: a.txt -> b.txt: Read-only file system\n");
        assertThat(handled(new UncheckedIOException("stdin:3: cannot read: /srv/in", new AccessDeniedException(
                "/srv/in")))).isEqualTo("passhygiene: stdin:3: cannot read: /srv/in: permission denied\n");
        assertThat(handled(new UncheckedIOException("x.csv:2: field too long", new IOException("inner"))))
                .isEqualTo("passhygiene: x.csv:2: field too long\n");
        assertThat(handled(new java.io.EOFException())).isEqualTo("passhygiene: I/O error (EOFException)\n");
    }

    @Test
    void fileNamesAndMessagesAreEscaped() {
        assertThat(handled(new NoSuchFileException("evil\u001b[2J\nCRITICAL FAKE.csv")))
                .isEqualTo("passhygiene: evil\\u001b[2J\\nCRITICAL FAKE.csv: no such file\n");
        assertThat(handled(new IOException("bad \u001b[31mred\u001b[0m"))).isEqualTo(
                "passhygiene: bad \\u001b[31mred\\u001b[0m\n");
        assertThat(IoMessages.safe("already escaped \\u001b and C:\\dir")).isEqualTo(
                "already escaped \\u001b and C:\\dir");
        assertThat(IoMessages.safe("choices:\n  a\n  b\u0007")).isEqualTo("choices:\n  a\n  b\\u0007");
    }
}
