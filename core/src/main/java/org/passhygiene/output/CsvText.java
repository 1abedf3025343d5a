package org.passhygiene.output;

import java.io.Writer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Neutralises untrusted text for a CSV cell that a spreadsheet will open: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula (CSV injection), so it is prefixed with
 * an apostrophe. Control and invisible format characters (ESC, BEL, OSC sequences, bidi overrides, zero-width
 * characters, newlines) are written as {@code \}{@code uXXXX} or {@code \n} by {@link TerminalText#escapeControls},
 * so a report printed to a terminal cannot drive it; backslashes stay (<code>DOMAIN&#92;user</code>). Quoting is the CSV
 * writer's job: {@link #writer(Writer)}, the one FastCSV configuration every CSV we write goes through; this is the
 * one rule every CSV report shares.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * Returns {@code cell} with its control characters escaped and an apostrophe in front if a spreadsheet would take
     * it as a formula.
     */
    public static String safe(String cell) {
        String shown = TerminalText.escapeControls(cell);
        return !shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0 ? "'" + shown : shown;
    }

    /**
     * The CSV writer for every CSV passhygiene writes: FastCSV, comma-separated, RFC 4180 quoting (only where a cell
     * needs it), CRLF line ends. Cells from untrusted sources go through {@link #safe(String)} first. The caller
     * flushes it and owns {@code out}.
     *
     * @param out where the rows go
     * @return the writer
     */
    public static CsvWriter writer(Writer out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    }
}
