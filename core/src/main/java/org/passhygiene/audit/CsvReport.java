package org.passhygiene.audit;

import java.io.IOException;
import java.io.Writer;

import org.passhygiene.output.CsvText;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * One row per finding and account: {@code code,severity,clause,account,detail,tag,remedy,change} ({@code remedy}: what
 * to do next; {@code change}: NEW or UNCHANGED since the previous report when compared, else empty; both added at
 * the end, so readers of the first six columns are unaffected). An incomplete audit starts with an
 * {@code INCOMPLETE} row per file that lost rows (account: the file; detail: how many and why); every skipped row
 * follows the findings as a {@code SKIPPED_ROW} row (account: {@code file:line}; detail: the reason). Each note of
 * the summary (e.g. group membership not exported) is a {@code NOTE} row before the findings. When compared, findings
 * resolved since are {@code RESOLVED} rows and privileged accounts added or removed are {@code PRIVILEGED} rows
 * ({@link ComparisonSections#csv}), before the skipped rows. Cells from an export or a previous report are made safe
 * against spreadsheet formula injection.
 */
final class CsvReport {

    static final String INCOMPLETE_CLAUSE = "Rows that could not be read: the audit is incomplete";
    static final String SKIPPED_CLAUSE = "Row that could not be read";
    static final String NOTE_CLAUSE = "What the audit could not check, and why";

    private CsvReport() {
    }

    static void write(AuditReport report, Writer w) throws IOException {
        CsvWriter csv = CsvText.writer(w);
        csv.writeRecord("code", "severity", "clause", "account", "detail", "tag", "remedy", "change");
        boolean complete = report.complete();
        if (!complete) {
            for (AuditReport.FileSummary f : report.summary().files()) {
                String line = TextReport.incompleteLine(f);
                if (line != null) {
                    csv.writeRecord("INCOMPLETE", "INCOMPLETE", INCOMPLETE_CLAUSE, CsvText.safe(f.file()),
                            CsvText.safe(line.substring("INCOMPLETE: ".length())), "", "", "");
                }
            }
        }
        for (String note : report.summary().notes()) {
            csv.writeRecord("NOTE", "INFO", NOTE_CLAUSE, "", CsvText.safe(note), "", "", "");
        }
        for (Finding f : report.findings()) {
            for (String account : f.accounts()) {
                csv.writeRecord(f.code().name(), f.severity().name(), f.clause(), CsvText.safe(account),
                        CsvText.safe(f.detail()), f.tag() == null ? "" : f.tag(), f.code().remedy(),
                        ComparisonSections.change(report, f, account));
            }
        }
        if (report.comparison() != null) {
            ComparisonSections.csv(report.comparison(), csv);
        }
        for (SkippedRow r : report.skipped()) {
            String where = r.toString().substring(0, r.toString().length() - r.reason().length() - 2);
            csv.writeRecord("SKIPPED_ROW", complete ? "ACCEPTED" : "INCOMPLETE", SKIPPED_CLAUSE, CsvText.safe(where),
                    CsvText.safe(r.reason()), "", "", "");
        }
        csv.flush();
    }
}
