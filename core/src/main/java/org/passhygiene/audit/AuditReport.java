package org.passhygiene.audit;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of an audit: a value, holding no password or hash.
 *
 * @param summary  what was read and how much was found
 * @param findings worst first (severity, then code, then first account)
 * @param skipped  rows that could not be read, in file and line order
 */
public record AuditReport(Summary summary, List<Finding> findings, List<SkippedRow> skipped) {

    /**
     * @param asOf          the day the audit judged dates against
     * @param policy        the active policy's name
     * @param files         each file read, its format and data rows
     * @param records       account records audited (history lines excluded)
     * @param breachIndex   the breach indexes used (file name and kind), or null
     * @param weakCandidates NT hashes of guessable passwords compared (0 when no NTLM dump was read)
     * @param notes         what the audit could not check and why, for the reader of the report
     */
    public record Summary(LocalDate asOf, String policy, List<FileSummary> files, long records, String breachIndex,
                          int weakCandidates, List<String> notes) {
        public Summary {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param file   the file as given
     * @param format its format
     * @param rows   data rows read, skipped ones included
     */
    public record FileSummary(String file, ExportFormat format, long rows) {
    }

    public AuditReport {
        Objects.requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
    }

    /** Findings per code, worst first; codes with none are absent. */
    public Map<FindingCode, Integer> counts() {
        Map<FindingCode, Integer> m = new EnumMap<>(FindingCode.class);
        for (Finding f : findings) {
            m.merge(f.code(), 1, Integer::sum);
        }
        return m;
    }

    /** Whether any finding is at least this severe. */
    public boolean hasFindingsAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(severity));
    }
}
