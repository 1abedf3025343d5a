package org.passhygiene.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The skipped rows of one file: counted per {@link SkipCause} (with the first reason of each), the first
 * {@link AuditReport.FileSummary#LISTED_SKIPPED} passed on to the report's list, so a file of junk cannot fill
 * memory while every lost row is still counted.
 */
final class SkipTally implements Consumer<SkippedRow> {

    private final Consumer<SkippedRow> listed;
    private final Map<SkipCause, long[]> rows = new EnumMap<>(SkipCause.class);
    private final Map<SkipCause, String> firstReason = new EnumMap<>(SkipCause.class);
    private long skippedRows;
    private int listedRows;

    SkipTally(Consumer<SkippedRow> listed) {
        this.listed = listed;
    }

    @Override
    public void accept(SkippedRow r) {
        skippedRows += r.lines();
        rows.computeIfAbsent(r.cause(), c -> new long[1])[0] += r.lines();
        firstReason.putIfAbsent(r.cause(), r.reason());
        if (listedRows < AuditReport.FileSummary.LISTED_SKIPPED) {
            listedRows++;
            listed.accept(r);
        }
    }

    /** The file's summary; {@code rows} counts every data row, skipped ones included. */
    AuditReport.FileSummary summary(String file, ExportFormat format, long dataRows) {
        List<AuditReport.Reason> reasons = new ArrayList<>();
        rows.forEach((cause, n) -> reasons.add(new AuditReport.Reason(cause, firstReason.get(cause), n[0])));
        reasons.sort(Comparator.comparingLong(AuditReport.Reason::rows).reversed());
        long total = Math.max(dataRows, skippedRows);
        String advice = null;
        if (!reasons.isEmpty() && reasons.get(0).rows() * 2 > total) {
            advice = SkipAdvice.advice(format, reasons.get(0).cause(), reasons.get(0).reason());
        }
        return new AuditReport.FileSummary(file, format, total, skippedRows, reasons, advice);
    }
}
