package org.passhygiene.output;

/**
 * Neutralises untrusted text for a CSV cell that a spreadsheet will open: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula (CSV injection), so it is prefixed with
 * an apostrophe. Quoting is the CSV writer's job (FastCSV); this is the one rule every CSV report shares.
 */
public final class CsvText {

    private CsvText() {
    }

    /** Returns {@code cell} with an apostrophe in front if a spreadsheet would take it as a formula. */
    public static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
