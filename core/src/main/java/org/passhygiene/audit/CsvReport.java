package org.passhygiene.audit;

import java.io.IOException;
import java.io.Writer;

import org.passhygiene.output.CsvText;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/** One row per finding and account: {@code code,severity,clause,account,detail,tag}; skipped rows are not listed. */
final class CsvReport {

    private CsvReport() {
    }

    static void write(AuditReport report, Writer w) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(w);
        csv.writeRecord("code", "severity", "clause", "account", "detail", "tag");
        for (Finding f : report.findings()) {
            for (String account : f.accounts()) {
                csv.writeRecord(f.code().name(), f.severity().name(), f.clause(), CsvText.safe(account),
                        CsvText.safe(f.detail()), f.tag() == null ? "" : f.tag());
            }
        }
        csv.flush();
    }
}
