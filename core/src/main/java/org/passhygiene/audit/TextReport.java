package org.passhygiene.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** The terminal summary: what was read, counts per finding worst first, then every finding on one line. */
final class TextReport {

    private TextReport() {
    }

    static void write(AuditReport report, Writer w) throws IOException {
        AuditReport.Summary s = report.summary();
        w.write("Audit as of " + s.asOf() + " against the " + s.policy() + " policy: " + s.records()
                + " accounts in " + s.files().size() + " file(s)\n");
        for (AuditReport.FileSummary f : s.files()) {
            w.write("  " + f.file() + " (" + f.format().id() + ", " + f.rows() + " rows)\n");
        }
        for (String note : s.notes()) {
            w.write("Note: " + note + "\n");
        }
        Map<FindingCode, Integer> counts = report.counts();
        if (counts.isEmpty()) {
            w.write("No findings.\n");
        } else {
            w.write("\nFindings (worst first):\n");
            for (Severity sev : Severity.values()) {
                for (Map.Entry<FindingCode, Integer> e : counts.entrySet()) {
                    if (e.getKey().severity() == sev) {
                        w.write(String.format("  %-8s %-22s %6d  %s%n", sev, e.getKey(), e.getValue(),
                                e.getKey().clause()));
                    }
                }
            }
            w.write("\n");
            for (Finding f : report.findings()) {
                w.write(f.severity() + " " + f.code() + ": " + String.join(", ", f.accounts()) + " — " + f.detail()
                        + (f.tag() == null ? "" : " [group " + f.tag() + "]") + "\n");
            }
        }
        if (!report.skipped().isEmpty()) {
            w.write("\nSkipped " + report.skipped().size() + " row(s):\n");
            for (SkippedRow r : report.skipped()) {
                w.write("  " + r + "\n");
            }
        }
    }
}
