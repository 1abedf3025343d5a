package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of 'passhygiene audit --leavers' and the issue #14 findings through the command line. */
class AuditLeaversCliTest {

    static String real(String name) throws Exception {
        return AuditDumpsCliTest.real(name);
    }

    @Test
    void leaversStillEnabledInEveryExport() throws Exception {
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "csv", "--leavers",
                real("leavers/leavers.csv"), real("powershell/ps7-uac-kerberos-en-GB.csv"),
                real("google/users-download-2sv.csv"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("LEAVER_ENABLED,CRITICAL,", "dhead@oakfield.sch.uk", "LEAVER_ENABLED,HIGH,",
                "DES_ONLY,MEDIUM,", "DELEGATABLE_ADMIN,MEDIUM,", "MFA_NOT_ENROLLED,HIGH,");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void misLayoutThroughLeaversColumns() throws Exception {
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "json", "--fail-on", "critical",
                "--leavers", real("leavers/mis-staff-leavers-uk.csv"), "--leavers-columns",
                "email=Work Email,leaving-date=Date of Leaving", real("powershell/ps7-uac-kerberos-en-GB.csv"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("{\"code\":\"LEAVER_ENABLED\",\"severity\":\"CRITICAL\",")
                .contains("\"accounts\":[\"dhead\"],\"detail\":\"left on 2025-12-19 (87 days ago) but the account is "
                        + "still enabled and in SLT\"");
    }

    /** --date-order reaches a leavers list whose every date is ambiguous; without it, a note says day-first. */
    @Test
    void dateOrderReachesAnAmbiguousLeaversList(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("leavers.csv");
        Files.writeString(list, "username,leaving-date\njsmith,2/1/2026\ndhead,3/4/2026\nnobody,3/4/2026\n");
        String ad = real("powershell/ps7-uac-kerberos-en-GB.csv");
        CliRun uk = CliRun.run("", "audit", "--as-of", "2026-03-16", "--leavers", list.toString(), ad);
        assertThat(uk.out()).contains("HIGH LEAVER_ENABLED: jsmith", "read day-first (dd/mm/yyyy, UK)",
                "1 of the 3 leaver(s) on the list match no account in the exports (nobody)")
                .doesNotContain("LEAVER_ENABLED: dhead");
        CliRun us = CliRun.run("", "audit", "--as-of", "2026-03-16", "--date-order", "mdy", "--leavers",
                list.toString(), ad);
        assertThat(us.out()).contains("CRITICAL LEAVER_ENABLED: dhead", "HIGH LEAVER_ENABLED: jsmith")
                .doesNotContain("every leaving date could be");
    }

    @Test
    void usageAndFileErrors(@TempDir Path dir) throws Exception {
        String ad = real("powershell/ps7-uac-kerberos-en-GB.csv");
        CliRun noFile = CliRun.run("", "audit", "--leavers-columns", "username=Login,leaving-date=Left", ad);
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).isEqualTo("passhygiene: --leavers-columns needs --leavers FILE\n");
        CliRun badKey = CliRun.run("", "audit", "--leavers", real("leavers/leavers.csv"), "--leavers-columns",
                "login=Login,leaving-date=Left", ad);
        assertThat(badKey.exitCode()).isEqualTo(2);
        // the key came from the argument: not shown
        assertThat(badKey.err()).isEqualTo("passhygiene: unknown leavers column key (value not shown); keys: "
                + "username, email, leaving-date\nTry 'passhygiene audit --help'.\n");
        Path staff = dir.resolve("staff.csv");
        Files.writeString(staff, "Name,Left\nJane,2026-01-01\n");
        CliRun noColumn = CliRun.run("", "audit", "--leavers", staff.toString(), ad);
        assertThat(noColumn.exitCode()).isEqualTo(4);
        assertThat(noColumn.err()).startsWith("passhygiene: " + staff + ": the header has no 'leaving-date' column");
    }

    @Test
    void unreadableLeaverRowsMakeTheAuditIncomplete(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("leavers.csv");
        Files.writeString(list, "username,leaving-date\njsmith,31/02/2026\n");
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--leavers", list.toString(),
                real("powershell/ps7-uac-kerberos-en-GB.csv"));
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.err()).isEqualTo("passhygiene: " + list + ": 1 leaver row(s) could not be read; the audit is "
                + "incomplete\n");
    }

    @Test
    void theReportMayNotReplaceTheLeaversList(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("leavers.csv");
        Files.writeString(list, "username,leaving-date\njsmith,2026-02-13\n");
        CliRun r = CliRun.run("", "audit", "--leavers", list.toString(), "--out", list.toString(),
                real("powershell/ps7-uac-kerberos-en-GB.csv"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(Files.readString(list)).isEqualTo("username,leaving-date\njsmith,2026-02-13\n");
    }
}
