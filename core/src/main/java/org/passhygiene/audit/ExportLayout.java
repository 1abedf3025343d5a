package org.passhygiene.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How the audit recognises and reads one {@link ExportFormat}: the registry entry each format constant holds
 * ({@link CsvLayout} for the CSV exports, {@link SecretsdumpReader#LAYOUT} for NTLM dumps). {@link ExportReader}
 * asks the formats in {@link #precedence()} order which one the first line of a file is, and reads a file through
 * its format's layout, so adding a format is one constant of {@link ExportFormat}.
 */
interface ExportLayout {

    /** The {@link #precedence()} of a format that is never detected, only chosen ({@code generic}). */
    int NEVER = 0;

    /** Opens the file again for each pass (CSV dates are inferred in a first pass). */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /** Where this format comes in the detection order: the lowest that {@link #detects} a file wins; 0: never. */
    int precedence();

    /**
     * Whether the first line of a file that is not a preamble is this format's.
     *
     * @param line   that line, trimmed, without a byte-order mark
     * @param header its fields as CSV column names (trimmed, lower-case), or null when it is not valid CSV
     */
    boolean detects(String line, Set<String> header);

    /**
     * Reads every row of the file {@code source} opens, called {@code name}, passing each record to {@code sink},
     * each row that cannot be read to {@code skipped} and what the report should say about the file to
     * {@code notes}.
     *
     * @param mapping the column mapping (the generic format), or null
     * @param dates   the file's dates, in the order given or inferred
     * @return the number of data rows read, skipped ones included
     * @throws ExportFormatException if the file is not of this format's layout (e.g. a needed column is missing)
     */
    long read(Source source, String name, ExportFormat format, ColumnMapping mapping, FileDates dates,
              Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped, Consumer<String> notes) throws IOException;

    /**
     * Whether this is a password manager's vault, whose entries without a password (notes, passkeys) are passed
     * over rather than read or skipped.
     */
    default boolean passwordManager() {
        return false;
    }
}
