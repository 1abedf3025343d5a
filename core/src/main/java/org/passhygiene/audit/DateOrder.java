package org.passhygiene.audit;

import java.util.Locale;

/**
 * The order of day, month and year in an export's dates, which PowerShell writes in the exporting server's regional
 * settings ({@code dd/MM/yyyy} en-GB, {@code M/d/yyyy} en-US, {@code dd.MM.yyyy} de-DE). Readers infer it per file
 * from the values (a first part above 12 is a day: day-first; a second part above 12: month-first); this order is
 * used only for a file whose dates cannot settle it (every day and month 12 or less).
 */
public enum DateOrder {
    /** Day, month, year: {@code 12/01/2026}, {@code 12.01.2026}. */
    DMY("dmy", "day-first (dd/mm/yyyy)"),
    /** Month, day, year: {@code 1/12/2026 8:02:11 AM}. */
    MDY("mdy", "month-first (mm/dd/yyyy)"),
    /** Year, month, day: {@code 2026-01-12}; year-first dates are always read this way. */
    YMD("ymd", "year-first (yyyy-mm-dd)");

    private final String id;
    private final String text;

    DateOrder(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** The name in {@code --date-order} and the policy's {@code date-order}: dmy, mdy or ymd. */
    public String id() {
        return id;
    }

    /** For people: {@code day-first (dd/mm/yyyy)}. */
    public String describe() {
        return text;
    }

    /**
     * @throws IllegalArgumentException naming the allowed values if {@code value} is none of them
     */
    public static DateOrder of(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (DateOrder o : values()) {
            if (o.id.equals(v)) {
                return o;
            }
        }
        throw new IllegalArgumentException("date order: must be dmy, mdy or ymd");
    }
}
