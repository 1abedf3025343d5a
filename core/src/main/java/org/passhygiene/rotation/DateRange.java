package org.passhygiene.rotation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive range of dates, such as a half-term break.
 *
 * @param start first day, inclusive
 * @param end last day, inclusive; never before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {
    /**
     * @throws NullPointerException if either date is null
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /** @return whether {@code date} is inside this range, ends included */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
