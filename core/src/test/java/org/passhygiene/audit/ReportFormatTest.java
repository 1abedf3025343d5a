package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatTest {

    static final String SHARED = "IT support: reset each account so every person has their own password; a role that "
            + "needs a shared login gets named accounts or a shared password-manager vault instead.";
    static final String DORMANT = "IT support with the office or HR: confirm whether the person still needs the "
            + "account; disable it if not (leavers' accounts are disabled as soon as they leave).";

    static AuditReport sample() {
        return new AuditReport(new AuditReport.Summary(LocalDate.of(2026, 3, 16), "aup",
                List.of(new AuditReport.FileSummary("a<b>.csv", ExportFormat.AD, 4, 1, List.of(new AuditReport.Reason(
                        SkipCause.FIELD_COUNT, "expected 5 fields, found 3", 1)), null)), 3, null, 0, List.of()),
                List.of(new Finding(FindingCode.SHARED_PASSWORD, List.of("<script>alert(1)</script>", "=cmd|x"),
                        "2 people share one password", "0a1b2c3d"),
                        new Finding(FindingCode.DORMANT_ACCOUNT, List.of("tleaver"), "last sign-in 2025-09-01",
                                null)),
                List.of(new SkippedRow("a<b>.csv", 7, 1, SkipCause.FIELD_COUNT, "expected 5 fields, found 3")));
    }

    static String render(ReportFormat f, AuditReport r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonShape() throws IOException {
        assertThat(render(ReportFormat.JSON, sample())).isEqualTo("{\"schemaVersion\":2,"
                + "\"summary\":{\"asOf\":\"2026-03-16\","
                + "\"policy\":\"aup\",\"accounts\":3,\"findings\":2,\"skipped\":1,\"complete\":false,"
                + "\"weakCandidates\":0,\"files\":[{\"file\":\"a<b>.csv\",\"format\":\"ad\",\"rows\":4,\"rowsRead\":3,"
                + "\"rowsSkipped\":1,\"reasons\":[{\"cause\":\"FIELD_COUNT\",\"reason\":\"expected 5 fields, found 3\","
                + "\"rows\":1}]}],\"privileged\":[],"
                + "\"counts\":{\"SHARED_PASSWORD\":1,\"DORMANT_ACCOUNT\":1}},"
                + "\"findings\":[{\"code\":\"SHARED_PASSWORD\",\"severity\":\"HIGH\",\"clause\":\"AUP: never use "
                + "another person's password\",\"accounts\":[\"<script>alert(1)</script>\",\"=cmd|x\"],"
                + "\"detail\":\"2 people share one password\",\"tag\":\"0a1b2c3d\",\"remedy\":\"" + SHARED + "\"},"
                + "{\"code\":\"DORMANT_ACCOUNT\",\"severity\":\"MEDIUM\",\"clause\":\"Good practice: accounts no "
                + "longer used are disabled\",\"accounts\":[\"tleaver\"],\"detail\":\"last sign-in 2025-09-01\","
                + "\"remedy\":\"" + DORMANT + "\"}],"
                + "\"skipped\":[{\"file\":\"a<b>.csv\",\"line\":7,\"lines\":1,\"cause\":\"FIELD_COUNT\","
                + "\"reason\":\"expected 5 fields, found 3\"}]}\n");
    }

    @Test
    void csvOneRowPerAccountFormulaSafe() throws IOException {
        assertThat(render(ReportFormat.CSV, sample())).isEqualTo(
                "code,severity,clause,account,detail,tag,remedy,change\r\n"
                + "INCOMPLETE,INCOMPLETE,Rows that could not be read: the audit is incomplete,a<b>.csv,"
                + "\"1 of 4 rows of a<b>.csv could not be read — expected 5 fields, found 3\",,,\r\n"
                + "SHARED_PASSWORD,HIGH,AUP: never use another person's password,<script>alert(1)</script>,"
                + "2 people share one password,0a1b2c3d," + SHARED + ",\r\n"
                + "SHARED_PASSWORD,HIGH,AUP: never use another person's password,'=cmd|x,2 people share one "
                + "password,0a1b2c3d," + SHARED + ",\r\n"
                + "DORMANT_ACCOUNT,MEDIUM,Good practice: accounts no longer used are disabled,tleaver,"
                + "last sign-in 2025-09-01,," + DORMANT + ",\r\n"
                + "SKIPPED_ROW,INCOMPLETE,Row that could not be read,a<b>.csv:7,\"expected 5 fields, found 3\",,,\r\n");
    }

    @Test
    void htmlIsSelfContainedAndEscaped() throws IOException {
        String html = render(ReportFormat.HTML, sample());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg ").contains("&lt;script&gt;alert(1)")
                .contains("a&lt;b&gt;.csv").doesNotContain("<script>").doesNotContain("src=\"http")
                .doesNotContain("href=\"http").contains("<h2 id=\"SHARED_PASSWORD\">");
    }

    @Test
    void textSummaryWorstFirst() throws IOException {
        String text = render(ReportFormat.TEXT, sample());
        assertThat(text.indexOf("HIGH     SHARED_PASSWORD")).isPositive()
                .isLessThan(text.indexOf("MEDIUM   DORMANT_ACCOUNT"));
    }

    @Test
    void fileWrittenAtomicallyNothingLeftOnError(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.json");
        ReportFormat.JSON.writeFile(sample(), target, null);
        assertThat(Files.readString(target)).startsWith("{\"schemaVersion\":2,\"summary\"");
        String before = Files.readString(target);
        assertThatThrownBy(() -> ReportFormat.HTML.writeFile(sample(), target, out -> new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** A report whose every untrusted string (file, account, detail, reason, policy name) is hostile. */
    static AuditReport hostile() {
        String file = "=HYPERLINK(\"x\")\u001b[2J.csv";
        return new AuditReport(new AuditReport.Summary(LocalDate.of(2026, 3, 16), "aup\u001b]0;x\u0007",
                List.of(new AuditReport.FileSummary(file, ExportFormat.CHROME, 2, 1, List.of(new AuditReport.Reason(
                        SkipCause.BAD_VALUE, "bad\nCRITICAL FAKE: x", 1)), null)), 1, null, 0, List.of()),
                List.of(new Finding(FindingCode.WEAK_PASSWORD, List.of("evil\u001b[31m\nCRITICAL FAKE: all clear"),
                        "policy\r\nHIGH FAKE", null)),
                List.of(new SkippedRow(file, 3, 1, SkipCause.BAD_VALUE, "bad\nCRITICAL FAKE: x")));
    }

    @Test
    void textEscapesEveryUntrustedString() throws IOException {
        String text = render(ReportFormat.TEXT, hostile());
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r")
                .contains("against the aup\\u001b]0;x\\u0007 policy",
                        "INCOMPLETE: 1 of 2 rows of =HYPERLINK(\"x\")\\u001b[2J.csv could not be read — "
                                + "bad\\nCRITICAL FAKE: x\n",
                        "HIGH WEAK_PASSWORD: evil\\u001b[31m\\nCRITICAL FAKE: all clear — policy\\r\\nHIGH FAKE\n",
                        "  =HYPERLINK(\"x\")\\u001b[2J.csv:3: bad\\nCRITICAL FAKE: x\n");
        assertThat(text.lines()).noneMatch(l -> l.contains("FAKE") && !l.contains("\\n"));
    }

    @Test
    void csvMakesFileNamesAndReasonsFormulaSafe() throws IOException {
        String csv = render(ReportFormat.CSV, hostile());
        assertThat(csv).contains("\r\nINCOMPLETE,INCOMPLETE,Rows that could not be read: the audit is incomplete,"
                        + "\"'=HYPERLINK(\"\"x\"\")\\u001b[2J.csv\",",
                "\r\nSKIPPED_ROW,INCOMPLETE,Row that could not be read,\"'=HYPERLINK(\"\"x\"\")\\u001b[2J.csv:3\",");
    }

    /** Review 9 item 7: CSV and HTML shown on a terminal carry no control or bidi characters from the input. */
    @Test
    void csvAndHtmlWriteControlCharactersAsText() throws IOException {
        for (ReportFormat format : new ReportFormat[] {ReportFormat.CSV, ReportFormat.HTML}) {
            String out = render(format, hostile());
            assertThat(out.codePoints().filter(c -> c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202e))
                    .as(format.toString()).isEmpty();
            assertThat(out).as(format.toString()).contains("evil\\u001b[31m\\nCRITICAL FAKE: all clear",
                    "bad\\nCRITICAL FAKE: x");
        }
    }
}
