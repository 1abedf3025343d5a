package org.passhygiene.audit;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of an audit: a value, holding no password or hash.
 *
 * @param summary    what was read and how much was found
 * @param findings   worst first (severity, then code, then first account)
 * @param skipped    rows that could not be read, in file and line order (at most
 *                   {@link FileSummary#LISTED_SKIPPED} per file; the summary counts them all)
 * @param comparison what changed since a previous report ({@link #withComparison}), or null
 */
public record AuditReport(Summary summary, List<Finding> findings, List<SkippedRow> skipped,
                          AuditComparison comparison) {

    /** A report without a comparison. */
    public AuditReport(Summary summary, List<Finding> findings, List<SkippedRow> skipped) {
        this(summary, findings, skipped, null);
    }

    /** This report with the section saying what changed since a previous report. */
    public AuditReport withComparison(AuditComparison value) {
        return new AuditReport(summary, findings, skipped, value);
    }

    /**
     * An account in a privileged group (the policy's {@code privileged-groups}), enabled or not: the list the termly
     * access review checks.
     *
     * @param account the account as findings name it
     * @param groups  its privileged groups, as the export spells them, sorted
     * @param enabled false when the export says the account is disabled
     */
    public record PrivilegedAccount(String account, List<String> groups, boolean enabled) {
        public PrivilegedAccount {
            Objects.requireNonNull(account, "account");
            groups = List.copyOf(groups);
        }
    }

    /**
     * @param asOf           the day the audit judged dates against
     * @param policy         the active policy's name
     * @param files          each file read, its format, data rows and rows that could not be read
     * @param records        account records audited (history lines excluded)
     * @param breachIndex    the breach indexes used (file name and kind), or null
     * @param weakCandidates NT hashes of guessable passwords compared (0 when no NTLM dump was read)
     * @param notes          what the audit could not check and why, for the reader of the report
     * @param acceptedSkipped rows that may be skipped with the audit still counting as complete (known junk)
     * @param privileged     accounts in a privileged group, by account name
     */
    public record Summary(LocalDate asOf, String policy, List<FileSummary> files, long records, String breachIndex,
                          int weakCandidates, List<String> notes, long acceptedSkipped,
                          List<PrivilegedAccount> privileged) {
        public Summary {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
            privileged = List.copyOf(privileged);
            if (acceptedSkipped < 0) {
                throw new IllegalArgumentException("acceptedSkipped: " + acceptedSkipped + ": must be >= 0");
            }
        }

        /** No privileged account listed. */
        public Summary(LocalDate asOf, String policy, List<FileSummary> files, long records, String breachIndex,
                       int weakCandidates, List<String> notes, long acceptedSkipped) {
            this(asOf, policy, files, records, breachIndex, weakCandidates, notes, acceptedSkipped, List.of());
        }

        /** No skipped row accepted. */
        Summary(LocalDate asOf, String policy, List<FileSummary> files, long records, String breachIndex,
                       int weakCandidates, List<String> notes) {
            this(asOf, policy, files, records, breachIndex, weakCandidates, notes, 0);
        }

        /** Rows of every file that could not be read. */
        public long skippedRows() {
            return files.stream().mapToLong(FileSummary::skippedRows).sum();
        }

        /**
         * Whether every row was read, or no more were skipped than {@link #acceptedSkipped}, and every file held at
         * least one row (a file from which no account was read proves nothing). An incomplete audit's findings are
         * partial and must not be taken as clean.
         */
        public boolean complete() {
            return skippedRows() <= acceptedSkipped && files.stream().noneMatch(FileSummary::empty);
        }
    }

    /**
     * Why rows were skipped: one reason and how many rows it cost.
     *
     * @param cause  its kind
     * @param reason the first such row's reason
     * @param rows   rows skipped for this cause
     */
    public record Reason(SkipCause cause, String reason, long rows) {
    }

    /**
     * @param file        the file as given
     * @param format      its format
     * @param rows        data rows found, skipped ones included
     * @param skippedRows rows that could not be read (a record that swallowed several lines counts each)
     * @param reasons     why, one per cause, most rows first
     * @param advice      what to do when most rows failed for one known reason, or null
     */
    public record FileSummary(String file, ExportFormat format, long rows, long skippedRows, List<Reason> reasons,
                              String advice) {
        /** Skipped rows listed in a report per file; the counts cover them all. */
        static final int LISTED_SKIPPED = 1000;

        public FileSummary {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(format, "format");
            reasons = List.copyOf(reasons);
        }

        /** A file read in full. */
        FileSummary(String file, ExportFormat format, long rows) {
            this(file, format, rows, 0, List.of(), null);
        }

        /** Whether the file held no data row at all (only a header, or a header cut short). */
        public boolean empty() {
            return rows == 0;
        }

        /** Rows read (data rows less skipped ones). */
        public long readRows() {
            return rows - skippedRows;
        }
    }

    public AuditReport {
        Objects.requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
    }

    /** Rows that could not be read: the files' counts, or the rows listed if those say more. */
    public long skippedRows() {
        return Math.max(summary.skippedRows(), skipped.stream().mapToLong(SkippedRow::lines).sum());
    }

    /**
     * Whether every row of every file was read (or no more were skipped than the summary's accepted number) and every
     * file held a row. An incomplete audit's findings are partial and must not be taken as clean.
     */
    public boolean complete() {
        return skippedRows() <= summary.acceptedSkipped() && summary.files().stream()
                .noneMatch(FileSummary::empty);
    }

    /** Findings per code, worst first; codes with none are absent. */
    public Map<FindingCode, Integer> counts() {
        Map<FindingCode, Integer> m = new EnumMap<>(FindingCode.class);
        for (Finding f : findings) {
            m.merge(f.code(), 1, Integer::sum);
        }
        return m;
    }

    /**
     * Findings per severity and code, worst first: the severity is each finding's own (an empty password on a
     * disabled account is LOW though {@code EMPTY_PASSWORD} is CRITICAL), so one code may have two entries.
     */
    public List<Tally> tallies() {
        Map<Severity, Map<FindingCode, Integer>> m = new EnumMap<>(Severity.class);
        Map<FindingCode, String> clauses = new EnumMap<>(FindingCode.class);
        for (Finding f : findings) {
            m.computeIfAbsent(f.severity(), s -> new EnumMap<>(FindingCode.class)).merge(f.code(), 1, Integer::sum);
            clauses.putIfAbsent(f.code(), f.clause());
        }
        List<Tally> out = new java.util.ArrayList<>();
        m.forEach((sev, codes) -> codes.forEach((code, n) -> out.add(new Tally(sev, code, n, clauses.get(code)))));
        return out;
    }

    /**
     * Findings of one code at one severity.
     *
     * @param severity the findings' own severity
     * @param code     their code
     * @param count    how many
     * @param clause   the clause they break, as their findings name it (the policy the audit ran under)
     */
    public record Tally(Severity severity, FindingCode code, int count, String clause) {

        /** A tally naming the clause of the default policy ({@link FindingCode#clause()}). */
        Tally(Severity severity, FindingCode code, int count) {
            this(severity, code, count, code.clause());
        }
    }

    /** Whether any finding is at least this severe. */
    public boolean hasFindingsAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(severity));
    }
}
