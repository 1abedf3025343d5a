package org.passhygiene.audit;

import java.util.Objects;

/**
 * A row of an export that could not be read; the audit went on without it. The reason never quotes the row.
 *
 * @param file   the export file as given
 * @param line   1-based line number where the row starts
 * @param lines  physical lines it covers, each counted as a row that could not be read (more than 1 when an open
 *               quote swallowed the lines after it)
 * @param cause  the kind of problem, for counting and advice
 * @param reason what was wrong, e.g. {@code NT hash is not 32 hex digits}
 */
public record SkippedRow(String file, long line, long lines, SkipCause cause, String reason) {

    /** @throws NullPointerException if {@code file}, {@code cause} or {@code reason} is null */
    public SkippedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(reason, "reason");
        if (lines < 1) {
            throw new IllegalArgumentException("lines: " + lines + ": must be at least 1");
        }
    }

    /** One line, a value that could not be read. */
    SkippedRow(String file, long line, String reason) {
        this(file, line, 1, SkipCause.BAD_VALUE, reason);
    }

    @Override
    public String toString() {
        return file + ":" + (lines == 1 ? line + "" : line + "-" + (line + lines - 1)) + ": " + reason;
    }
}
