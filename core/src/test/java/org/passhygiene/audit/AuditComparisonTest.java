package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching, caveats and escaping of {@link AuditComparison}, on reports written and read back as JSON. */
class AuditComparisonTest {

    @TempDir
    Path dir;

    private static AuditReport report(String policy, long skippedRows, List<AuditReport.PrivilegedAccount> privileged,
                                      Finding... findings) {
        return new AuditReport(new AuditReport.Summary(LocalDate.of(2026, 3, 16), policy,
                List.of(new AuditReport.FileSummary("ad.csv", ExportFormat.AD, 10, skippedRows, List.of(), null)), 10,
                null, 0, List.of(), 0, privileged), List.of(findings), List.of());
    }

    private AuditComparison.Previous writeAndRead(AuditReport r) throws IOException {
        Path file = dir.resolve("previous.json");
        ReportFormat.JSON.writeFile(r, file, null);
        return AuditComparison.read(file);
    }

    @Test
    void groupedFindingsAreMatchedPerAccountWithoutRegardToCase() throws IOException {
        AuditComparison.Previous before = writeAndRead(report("aup", 0, List.of(),
                new Finding(FindingCode.SHARED_PASSWORD, List.of("JSmith", "bjones"), "2 people share one password",
                        "0a1b2c3d")));
        AuditComparison c = AuditComparison.of(before, report("aup", 0, List.of(),
                new Finding(FindingCode.SHARED_PASSWORD, List.of("jsmith", "cnew"), "2 people share one password",
                        "99999999"),
                new Finding(FindingCode.DORMANT_ACCOUNT, List.of("bjones"), "last sign-in 2025-09-01", null)));
        assertThat(c.unchanged()).extracting(AuditComparison.Entry::account).containsExactly("jsmith");
        assertThat(c.newFindings()).extracting(e -> e.code() + " " + e.account())
                .containsExactly("SHARED_PASSWORD cnew", "DORMANT_ACCOUNT bjones");
        assertThat(c.resolved()).containsExactly(new AuditComparison.Entry("SHARED_PASSWORD", Severity.HIGH, "bjones",
                "2 people share one password"));
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void notesSayWhenTheComparisonCannotBeTrustedInFull() throws IOException {
        AuditComparison.Previous before = writeAndRead(report("aup", 2, List.of()));
        AuditComparison c = AuditComparison.of(before, report("dfe", 1, List.of()));
        assertThat(c.notes()).containsExactly(
                "the previous audit was incomplete: a finding listed as new may have been in a row it could not read",
                "this audit is incomplete: a finding listed as resolved may be in a row it could not read",
                "the previous report ran against the aup policy and this one against dfe: some findings may differ "
                        + "because the policy did");
    }

    @Test
    void stringsFromThePreviousReportAreEscapedInEveryFormat() throws IOException {
        String account = "=HYPERLINK(\"x\")\u001b[2J\nCRITICAL FAKE";
        AuditComparison.Previous before = writeAndRead(report("aup\u001b]0;x\u0007", 0,
                List.of(new AuditReport.PrivilegedAccount("<script>" + account, List.of("Domain Admins"), true)),
                new Finding(FindingCode.LM_HASH, List.of(account), "LM hash stored <b>", null)));
        AuditReport now = report("aup", 0, List.of());
        now = now.withComparison(AuditComparison.of(before, now));
        String text = ReportFormatTest.render(ReportFormat.TEXT, now);
        assertThat(text).doesNotContain("\u001b", "\u0007").contains("  RESOLVED  HIGH LM_HASH: =HYPERLINK(\"x\")"
                + "\\u001b[2J\\nCRITICAL FAKE — LM hash stored <b>\n");
        assertThat(text.lines()).noneMatch(l -> l.startsWith("CRITICAL FAKE"));
        String html = ReportFormatTest.render(ReportFormat.HTML, now);
        assertThat(html).doesNotContain("<script>", "<b>", "\u001b").contains("<td>Removed</td><td>&lt;script&gt;"
                + "=HYPERLINK(&quot;x&quot;)\\u001b[2J\\nCRITICAL FAKE</td>");
        String csv = ReportFormatTest.render(ReportFormat.CSV, now);
        assertThat(csv).doesNotContain("\u001b").contains("\nLM_HASH,HIGH,", ",\"'=HYPERLINK(\"\"x\"\")\\u001b[2J"
                + "\\nCRITICAL FAKE\",LM hash stored <b>,,,RESOLVED\r\n");
        assertThat(ReportFormatTest.render(ReportFormat.JSON, now)).contains("\"resolved\":[{\"code\":\"LM_HASH\","
                + "\"severity\":\"HIGH\",\"account\":\"=HYPERLINK(\\\"x\\\")\\u001B[2J\\nCRITICAL FAKE\"");
    }

    @Test
    void aReportIsNotComparedWithItselfAsNew() throws IOException {
        AuditReport r = ReportFormatTest.sample();
        AuditComparison c = AuditComparison.of(writeAndRead(r), r);
        assertThat(c.newFindings()).isEmpty();
        assertThat(c.resolved()).isEmpty();
        assertThat(c.unchanged()).hasSize(3);
        assertThat(Files.readString(dir.resolve("previous.json"))).startsWith("{\"schemaVersion\":2,");
    }

    /**
     * Last term an AD export, this term a secretsdump alone (no group membership): the privileged accounts are not
     * all "removed"; a note says why. The other way round, they are not all "added".
     */
    @Test
    void privilegedAccountsAreNotComparedWhenOneSideHasNoGroupData() throws IOException {
        Auditor auditor = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build();
        AuditReport ad = auditor.audit(List.of(AuditFixturesTest.fixture(AccountHygieneTest.AD)), null, null);
        AuditReport dump = auditor.audit(List.of(AuditFixturesTest.fixture("real/impacket/dc-justdc-drsuapi.txt")),
                null, null);
        assertThat(ad.summary().privileged()).extracting(AuditReport.PrivilegedAccount::account)
                .contains("Administrator", "dhead", "oldhead");
        int count = ad.summary().privileged().size();
        assertThat(dump.summary().privileged()).isEmpty();

        AuditComparison c = AuditComparison.of(writeAndRead(ad), dump);
        assertThat(c.privilegedRemoved()).isEmpty();
        assertThat(c.privilegedAdded()).isEmpty();
        assertThat(c.notes()).containsExactly("this audit read no file with group membership (only secretsdump): "
                + "the " + count + " privileged account(s) of the previous report are not listed as removed; give "
                + "this audit the directory export (Get-ADUser with MemberOf, the Google or Microsoft 365 user "
                + "download) to compare them");
        AuditReport compared = dump.withComparison(c);
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(ReportFormatTest.render(format, compared)).as(format + " report")
                    .contains("no file with group membership").doesNotContain("REMOVED", "<td>Removed");
        }

        AuditComparison back = AuditComparison.of(writeAndRead(dump), ad);
        assertThat(back.privilegedAdded()).isEmpty();
        assertThat(back.notes()).containsExactly("the previous report lists no privileged account (its files held "
                + "no group membership, e.g. an NTLM dump alone): the " + count + " privileged account(s) of this "
                + "audit are not listed as added");
        // both with groups: compared as before
        assertThat(AuditComparison.of(writeAndRead(ad), ad).notes()).isEmpty();
    }

    /** 256 MiB of {@code 0,} would fill the memory as a tree: the reader stops after 5,000,000 values. */
    @Test
    void aFileOfMillionsOfValuesIsRefusedBeforeItFillsTheMemory() throws IOException {
        Path file = dir.resolve("zeros.json");
        StringBuilder sb = new StringBuilder("{\"summary\":[");
        sb.append("0,".repeat((int) PreviousReportReader.MAX_VALUES)).append("0]}");
        Files.writeString(file, sb);
        assertThatThrownBy(() -> AuditComparison.read(file)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageEndingWith("not valid JSON: more than 5000000 values, more than a report holds");
    }
}
