package org.passhygiene.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.passhygiene.output.TerminalText;

/**
 * The terminal summary: what was read, an {@code INCOMPLETE:} line per file with rows that could not be read, counts
 * per finding worst first, then every finding on one line with a {@code What to do:} line after each code's group,
 * what changed since a previous report (when compared), then the skipped rows. Every string from an export (and
 * every file name) is escaped with {@link TerminalText#escape}, so none can run escape sequences or forge a line.
 */
final class TextReport {

    private TextReport() {
    }

    /** Why a file without rows makes the audit incomplete. */
    static final String NO_ROWS = "no rows: the export holds only its header, so no account was read";

    private static String esc(CharSequence s) {
        return TerminalText.escape(s);
    }

    /**
     * {@code INCOMPLETE: 12 of 13 rows of ad.csv could not be read — reason. Fix: advice}, or null when every row was
     * read; {@code INCOMPLETE: ad.csv: no rows: …} when the file held none. Not escaped (each report format escapes it
     * its own way).
     */
    static String incompleteLine(AuditReport.FileSummary f) {
        if (f.empty()) {
            return "INCOMPLETE: " + f.file() + ": " + NO_ROWS;
        }
        if (f.skippedRows() == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder("INCOMPLETE: ").append(f.skippedRows()).append(" of ").append(f.rows())
                .append(f.rows() == 1 ? " row of " : " rows of ").append(f.file()).append(" could not be read");
        List<AuditReport.Reason> reasons = f.reasons();
        if (!reasons.isEmpty()) {
            sb.append(" — ").append(reasons.get(0).reason());
            if (reasons.size() > 1) {
                long others = f.skippedRows() - reasons.get(0).rows();
                sb.append(" (").append(reasons.get(0).rows()).append(" rows; ").append(others)
                        .append(" more for other reasons)");
            }
        }
        if (f.advice() != null) {
            sb.append(". Fix: ").append(f.advice());
        }
        return sb.toString();
    }

    static void write(AuditReport report, Writer w) throws IOException {
        AuditReport.Summary s = report.summary();
        w.write("Audit as of " + s.asOf() + " against the " + esc(s.policy()) + " policy: " + s.records()
                + " accounts in " + s.files().size() + " file(s)\n");
        for (AuditReport.FileSummary f : s.files()) {
            w.write("  " + esc(f.file()) + " (" + f.format().id() + ", " + f.rows() + " rows"
                    + (f.skippedRows() == 0 ? "" : ", " + f.skippedRows() + " not read") + ")\n");
        }
        boolean complete = report.complete();
        for (AuditReport.FileSummary f : s.files()) {
            String line = complete ? null : incompleteLine(f);
            if (line != null) {
                w.write(esc(line) + "\n");
            }
        }
        for (String note : s.notes()) {
            w.write("Note: " + esc(note) + "\n");
        }
        Map<FindingCode, Integer> counts = report.counts();
        long skipped = report.skippedRows();
        if (counts.isEmpty()) {
            if (!complete) {
                w.write("No findings in the rows read — the audit is incomplete.\n");
            } else if (skipped > 0) {
                w.write("No findings in the rows read (" + skipped + " skipped row(s) accepted as known junk).\n");
            } else {
                w.write("No findings.\n");
            }
        } else {
            w.write("\nFindings (worst first" + (complete ? "" : "; INCOMPLETE: only the rows read") + "):\n");
            for (AuditReport.Tally t : report.tallies()) {
                w.write(String.format("  %-8s %-22s %6d  %s%n", t.severity(), t.code(), t.count(),
                        t.clause()));
            }
            w.write("\n");
            List<Finding> findings = report.findings();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                w.write(f.severity() + " " + f.code() + ": "
                        + f.accounts().stream().map(TextReport::esc).collect(Collectors.joining(", ")) + " — "
                        + esc(f.detail()) + (f.tag() == null ? "" : " [group " + esc(f.tag()) + "]") + "\n");
                Finding next = i + 1 < findings.size() ? findings.get(i + 1) : null;
                if (next == null || next.code() != f.code() || next.severity() != f.severity()) {
                    w.write("  What to do: " + f.code().remedy() + "\n");
                }
            }
        }
        if (report.comparison() != null) {
            ComparisonSections.text(report.comparison(), w);
        }
        if (skipped > 0) {
            w.write("\nSkipped " + skipped + " row(s)" + (complete ? ", accepted as known junk (up to "
                    + s.acceptedSkipped() + " allowed)" : "") + ":\n");
            for (SkippedRow r : report.skipped()) {
                w.write("  " + esc(r.toString()) + "\n");
            }
            long listed = report.skipped().stream().mapToLong(SkippedRow::lines).sum();
            if (listed < skipped) {
                w.write("  … and " + (skipped - listed) + " more (the first "
                        + AuditReport.FileSummary.LISTED_SKIPPED + " per file are listed)\n");
            }
        }
    }
}
