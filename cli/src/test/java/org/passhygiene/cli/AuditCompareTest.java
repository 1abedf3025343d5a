package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passhygiene.cli.AuditCommandTest.fixture;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit --compare}: two real reports, from running the audit on the spring export (ad-uk.csv, 2026-03-16) and
 * then the summer one (ad-uk-summer.csv, 2026-04-27: kiosk fixed, oldhead deleted, jsmith changed her password, bjones
 * left the office group, snew joined Domain Admins with a password that never expires).
 */
class AuditCompareTest {

    @TempDir
    Path dir;
    private Path spring;
    private String summer;

    @BeforeEach
    void springReport() throws Exception {
        spring = dir.resolve("spring.json");
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "json", "--out", spring.toString(),
                fixture("ad-uk.csv"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        summer = fixture("ad-uk-summer.csv");
    }

    private CliRun compare(String format) {
        return CliRun.run("", "audit", "--as-of", "2026-04-27", "--report", format, "--compare", spring.toString(),
                summer);
    }

    @Test
    void textSectionListsNewAndResolvedFindingsAndPrivilegedChanges() {
        CliRun r = compare("text");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).endsWith("\nSince the report of 2026-03-16 (" + spring + ", aup policy): 1 new, "
                + "3 resolved, 2 unchanged:\n"
                + "  NEW       LOW PASSWORD_NEVER_EXPIRES: snew — password never expires (privileged: Domain "
                + "Admins)\n"
                + "  RESOLVED  HIGH PASSWORD_NOT_REQUIRED: kiosk — PasswordNotRequired is set\n"
                + "  RESOLVED  MEDIUM ROTATION_OVERDUE: jsmith — password set 2025-12-01; due by 2026-01-07 (SLT)\n"
                + "  RESOLVED  MEDIUM DISABLED_PRIVILEGED: oldhead — disabled but still in Domain Admins\n"
                + "  UNCHANGED 2 (listed with the findings above)\n"
                + "Privileged accounts since then: 1 added, 2 removed\n"
                + "  ADDED     snew (Domain Admins)\n"
                + "  REMOVED   bjones (Office)\n"
                + "  REMOVED   oldhead (Domain Admins; disabled)\n");
    }

    @Test
    void jsonHasTheComparisonAndStaysReadableByTheNextCompare() throws Exception {
        CliRun r = compare("json");
        assertThat(r.out()).startsWith("{\"schemaVersion\":2,").contains(",\"comparison\":{\"previous\":{\"file\":\""
                + spring + "\",\"asOf\":\"2026-03-16\",\"policy\":\"aup\",\"schemaVersion\":2,\"complete\":true},"
                + "\"new\":[{\"code\":\"PASSWORD_NEVER_EXPIRES\",\"severity\":\"LOW\",\"account\":\"snew\","
                + "\"detail\":\"password never expires (privileged: Domain Admins)\"}],"
                + "\"resolved\":[{\"code\":\"PASSWORD_NOT_REQUIRED\",\"severity\":\"HIGH\",\"account\":\"kiosk\","
                + "\"detail\":\"PasswordNotRequired is set\"},{\"code\":\"ROTATION_OVERDUE\",\"severity\":\"MEDIUM\","
                + "\"account\":\"jsmith\",\"detail\":\"password set 2025-12-01; due by 2026-01-07 (SLT)\"},"
                + "{\"code\":\"DISABLED_PRIVILEGED\",\"severity\":\"MEDIUM\",\"account\":\"oldhead\","
                + "\"detail\":\"disabled but still in Domain Admins\"}],"
                + "\"unchanged\":[{\"code\":\"DORMANT_ACCOUNT\",\"severity\":\"MEDIUM\",\"account\":\"tleaver\","
                + "\"detail\":\"last sign-in 2025-09-01 (238 days ago)\"},{\"code\":\"PASSWORD_NEVER_EXPIRES\","
                + "\"severity\":\"LOW\",\"account\":\"svc-printer\",\"detail\":\"password never expires\"}],"
                + "\"privilegedAdded\":[{\"account\":\"snew\",\"groups\":[\"Domain Admins\"],\"enabled\":true}],"
                + "\"privilegedRemoved\":[{\"account\":\"bjones\",\"groups\":[\"Office\"],\"enabled\":true},"
                + "{\"account\":\"oldhead\",\"groups\":[\"Domain Admins\"],\"enabled\":false}],\"notes\":[]}}\n");
        // a compared report is itself a previous report: summer against summer changes nothing
        Path summerJson = dir.resolve("summer.json");
        Files.writeString(summerJson, r.out());
        CliRun again = CliRun.run("", "audit", "--as-of", "2026-04-27", "--compare", summerJson.toString(), summer);
        assertThat(again.out()).contains(": 0 new, 0 resolved, 3 unchanged:\n  UNCHANGED 3 (listed with the findings "
                + "above)\nPrivileged accounts since then: 0 added, 0 removed\n");
    }

    @Test
    void csvMarksEachRowAndAddsResolvedAndPrivilegedRows() {
        String heading = "\"Since the report of 2026-03-16 (" + spring + ", aup policy): 1 new, 3 resolved, "
                + "2 unchanged\"";
        String never = "\"IT support: clear \"\"Password never expires\"\" on staff accounts so a change can be "
                + "required when needed; a service account gets a long random password kept in the password manager.\"";
        assertThat(compare("csv").out()).isEqualTo("code,severity,clause,account,detail,tag,remedy,change\r\n"
                + "DORMANT_ACCOUNT,MEDIUM,Good practice: accounts no longer used are disabled,tleaver,last sign-in "
                + "2025-09-01 (238 days ago),,IT support with the office or HR: confirm whether the person still needs "
                + "the account; disable it if not (leavers' accounts are disabled as soon as they leave).,UNCHANGED\r\n"
                + "PASSWORD_NEVER_EXPIRES,LOW,AUP: higher-access staff change their password at least once a term,snew,"
                + "password never expires (privileged: Domain Admins),," + never + ",NEW\r\n"
                + "PASSWORD_NEVER_EXPIRES,LOW,AUP: higher-access staff change their password at least once a term,"
                + "svc-printer,password never expires,," + never + ",UNCHANGED\r\n"
                + "PASSWORD_NOT_REQUIRED,HIGH," + heading + ",kiosk,PasswordNotRequired is set,,,RESOLVED\r\n"
                + "ROTATION_OVERDUE,MEDIUM," + heading + ",jsmith,password set 2025-12-01; due by 2026-01-07 (SLT),,,"
                + "RESOLVED\r\n"
                + "DISABLED_PRIVILEGED,MEDIUM," + heading + ",oldhead,disabled but still in Domain Admins,,,"
                + "RESOLVED\r\n"
                + "PRIVILEGED,INFO,Privileged accounts since the previous report (termly access review),snew,"
                + "Domain Admins,,,ADDED\r\n"
                + "PRIVILEGED,INFO,Privileged accounts since the previous report (termly access review),bjones,Office,"
                + ",,REMOVED\r\n"
                + "PRIVILEGED,INFO,Privileged accounts since the previous report (termly access review),oldhead,"
                + "Domain Admins (disabled),,,REMOVED\r\n");
    }

    @Test
    void htmlSectionIsEscaped() {
        assertThat(compare("html").out()).contains("<h2 id=\"comparison\">Since the report of 2026-03-16 (" + spring
                + ", aup policy): 1 new, 3 resolved, 2 unchanged</h2>\n<table>\n<tr><th>Change</th><th>Severity</th>"
                + "<th>Code</th><th>Account</th><th>Detail</th></tr>\n"
                + "<tr><td>New</td><td>LOW</td><td>PASSWORD_NEVER_EXPIRES</td><td>snew</td><td>password never expires "
                + "(privileged: Domain Admins)</td></tr>\n"
                + "<tr><td>Resolved</td><td>HIGH</td><td>PASSWORD_NOT_REQUIRED</td><td>kiosk</td><td>"
                + "PasswordNotRequired is set</td></tr>\n",
                "<h3 id=\"privileged-changes\">Privileged accounts since then: 1 added, 2 removed</h3>\n<table>\n"
                + "<tr><th>Change</th><th>Account</th><th>Privileged groups</th></tr>\n"
                + "<tr><td>Added</td><td>snew</td><td>Domain Admins</td></tr>\n"
                + "<tr><td>Removed</td><td>bjones</td><td>Office</td></tr>\n"
                + "<tr><td>Removed</td><td>oldhead</td><td>Domain Admins (disabled)</td></tr>\n</table>\n");
    }

    @Test
    void schemaOneReportComparesFindingsAndSaysPrivilegedAreUnknown() throws Exception {
        String v2 = Files.readString(spring);
        Path v1 = dir.resolve("v1.json");
        Files.writeString(v1, v2.replace("{\"schemaVersion\":2,", "{")
                .replaceAll(",\"privileged\":\\[(\\{[^}]*},?)*]", "")
                .replaceAll(",\"remedy\":\"(\\\\.|[^\"\\\\])*\"", ""));
        assertThat(Files.readString(v1)).doesNotContain("privileged\":[", "remedy", "schemaVersion");
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-04-27", "--compare", v1.toString(), summer);
        assertThat(r.out()).as(r.err()).contains(": 1 new, 3 resolved, 2 unchanged:\n  Note: the previous report "
                + "(schema 1) does not list privileged accounts: their changes show from the next report on\n  NEW ")
                .doesNotContain("Privileged accounts since");
    }

    @Test
    void badPreviousReportsFailBeforeTheAuditNamingFileAndProblem() throws Exception {
        assertError("{\"summary\":{\"asOf\":\"2026-03-16\",", "1:33: not valid JSON: Unexpected "
                + "end-of-input within/between Object entries");
        assertError("{\"schemaVersion\":3,\"summary\":{},\"findings\":[]}", "schemaVersion 3 is newer than this "
                + "passhygiene reads (1 to 2): compare with the passhygiene that wrote it");
        // what Jackson quotes from the file is left out: the wrong file could hold passwords
        assertError("Summer2026!,x\n", "1:1: not valid JSON: Unrecognized token …");
        assertError("{\"rows\":[]}", "not a passhygiene JSON report (no summary and findings; write one with "
                + "--report json)");
        assertError("{\"schemaVersion\":2,\"summary\":{\"asOf\":\"2026-03-16\",\"policy\":\"aup\",\"privileged\":[]},"
                + "\"findings\":[{\"code\":\"LM_HASH\",\"severity\":\"HIGH\",\"accounts\":\"bob\",\"detail\":\"x\"}]}",
                "findings[0].accounts: expected an array");
        assertError("{\"schemaVersion\":2,\"summary\":{\"asOf\":\"2026-03-16\",\"policy\":\"aup\",\"privileged\":[]},"
                + "\"findings\":[{\"code\":\"\\u001b[2J\",\"severity\":\"HIGH\",\"accounts\":[],\"detail\":\"x\"}]}",
                "findings[0].code: not a finding code (UPPER_SNAKE_CASE)");
        assertError("{\"summary\":" + "[".repeat(40) + "]".repeat(40) + "}", "1:28: not valid JSON: Document nesting "
                + "depth (17) exceeds the maximum allowed (16, from `StreamReadConstraints.getMaxNestingDepth()`)");
    }

    @Test
    void oversizedPreviousReportIsRefusedUnread() throws Exception {
        Path big = dir.resolve("big.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(256L * 1024 * 1024 + 1); // sparse: nothing written
        }
        CliRun r = CliRun.run("", "audit", "--compare", big.toString(), summer);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).isEqualTo("passhygiene: " + big + ": file of 268435457 bytes; a report may be at most "
                + "268435456 bytes\n");
    }

    @Test
    void previousReportMayNotBeTheOutput() {
        CliRun r = CliRun.run("", "audit", "--compare", spring.toString(), "--out", spring.toString(), summer);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpSaysExitFourCoversTheCompareFile() {
        CliRun r = CliRun.run("", "audit", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("4 I/O or store error", "a --compare file that is not "
                + "a usable JSON report", "a leavers list without its columns");
    }

    private void assertError(String content, String problem) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, content);
        CliRun r = CliRun.run("", "audit", "--compare", bad.toString(), summer);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.IO);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("passhygiene: " + bad + ": " + problem + "\n");
    }
}
