package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 9 item 6: an export from which no account was read proves nothing, so the audit is incomplete (exit 5, an
 * INCOMPLETE line naming the file), never "No findings." with exit 0.
 */
class AuditEmptyExportTest {

    @Test
    void chromeExportWithOnlyItsHeaderIsIncomplete(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hdronly.csv");
        Files.writeString(f, "name,url,username,password,note\n");
        CliRun r = AuditIncompleteTest.audit(f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(r.out()).isEqualTo("Audit as of 2026-03-16 against the aup policy: 0 accounts in 1 file(s)\n"
                + "  " + f + " (chrome, 0 rows)\n"
                + "INCOMPLETE: " + f + ": no rows: the export holds only its header, so no account was read\n"
                + "No findings in the rows read — the audit is incomplete.\n");
        assertThat(r.out()).doesNotContain("No findings.\n");
        assertThat(r.err()).isEqualTo("passhygiene: " + f + ": no rows: the export holds only its header; the audit "
                + "is incomplete\n");
    }

    @Test
    void truncatedGoogleHeaderWithAStrayQuoteIsIncomplete(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("google.csv");
        Files.writeString(f, "First Name [Required],Last Name [Required],Email Address [Required],Password "
                + "[Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Requ[Req\"uired],Pass");
        CliRun r = AuditIncompleteTest.audit(f.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isIn(ExitCodes.INCOMPLETE, 4);
        assertThat(r.out()).doesNotContain("No findings.\n");
    }

    @Test
    void oneEmptyExportAmongGoodOnesMakesTheRunIncompleteInEveryFormat(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "name,url,username,password,note\n");
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "name,url,username,password,note\nsims,https://sims.example/,jsmith,"
                + "gH6$wQ9!zT2v-velvet,\n");
        for (String format : new String[] {"text", "csv", "json", "html"}) {
            CliRun r = AuditIncompleteTest.audit("--report", format, good.toString(), empty.toString());
            assertThat(r.exitCode()).as(format + ": " + r.err()).isEqualTo(ExitCodes.INCOMPLETE);
            if (!format.equals("json")) {
                assertThat(r.out()).as(format).contains("no rows: the export holds only its header");
            } else {
                assertThat(r.out()).contains("\"complete\":false");
            }
        }
        CliRun accepted = AuditIncompleteTest.audit("--report", "text", good.toString());
        assertThat(accepted.exitCode()).as(accepted.out()).isIn(ExitCodes.OK, ExitCodes.REJECTED);
    }
}
