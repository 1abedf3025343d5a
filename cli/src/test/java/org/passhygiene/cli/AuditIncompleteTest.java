package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9 item 2 and #10 item 1, black box: input that cannot be read never looks clean. Each case asserts the exit
 * code (5: incomplete, taking precedence over 1), the INCOMPLETE line before the findings and the skipped rows.
 */
class AuditIncompleteTest {

    static final String AD_HEADER = "SamAccountName,Name,Enabled\n";

    static CliRun audit(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "audit";
        all[1] = "--as-of";
        all[2] = "2026-03-16";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.run("", all);
    }

    @Test
    void unclosedQuoteOnRowTwoCountsEveryLineItSwallowed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ad.csv");
        Files.writeString(f, AD_HEADER + "jsmith,\"Jane Smith,True\nbjones,Bob Jones,True\ncwhite,Carol White,True\n"
                + "ddavis,Dan Davis,True\n");
        CliRun r = audit(f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(r.out()).isEqualTo("Audit as of 2026-03-16 against the aup policy: 0 accounts in 1 file(s)\n"
                + "  " + f + " (ad, 4 rows, 4 not read)\n"
                + "INCOMPLETE: 4 of 4 rows of " + f + " could not be read — the quoted field opened on line 2 is "
                + "never closed: it runs to the end of the file, swallowing 4 line(s) (2-5). Fix: remove or close "
                + "the stray double quote on the line named, or export again\n"
                + "No findings in the rows read — the audit is incomplete.\n"
                + "\nSkipped 4 row(s):\n"
                + "  " + f + ":2-5: the quoted field opened on line 2 is never closed: it runs to the end of the "
                + "file, swallowing 4 line(s) (2-5)\n");
        assertThat(r.err()).isEqualTo("passhygiene: " + f + ": 4 of 4 rows could not be read; the audit is "
                + "incomplete\n");
    }

    @Test
    void binaryJunkAfterTheHeaderIsCountedRowByRow(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ad.csv");
        Random random = new Random(9);
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(AD_HEADER.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 113; i++) {
                byte[] junk = new byte[1 + random.nextInt(200)];
                random.nextBytes(junk);
                for (int j = 0; j < junk.length; j++) {
                    if (junk[j] == '\n' || junk[j] == '\r') {
                        junk[j] = 0;
                    }
                }
                junk[random.nextInt(junk.length)] = 0;
                out.write(junk);
                out.write('\n');
            }
        }
        CliRun r = audit(f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(r.out()).contains("\nINCOMPLETE: 113 of 113 rows of " + f + " could not be read — binary data "
                + "(a NUL byte): not text (binary, or an encoding other than UTF-8 and UTF-16? save it as UTF-8). "
                + "Fix: the file holds binary data or text in an encoding other than UTF-8 and UTF-16: save the "
                + "export as UTF-8 (PowerShell: Export-Csv -Encoding UTF8)\n"
                + "No findings in the rows read — the audit is incomplete.\n")
                .contains("  " + f + ":2: binary data (a NUL byte)", "  " + f + ":114: binary data (a NUL byte)")
                .doesNotContain("\nNo findings.\n");
    }

    @Test
    void randomBinaryJunkLosesNoRowInSilence(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ad.csv");
        Random random = new Random(10);
        byte[] junk = new byte[20_000];
        random.nextBytes(junk);
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(AD_HEADER.getBytes(StandardCharsets.UTF_8));
            out.write(junk);
            out.write("\njsmith,Jane Smith,True\n".getBytes(StandardCharsets.UTF_8));
        }
        CliRun r = audit("--report", "json", f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INCOMPLETE);
        long lineBreaks = 1;
        for (byte b : junk) {
            lineBreaks += b == '\n' || b == '\r' ? 1 : 0;
        }
        assertThat(r.out()).contains("\"complete\":false");
        String rows = r.out().replaceAll("(?s).*\"files\":\\[\\{[^}]*\"rows\":(\\d+),\"rowsRead\":(\\d+),"
                + "\"rowsSkipped\":(\\d+).*", "$1 $2 $3");
        long[] n = Arrays.stream(rows.split(" ")).mapToLong(Long::parseLong).toArray();
        assertThat(n[1] + n[2]).isEqualTo(n[0]);
        assertThat(n[2]).isPositive();
        assertThat(n[0]).isBetween(2L, lineBreaks + 1);
    }

    @Test
    void hundredMegabyteFieldIsOneSkippedRowAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ad.csv");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write((AD_HEADER + "jsmith,Jane Smith,True\nhuge,").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 100; i++) {
                out.write(block);
            }
            out.write(",True\ncwhite,Carol White,True\n".getBytes(StandardCharsets.UTF_8));
        }
        CliRun r = audit(f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(r.out()).isEqualTo("Audit as of 2026-03-16 against the aup policy: 2 accounts in 1 file(s)\n"
                + "  " + f + " (ad, 3 rows, 1 not read)\n"
                + "INCOMPLETE: 1 of 3 rows of " + f + " could not be read — line longer than the 1 MiB limit "
                + "(1048576 bytes)\n"
                + "No findings in the rows read — the audit is incomplete.\n"
                + "\nSkipped 1 row(s):\n"
                + "  " + f + ":3: line longer than the 1 MiB limit (1048576 bytes)\n");
    }

    @Test
    void openQuoteMidFileSwallowingTheNextRowCountsBothRows(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("chrome.csv");
        Files.writeString(f, "name,url,username,password,note\n"
                + "a,https://a.example,alice,gH6$wQ9!zT2v,\n"
                + "b,https://b.example,\"bob,Rz4#Kp9!mX2q,\n"
                + "c,https://c.example,carol,Qw3$Er5%Ty7^,\"\n"
                + "d,https://d.example,dave,Lp8&Vb3@Nc6*,\n");
        CliRun r = audit(f.toString());
        assertThat(r.exitCode()).as("incomplete takes precedence over findings: " + r.err())
                .isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(r.out()).contains("  " + f + " (chrome, 4 rows, 2 not read)\n"
                + "INCOMPLETE: 2 of 4 rows of " + f + " could not be read — expected 5 fields, found 3; the quoted "
                + "field opened on line 3 runs over 2 lines (3-4)\n\nFindings (worst first; INCOMPLETE: only the "
                + "rows read):\n")
                .contains("\nSkipped 2 row(s):\n  " + f + ":3-4: expected 5 fields, found 3; the quoted field "
                        + "opened on line 3 runs over 2 lines (3-4)\n")
                .contains("PLAINTEXT_IN_EXPORT: alice @ a.example, dave @ d.example");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devZeroEndsInOneClearError() {
        for (String[] args : new String[][] {{"/dev/zero"}, {"--format-in", "ad", "/dev/zero"},
            {"--format-in", "secretsdump", "/dev/zero"}, {"--format-in", "chrome", "/dev/zero"}}) {
            CliRun r = audit(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.IO);
            assertThat(r.err()).isEqualTo("passhygiene: /dev/zero:1: binary data (a NUL byte) and no line break "
                    + "within the 1 MiB limit: not a text export\n");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void firstLineOfBinaryIsNotAKnownFormat(@TempDir Path dir) throws IOException {
        // UTF-16 is text now (#10); a NUL character in the first line is not
        Path f = dir.resolve("ad-utf16.csv");
        Files.write(f, "\uFEFFSamAccountName\0,Enabled\r\njsmith,True\r\n".getBytes(StandardCharsets.UTF_16LE));
        CliRun r = audit(f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).isEqualTo("passhygiene: " + f + ":1: not a known export format: binary data (a NUL "
                + "byte): not text (binary, or an encoding other than UTF-8 and UTF-16? save it as UTF-8)\n");
    }

    @Test
    void utf16ExportWithAMarkIsRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ad-utf16.csv");
        Files.write(f, "\uFEFFSamAccountName,Enabled\r\njsmith,True\r\n".getBytes(StandardCharsets.UTF_16LE));
        CliRun r = audit(f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("  " + f + " (ad, 1 rows)\n").contains("\nNo findings.\n");
    }

    @Test
    void skippedRowsMakeTheRunIncompleteInEveryFormatEvenWithoutFindings(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ad.csv");
        Files.writeString(f, AD_HEADER + "jsmith,Jane Smith,True\nbjones,Bob Jones,maybe\n");
        for (String format : new String[] {"text", "json", "csv", "html"}) {
            CliRun r = audit("--report", format, f.toString());
            assertThat(r.exitCode()).as(format).isEqualTo(ExitCodes.INCOMPLETE);
            assertThat(r.out()).as(format).doesNotContain("No findings.");
        }
        assertThat(audit("--report", "json", f.toString()).out()).contains("\"skipped\":1,\"complete\":false,",
                "{\"file\":\"" + f + "\",\"format\":\"ad\",\"rows\":2,\"rowsRead\":1,\"rowsSkipped\":1,"
                        + "\"reasons\":[{\"cause\":\"BAD_VALUE\",\"reason\":\"Enabled: not True or False\",\"rows\":1}]}",
                "\"skipped\":[{\"file\":\"" + f + "\",\"line\":3,\"lines\":1,\"cause\":\"BAD_VALUE\","
                        + "\"reason\":\"Enabled: not True or False\"}]");
        assertThat(audit("--report", "csv", f.toString()).out()).isEqualTo(
                "code,severity,clause,account,detail,tag,remedy,change\r\n"
                + "INCOMPLETE,INCOMPLETE,Rows that could not be read: the audit is incomplete," + f + ",1 of 2 rows of "
                + f + " could not be read — Enabled: not True or False,,,\r\n"
                + "SKIPPED_ROW,INCOMPLETE,Row that could not be read," + f + ":3,Enabled: not True or False,,,\r\n");
        assertThat(audit("--report", "html", f.toString()).out()).contains("<p class=\"incomplete\"><strong>"
                + "INCOMPLETE:</strong> 1 of 2 rows of " + f + " could not be read — Enabled: not True or False</p>",
                "<p id=\"no-findings\">No findings in the rows read: the audit is incomplete.</p>",
                "<tr><td>" + f + "</td><td>3</td><td>Enabled: not True or False</td></tr>");
    }

    @Test
    void maxSkippedAcceptsKnownJunkButStillListsIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ad.csv");
        Files.writeString(f, AD_HEADER + "jsmith,Jane Smith,True\nbjones,Bob Jones,maybe\n");
        CliRun accepted = audit("--max-skipped", "1", f.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).doesNotContain("INCOMPLETE")
                .contains("No findings in the rows read (1 skipped row(s) accepted as known junk).\n"
                        + "\nSkipped 1 row(s), accepted as known junk (up to 1 allowed):\n  " + f
                        + ":3: Enabled: not True or False\n");
        assertThat(accepted.err()).isEmpty();
        assertThat(audit("--max-skipped", "1", "--report", "json", f.toString()).out())
                .contains("\"complete\":true,\"acceptedSkipped\":1,");
        CliRun over = audit("--max-skipped", "0", f.toString());
        assertThat(over.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(audit("--max-skipped", "-1", f.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void incompleteSummaryWhenTheReportGoesToAFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ad.csv");
        Files.writeString(f, AD_HEADER + "jsmith,Jane Smith,True\nbjones,Bob Jones,maybe\n");
        Path report = dir.resolve("report.json");
        CliRun r = audit("--report", "json", "--out", report.toString(), f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(r.out()).isEqualTo("wrote " + report + ": no findings in the rows read; INCOMPLETE: 1 row(s) "
                + "could not be read\n");
    }

    @Test
    void usernamesAndFileNamesCannotDriveTheTerminalOrForgeLines(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("chrome\u001b[31m.csv");
        Files.writeString(f, "name,url,username,password,note\n"
                + "x,https://x.example,\"evil\u001b[2J\nCRITICAL FAKE: all clear\",gH6$wQ9!zT2v,\n");
        Path dump = dir.resolve("ntds.ntds");
        Files.writeString(dump, "OAKFIELD\\bob\u001b]0;pwned\u0007:1001:aad3b435b51404eeaad3b435b51404ee:"
                + "31d6cfe0d16ae931b73c59d7e0c089c0:::\n");
        CliRun r = audit(f.toString(), dump.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("PLAINTEXT_IN_EXPORT: evil\\u001b[2J\\nCRITICAL FAKE: all clear @ x.example — "
                        + dir + "/chrome\\u001b[31m.csv holds 1 plaintext passwords",
                        "CRITICAL EMPTY_PASSWORD: bob\\u001b]0;pwned\\u0007 — no password",
                        "  " + dir + "/chrome\\u001b[31m.csv (chrome, 1 rows)");
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("CRITICAL FAKE"));
    }
}
