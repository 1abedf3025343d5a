package org.passhygiene.audit;

import java.util.Objects;

/**
 * A row of an export that could not be read; the audit went on without it. The reason never quotes the row.
 *
 * @param file   the export file as given
 * @param line   1-based line number
 * @param reason what was wrong, e.g. {@code NT hash is not 32 hex digits}
 */
public record SkippedRow(String file, long line, String reason) {

    /** @throws NullPointerException if {@code file} or {@code reason} is null */
    public SkippedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
