package org.passhygiene.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.passhygiene.output.TerminalText;

/**
 * One self-contained HTML page: inline CSS, an inline SVG bar chart of findings per code, a table per finding
 * code with its clause and what to do next, what changed since a previous report (when compared), and the skipped
 * rows. Every piece of text from an export is escaped.
 */
final class HtmlReport {

    private static final Map<Severity, String> COLOURS = Map.of(Severity.CRITICAL, "#b00020", Severity.HIGH,
            "#e65100", Severity.MEDIUM, "#f9a825", Severity.LOW, "#607d8b");

    private HtmlReport() {
    }

    /** HTML text: markup characters as entities, control and invisible format characters as {@code \}{@code uXXXX}. */
    static String escape(String raw) {
        String s = TerminalText.escapeControls(raw);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static void write(AuditReport report, Writer w) throws IOException {
        AuditReport.Summary s = report.summary();
        w.write("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">\n<title>Password audit " + escape(s.asOf().toString())
                + "</title>\n<style>\nbody{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:70em}\n"
                + "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:0.3em "
                + "0.6em;text-align:left;vertical-align:top}th{background:#f0f0f0}\n.sev{color:#fff;padding:0 "
                + "0.4em;border-radius:3px;font-size:0.85em}\n"
                + "h2{border-bottom:2px solid #ddd;padding-bottom:0.2em}\n"
                + ".incomplete{border:2px solid #b00020;padding:0.5em;background:#fdecea}\n"
                + ".remedy{border-left:4px solid #2e7d32;padding-left:0.5em}\n</style>\n</head>\n<body>\n");
        w.write("<h1>Password and account audit</h1>\n<p id=\"summary\">As of " + escape(s.asOf().toString())
                + ", against the " + escape(s.policy()) + " policy: <strong>" + s.records() + "</strong> accounts, "
                + "<strong>" + report.findings().size() + "</strong> findings, " + report.skippedRows()
                + " rows skipped.</p>\n<ul>\n");
        for (AuditReport.FileSummary f : s.files()) {
            w.write("<li>" + escape(f.file()) + " (" + escape(f.format().id()) + ", " + f.rows() + " rows)</li>\n");
        }
        w.write("</ul>\n");
        boolean complete = report.complete();
        if (!complete) {
            for (AuditReport.FileSummary f : s.files()) {
                String line = TextReport.incompleteLine(f);
                if (line != null) {
                    w.write("<p class=\"incomplete\"><strong>INCOMPLETE:</strong> "
                            + escape(line.substring("INCOMPLETE: ".length())) + "</p>\n");
                }
            }
        }
        if (s.breachIndex() != null) {
            w.write("<p id=\"breach-indexes\">Breach indexes: " + escape(s.breachIndex()) + "</p>\n");
        }
        for (String note : s.notes()) {
            w.write("<p class=\"note\"><strong>Note:</strong> " + escape(note) + "</p>\n");
        }
        List<AuditReport.Tally> tallies = report.tallies();
        chart(tallies, complete, w);
        for (AuditReport.Tally t : tallies) {
            FindingCode code = t.code();
            // each finding's own severity: a LOW EMPTY_PASSWORD (disabled account) has its own section
            String id = t.severity() == code.severity() ? code.name() : code.name() + "-" + t.severity();
            w.write("<h2 id=\"" + id + "\"><span class=\"sev\" style=\"background:"
                    + COLOURS.get(t.severity()) + "\">" + t.severity() + "</span> " + code.name() + " ("
                    + t.count() + ")</h2>\n<p>" + escape(t.clause()) + "</p>\n<p class=\"remedy\"><strong>What to "
                    + "do:</strong> " + escape(code.remedy()) + "</p>\n<table>\n"
                    + "<tr><th>Accounts</th><th>Detail</th><th>Group</th></tr>\n");
            for (Finding f : report.findings()) {
                if (f.code() == code && f.severity() == t.severity()) {
                    w.write("<tr><td>" + escape(String.join(", ", f.accounts())) + "</td><td>" + escape(f.detail())
                            + "</td><td>" + (f.tag() == null ? "" : escape(f.tag())) + "</td></tr>\n");
                }
            }
            w.write("</table>\n");
        }
        if (report.comparison() != null) {
            ComparisonSections.html(report.comparison(), w);
        }
        if (!report.skipped().isEmpty()) {
            w.write("<h2 id=\"skipped\">Skipped rows (" + report.skippedRows() + ")</h2>\n<table>\n"
                    + "<tr><th>File</th><th>Line</th><th>Reason</th></tr>\n");
            for (SkippedRow r : report.skipped()) {
                w.write("<tr><td>" + escape(r.file()) + "</td><td>" + r.line()
                        + (r.lines() == 1 ? "" : "-" + (r.line() + r.lines() - 1)) + "</td><td>" + escape(r.reason())
                        + "</td></tr>\n");
            }
            w.write("</table>\n");
        }
        w.write("<p><small>This report names accounts, never passwords. Keep it as confidential as the exports "
                + "it was made from.</small></p>\n</body>\n</html>\n");
    }

    /** Horizontal bars, one per code with findings, worst first. */
    private static void chart(List<AuditReport.Tally> codes, boolean complete, Writer w) throws IOException {
        if (codes.isEmpty()) {
            w.write(complete ? "<p id=\"no-findings\">No findings.</p>\n"
                    : "<p id=\"no-findings\">No findings in the rows read: the audit is incomplete.</p>\n");
            return;
        }
        int max = codes.stream().mapToInt(AuditReport.Tally::count).max().orElse(1);
        int rowHeight = 24;
        int height = codes.size() * rowHeight + 10;
        w.write("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Findings per code\" "
                + "width=\"640\" height=\"" + height + "\" viewBox=\"0 0 640 " + height + "\">\n");
        int y = 5;
        for (AuditReport.Tally t : codes) {
            FindingCode c = t.code();
            int n = t.count();
            int width = Math.max(2, (int) Math.round(360.0 * n / max));
            w.write("<text x=\"0\" y=\"" + (y + 16) + "\" font-size=\"13\">" + c.name() + "</text>"
                    + "<rect x=\"200\" y=\"" + (y + 3) + "\" width=\"" + width + "\" height=\"18\" fill=\""
                    + COLOURS.get(t.severity()) + "\"/><text x=\"" + (205 + width) + "\" y=\"" + (y + 16)
                    + "\" font-size=\"13\">" + n + "</text>\n");
            y += rowHeight;
        }
        w.write("</svg>\n");
    }
}
