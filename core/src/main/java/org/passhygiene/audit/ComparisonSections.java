package org.passhygiene.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.passhygiene.output.CsvText;
import org.passhygiene.output.TerminalText;

import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The "since the previous report" section of each report format ({@link AuditComparison}). Every string read from
 * the previous report is as untrusted as an export's and escaped the same way.
 */
final class ComparisonSections {

    /** The CSV {@code code} of a privileged-account row. */
    static final String PRIVILEGED_CODE = "PRIVILEGED";
    static final String PRIVILEGED_CLAUSE = "Privileged accounts since the previous report (termly access review)";

    private ComparisonSections() {
    }

    /** {@code Since the report of 2025-12-01 (autumn.json, aup policy): 2 new, 1 resolved, 3 unchanged}. */
    private static String heading(AuditComparison c) {
        AuditComparison.Previous p = c.previous();
        return "Since the report of " + p.asOf() + " (" + p.file() + ", " + p.policy() + " policy): "
                + c.newFindings().size() + " new, " + c.resolved().size() + " resolved, " + c.unchanged().size()
                + " unchanged";
    }

    private static String privilegedHeading(AuditComparison c) {
        return "Privileged accounts since then: " + c.privilegedAdded().size() + " added, "
                + c.privilegedRemoved().size() + " removed";
    }

    private static String line(AuditComparison.Entry e) {
        return e.severity() + " " + e.code() + ": " + e.account() + " — " + e.detail();
    }

    private static String line(AuditReport.PrivilegedAccount a) {
        return a.account() + " (" + String.join(", ", a.groups()) + (a.enabled() ? "" : "; disabled") + ")";
    }

    static void text(AuditComparison c, Writer w) throws IOException {
        w.write("\n" + TerminalText.escape(heading(c)) + ":\n");
        for (String note : c.notes()) {
            w.write("  Note: " + TerminalText.escape(note) + "\n");
        }
        for (AuditComparison.Entry e : c.newFindings()) {
            w.write("  NEW       " + TerminalText.escape(line(e)) + "\n");
        }
        for (AuditComparison.Entry e : c.resolved()) {
            w.write("  RESOLVED  " + TerminalText.escape(line(e)) + "\n");
        }
        if (!c.unchanged().isEmpty()) {
            w.write("  UNCHANGED " + c.unchanged().size() + " (listed with the findings above)\n");
        }
        if (c.previous().privileged() != null) {
            w.write(privilegedHeading(c) + "\n");
            for (AuditReport.PrivilegedAccount a : c.privilegedAdded()) {
                w.write("  ADDED     " + TerminalText.escape(line(a)) + "\n");
            }
            for (AuditReport.PrivilegedAccount a : c.privilegedRemoved()) {
                w.write("  REMOVED   " + TerminalText.escape(line(a)) + "\n");
            }
        }
    }

    static void html(AuditComparison c, Writer w) throws IOException {
        w.write("<h2 id=\"comparison\">" + HtmlReport.escape(heading(c)) + "</h2>\n");
        for (String note : c.notes()) {
            w.write("<p class=\"note\"><strong>Note:</strong> " + HtmlReport.escape(note) + "</p>\n");
        }
        w.write("<table>\n<tr><th>Change</th><th>Severity</th><th>Code</th><th>Account</th><th>Detail</th></tr>\n");
        row(w, "New", c.newFindings());
        row(w, "Resolved", c.resolved());
        row(w, "Unchanged", c.unchanged());
        w.write("</table>\n");
        if (c.previous().privileged() != null) {
            w.write("<h3 id=\"privileged-changes\">" + HtmlReport.escape(privilegedHeading(c)) + "</h3>\n<table>\n"
                    + "<tr><th>Change</th><th>Account</th><th>Privileged groups</th></tr>\n");
            privileged(w, "Added", c.privilegedAdded());
            privileged(w, "Removed", c.privilegedRemoved());
            w.write("</table>\n");
        }
    }

    private static void row(Writer w, String change, List<AuditComparison.Entry> entries) throws IOException {
        for (AuditComparison.Entry e : entries) {
            w.write("<tr><td>" + change + "</td><td>" + e.severity() + "</td><td>" + HtmlReport.escape(e.code())
                    + "</td><td>" + HtmlReport.escape(e.account()) + "</td><td>" + HtmlReport.escape(e.detail())
                    + "</td></tr>\n");
        }
    }

    private static void privileged(Writer w, String change, List<AuditReport.PrivilegedAccount> accounts)
            throws IOException {
        for (AuditReport.PrivilegedAccount a : accounts) {
            w.write("<tr><td>" + change + "</td><td>" + HtmlReport.escape(a.account()) + "</td><td>"
                    + HtmlReport.escape(String.join(", ", a.groups()) + (a.enabled() ? "" : " (disabled)"))
                    + "</td></tr>\n");
        }
    }

    /**
     * {@code "comparison":{"previous":{"file","asOf","policy","schemaVersion","complete"},"new":[…],"resolved":[…],
     * "unchanged":[…],"privilegedAdded":[…],"privilegedRemoved":[…],"notes":[…]}}; entries
     * {@code {"code","severity","account","detail"}}; the privileged lists are absent when the previous report (schema
     * 1) had none.
     */
    static void json(AuditComparison c, JsonGenerator g) throws IOException {
        AuditComparison.Previous p = c.previous();
        g.writeObjectFieldStart("comparison");
        g.writeObjectFieldStart("previous");
        g.writeStringField("file", p.file());
        g.writeStringField("asOf", p.asOf().toString());
        g.writeStringField("policy", p.policy());
        g.writeNumberField("schemaVersion", p.schemaVersion());
        g.writeBooleanField("complete", p.complete());
        g.writeEndObject();
        entries(g, "new", c.newFindings());
        entries(g, "resolved", c.resolved());
        entries(g, "unchanged", c.unchanged());
        if (p.privileged() != null) {
            JsonReport.privileged(g, "privilegedAdded", c.privilegedAdded());
            JsonReport.privileged(g, "privilegedRemoved", c.privilegedRemoved());
        }
        g.writeArrayFieldStart("notes");
        for (String note : c.notes()) {
            g.writeString(note);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void entries(JsonGenerator g, String name, List<AuditComparison.Entry> entries)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (AuditComparison.Entry e : entries) {
            g.writeStartObject();
            g.writeStringField("code", e.code());
            g.writeStringField("severity", e.severity().name());
            g.writeStringField("account", e.account());
            g.writeStringField("detail", e.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The rows after the findings: a {@code RESOLVED} row per resolved finding and account (its code, severity and
     * detail as the previous report gave them), a {@code NOTE} row per caveat of the comparison (its clause the
     * comparison's heading), then a {@code PRIVILEGED} row per account added or removed. The
     * current findings' own rows say {@code NEW} or {@code UNCHANGED} in the same {@code change} column
     * ({@link #change}).
     */
    static void csv(AuditComparison c, CsvWriter csv) {
        String clause = heading(c);
        for (AuditComparison.Entry e : c.resolved()) {
            csv.writeRecord(e.code(), e.severity().name(), CsvText.safe(clause), CsvText.safe(e.account()),
                    CsvText.safe(e.detail()), "", "", AuditComparison.Change.RESOLVED.name());
        }
        for (String note : c.notes()) {
            csv.writeRecord("NOTE", "INFO", CsvText.safe(clause), "", CsvText.safe(note), "", "", "");
        }
        for (AuditReport.PrivilegedAccount a : c.privilegedAdded()) {
            privilegedRow(csv, a, "ADDED");
        }
        for (AuditReport.PrivilegedAccount a : c.privilegedRemoved()) {
            privilegedRow(csv, a, "REMOVED");
        }
    }

    private static void privilegedRow(CsvWriter csv, AuditReport.PrivilegedAccount a, String change) {
        csv.writeRecord(PRIVILEGED_CODE, "INFO", PRIVILEGED_CLAUSE, CsvText.safe(a.account()),
                CsvText.safe(String.join(", ", a.groups()) + (a.enabled() ? "" : " (disabled)")),
                "", "", change);
    }

    /** The {@code change} cell of a current finding's row: NEW or UNCHANGED, empty without a comparison. */
    static String change(AuditReport report, Finding f, String account) {
        if (report.comparison() == null) {
            return "";
        }
        AuditComparison.Change change = report.comparison().change(f.code(), account);
        return change == null ? "" : change.name();
    }
}
