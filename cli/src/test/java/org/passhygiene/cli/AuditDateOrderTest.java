package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code audit --date-order}: exports whose dates cannot show their order are refused, never guessed (#10). */
class AuditDateOrderTest {

    static String ps(String name) throws URISyntaxException {
        return Path.of(AuditDateOrderTest.class.getResource("/org/passhygiene/audit/real/powershell/" + name)
                .toURI()).toString();
    }

    static CliRun audit(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "audit";
        all[1] = "--as-of";
        all[2] = "2026-03-16";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.run("", all);
    }

    @Test
    void ambiguousFileIsRefusedWithWhatToPass() throws URISyntaxException {
        String f = ps("ps51-en-US-ambiguous.csv");
        CliRun r = audit(f);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).isEqualTo("passhygiene: " + f + ":3: PasswordLastSet: cannot tell day-first from "
                + "month-first dates: every date in the file has day and month 12 or less; pass --date-order dmy "
                + "(dd/mm/yyyy, e.g. en-GB, de-DE) or --date-order mdy (m/d/yyyy, en-US) as the exporting server's "
                + "regional settings write dates (or set date-order in the policy)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void ambiguousFileWithItsOrderIsAudited() throws URISyntaxException {
        CliRun r = audit("--date-order", "mdy", "--report", "csv", ps("ps51-en-US-ambiguous.csv"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.out()).contains("ROTATION_OVERDUE,MEDIUM,", ",head,", "DORMANT_ACCOUNT,MEDIUM,")
                .doesNotContain("INCOMPLETE", "SKIPPED_ROW", ",office1,");
    }

    @Test
    void usFileIsNoLongerSkippedRowByRow() throws URISyntaxException {
        // the issue: 12 of 13 rows "not a date", No findings, exit 0
        CliRun r = audit(ps("ps51-en-US.csv"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.out()).contains("(ad, 13 rows)").doesNotContain("INCOMPLETE", "not a date", "No findings");
    }

    @Test
    void badDateOrderIsAUsageError() throws URISyntaxException {
        CliRun r = audit("--date-order", "dm", ps("ps51-en-US.csv"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("date order: must be dmy, mdy or ymd");
    }

    @Test
    void unjoinedMemberOfNoteInEveryReportFormat() throws URISyntaxException {
        String f = ps("ps51-memberof-unjoined-en-GB.csv");
        for (String format : new String[] {"text", "json", "csv", "html"}) {
            CliRun r = audit("--report", format, f);
            assertThat(r.exitCode()).as(format).isEqualTo(ExitCodes.REJECTED);
            assertThat(r.out()).as(format).contains("group membership is missing for 14 account(s)")
                    .contains("-join");
        }
        assertThat(audit("--report", "csv", f).out()).contains("\nNOTE,INFO,\"What the audit could not check, and why\",,\"");
    }
}
