package org.passhygiene.rotation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One school term: a name, an inclusive date range and an optional half-term break inside it.
 *
 * @param name for people, e.g. {@code Autumn 2024}
 * @param dates first and last day of the term, inclusive
 * @param halfTerm the half-term break, inside {@code dates}, if the calendar gives one
 */
public record Term(String name, DateRange dates, Optional<DateRange> halfTerm) {
    /**
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if the half-term is not inside the term
     */
    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(halfTerm, "halfTerm");
        halfTerm.ifPresent(h -> {
            if (!dates.contains(h.start()) || !dates.contains(h.end())) {
                throw new IllegalArgumentException("half-term " + h + " is not inside term " + dates);
            }
        });
    }

    /** @return the first day of the term */
    public LocalDate start() {
        return dates.start();
    }

    /** @return the last day of the term */
    public LocalDate end() {
        return dates.end();
    }

    /** @return whether {@code date} is inside the term (half-term included) */
    public boolean contains(LocalDate date) {
        return dates.contains(date);
    }

    /**
     * A school day is a Monday to Friday inside the term and outside its half-term. Bank holidays and INSET days
     * are not modelled.
     *
     * @param date any date
     * @return whether {@code date} is a school day of this term
     */
    public boolean isSchoolDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && contains(date)
                && halfTerm.map(h -> !h.contains(date)).orElse(true);
    }

    @Override
    public String toString() {
        return name + " " + dates + halfTerm.map(h -> " (half-term " + h + ")").orElse("");
    }
}
