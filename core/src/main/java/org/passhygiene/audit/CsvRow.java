package org.passhygiene.audit;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvRecord;

/** One data row of a CSV export by header name (case-insensitive); empty values are null. Reused row by row. */
final class CsvRow {
    private final Map<String, Integer> index;
    private final FileDates dates;
    private CsvRecord record;
    private long line;
    /** Rows whose MemberOf was exported without -join (counted by the Active Directory mapping). */
    long unjoinedMemberOf;
    /** Notes about the file as a whole that its rows gave (each once, in order). */
    final Set<String> notes = new LinkedHashSet<>();

    /**
     * @param index column number by header name (trimmed, lower-case)
     * @param dates the file's dates, read in its date order
     */
    CsvRow(Map<String, Integer> index, FileDates dates) {
        this.index = index;
        this.dates = dates;
    }

    /** Makes this the row of {@code rec}, read from {@code line}. */
    void set(CsvRecord rec, long lineNo) {
        this.record = rec;
        this.line = lineNo;
    }

    /** The day in {@code column} (null column or empty value: null), read in the file's date order. */
    LocalDate date(String column) throws Fields.BadField {
        return column == null ? null : dates.date(column, get(column), line);
    }

    /** Adds a note about the whole file (said once however many rows give it). */
    void note(String text) {
        notes.add(text);
    }

    boolean has(String column) {
        return column != null && index.containsKey(column.toLowerCase(Locale.ROOT));
    }

    String get(String column) {
        if (column == null) {
            return null;
        }
        Integer i = index.get(column.toLowerCase(Locale.ROOT));
        if (i == null || i >= record.getFieldCount()) {
            return null;
        }
        String v = record.getField(i);
        return v.isEmpty() ? null : v;
    }

    /** The first of these columns the header has. */
    String first(String... columns) {
        for (String c : columns) {
            if (has(c)) {
                return get(c);
            }
        }
        return null;
    }

    /** Whether the header has one of these columns at least. */
    boolean hasAny(String... columns) {
        for (String c : columns) {
            if (has(c)) {
                return true;
            }
        }
        return false;
    }
}
