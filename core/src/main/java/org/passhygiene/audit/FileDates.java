package org.passhygiene.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of one export file, written in the exporting server's culture: day-first, month-first or year-first,
 * with {@code .} {@code /} or {@code -}, an optional 12- or 24-hour time with or without seconds. A first pass
 * ({@link #counting()}) only counts what the values say about the order, in constant memory; {@link #settle} then
 * fixes the file's order, and the second pass reads every date with it. A day and month that could be either way are
 * never guessed: the file's other dates settle them, else the given order ({@code --date-order}), else the file is
 * refused.
 */
final class FileDates {

    /** day-or-month [sep] day-or-month [sep] year, or year-month-day; then an optional time and zone. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})\\.?"
            + "(?:(?:\\s+|T|,\\s*)(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:[.,]\\d{1,9})?)?"
            + "(?:\\s*([AaPp])\\.?\\s?[Mm]\\.?)?)?(?:\\s*(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?");

    /** What a date may look like, for messages. */
    static final String FORMS = "day/month/year, month/day/year or year-month-day with . / or -, an optional 12- or "
            + "24-hour time, ISO 8601 or a FILETIME";

    private final String file;
    private final DateOrder given;
    private final String givenBy;
    private boolean counting = true;
    private DateOrder order;
    private long dayFirst;
    private long monthFirst;
    private long ambiguous;
    private long ambiguousLine;
    private boolean assumed;
    private String ambiguousColumn;

    /**
     * @param given   the order for a file whose dates cannot settle it, or null
     * @param givenBy where it came from, for messages ({@code --date-order}, the policy's {@code date-order})
     */
    FileDates(String file, DateOrder given, String givenBy) {
        this.file = file;
        this.given = given;
        this.givenBy = givenBy;
    }

    /** Whether the order was the given one because every date of the file could be read either way. */
    boolean assumed() {
        return assumed;
    }

    boolean counting() {
        return counting;
    }

    /**
     * Ends the first pass: fixes the order from the values counted.
     *
     * @throws ExportFormatException if day and month cannot be told apart and no order was given
     */
    void settle(Consumer<String> notes) {
        counting = false;
        if (dayFirst > 0 || monthFirst > 0) {
            if (dayFirst != monthFirst) {
                order = dayFirst > monthFirst ? DateOrder.DMY : DateOrder.MDY;
                if (given != null && given != DateOrder.YMD && given != order) {
                    notes.accept(file + ": dates read " + order.describe() + ", as " + Math.max(dayFirst, monthFirst)
                            + " of its dates can only be read that way, not " + given.describe() + " as " + givenBy + " "
                            + given.id() + " says");
                }
                return;
            }
        }
        if (ambiguous == 0 && dayFirst == 0) {
            return; // nothing needs an order
        }
        if (given != null && given != DateOrder.YMD) {
            order = given;
            assumed = ambiguous > 0;
            return;
        }
        throw new ExportFormatException(file + (ambiguousLine > 0 ? ":" + ambiguousLine + ": " + ambiguousColumn
                : "") + ": cannot tell day-first from month-first dates: "
                + (dayFirst > 0 ? "as many dates read only day-first as only month-first"
                : "every date in the file has day and month 12 or less")
                + "; pass --date-order dmy (dd/mm/yyyy, e.g. en-GB, de-DE) or --date-order mdy (m/d/yyyy, en-US) "
                + "as the exporting server's regional settings write dates (or set date-order in the policy)");
    }

    /**
     * The day of {@code value} in column {@code name} at {@code line}; null when empty, never or (first pass) not yet
     * known.
     */
    LocalDate date(String name, String value, long line) throws Fields.BadField {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        Matcher m = NUMERIC.matcher(v);
        if (!m.matches()) {
            if (counting) {
                return null;
            }
            try {
                return Fields.date(name, v); // ISO 8601 with a zone, FILETIME, never
            } catch (Fields.BadField e) {
                throw bad(name);
            }
        }
        String p1 = m.group(1);
        int a = Integer.parseInt(p1);
        int b = Integer.parseInt(m.group(3));
        String p3 = m.group(4);
        int c = Integer.parseInt(p3);
        boolean yearFirst = p1.length() == 4 && p3.length() <= 2;
        boolean yearLast = p3.length() == 4 && p1.length() <= 2;
        if (counting) {
            if (yearLast) {
                if (a > 12 && b <= 12) {
                    dayFirst++;
                } else if (b > 12 && a <= 12) {
                    monthFirst++;
                } else if (a != b && a <= 12 && ambiguous++ == 0) {
                    ambiguousLine = line;
                    ambiguousColumn = name;
                }
            }
            return null;
        }
        if (!yearFirst && !yearLast) {
            throw bad(name);
        }
        checkTime(name, m);
        int year;
        int month;
        int day;
        if (yearFirst) {
            year = a;
            month = b;
            day = c;
        } else {
            year = c;
            DateOrder o = a == b ? DateOrder.DMY : order;
            if (o == null) {
                throw new Fields.BadField(SkipCause.BAD_DATE, name + ": day and month cannot be told apart: pass "
                        + "--date-order dmy or mdy");
            }
            if (o == DateOrder.MDY && a > 12 && b <= 12) {
                throw new Fields.BadField(SkipCause.BAD_DATE, name + ": a day-first date (first part above 12) "
                        + "in a file whose dates are month-first");
            }
            if (o == DateOrder.DMY && b > 12 && a <= 12) {
                throw new Fields.BadField(SkipCause.BAD_DATE, name + ": a month-first date (second part above 12) "
                        + "in a file whose dates are day-first");
            }
            day = o == DateOrder.MDY ? b : a;
            month = o == DateOrder.MDY ? a : b;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw bad(name);
        }
    }

    private static void checkTime(String name, Matcher m) throws Fields.BadField {
        if (m.group(5) == null) {
            return;
        }
        int hour = Integer.parseInt(m.group(5));
        int minute = Integer.parseInt(m.group(6));
        int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        boolean twelve = m.group(8) != null;
        if ((twelve ? hour < 1 || hour > 12 : hour > 23) || minute > 59 || second > 59) {
            throw new Fields.BadField(SkipCause.BAD_DATE, name + ": not a time of day");
        }
    }

    private static Fields.BadField bad(String name) {
        return new Fields.BadField(SkipCause.BAD_DATE, name + ": not a date (expected " + FORMS + ")");
    }
}
