package org.passhygiene.rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.passhygiene.output.TerminalText;

/**
 * Collects terms from a file, rejecting impossible ones with the place each term came from: overlaps, repeated
 * names, dates outside {@link TermCalendar#SUPPORTED_DATES}, terms longer than {@value #MAX_TERM_DAYS} days or
 * without a school day, gaps between terms longer than {@value #MAX_GAP_DAYS} days, and more than
 * {@value #MAX_TERMS} terms.
 */
final class TermListBuilder {
    /**
     * 20 weeks. The longest English term, autumn, is about 16 weeks including half-term; 20 leaves room for local
     * variation and still catches an end date in the wrong year or month.
     */
    static final int MAX_TERM_DAYS = 140;
    /**
     * 12 weeks. The longest holiday, summer, is about 6 weeks in England and 7 in Scotland: a longer gap means a
     * term (or a school year) is missing, and a date in it would be judged against a term long past.
     */
    static final int MAX_GAP_DAYS = 84;
    /** Three terms a year for more than three centuries: far more than any school's file. */
    static final int MAX_TERMS = 1000;
    /** For people; a term name is a short label such as {@code Autumn 2024}. */
    static final int MAX_NAME_CHARS = 100;

    private record Placed(Term term, String where) {
    }

    private final String source;
    private final List<Placed> terms = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();

    TermListBuilder(String source) {
        this.source = source;
    }

    /**
     * @param where the place for messages: {@code file:line} for files
     * @throws CalendarException if the term is impossible, overlaps an earlier one or repeats its name
     */
    void add(Term term, String where) {
        if (terms.size() >= MAX_TERMS) {
            throw new CalendarException(where + ": more than " + MAX_TERMS + " terms: a calendar file lists one"
                    + " school's terms, three or so a year");
        }
        String name = TerminalText.escape(term.name());
        if (term.name().length() > MAX_NAME_CHARS) {
            throw new CalendarException(where + ": name: must be at most " + MAX_NAME_CHARS + " characters");
        }
        DateRange supported = TermCalendar.SUPPORTED_DATES;
        if (!supported.contains(term.start()) || !supported.contains(term.end())) {
            throw new CalendarException(where + ": " + name + " " + term.dates() + ": dates must be between "
                    + supported.start() + " and " + supported.end());
        }
        long days = ChronoUnit.DAYS.between(term.start(), term.end()) + 1;
        if (days > MAX_TERM_DAYS) {
            throw new CalendarException(where + ": " + name + " " + term.dates() + ": " + days + " days long: a term"
                    + " must be at most " + MAX_TERM_DAYS + " days (20 weeks; English terms are at most about 16)");
        }
        if (!hasSchoolDay(term)) {
            throw new CalendarException(where + ": " + name + " " + term.dates() + ": has no school day (a weekday"
                    + " outside its half-term)");
        }
        String earlier = names.putIfAbsent(term.name(), where);
        if (earlier != null) {
            throw new CalendarException(where + ": name=" + name + ": must be unique, already used at "
                    + earlier);
        }
        for (Placed p : terms) {
            Term o = p.term();
            if (!term.start().isAfter(o.end()) && !o.start().isAfter(term.end())) {
                throw new CalendarException(where + ": " + name + " " + term.dates() + ": must not overlap "
                        + TerminalText.escape(o.name()) + " " + o.dates() + " (" + p.where() + ")");
            }
        }
        terms.add(new Placed(term, where));
    }

    private static boolean hasSchoolDay(Term term) {
        for (LocalDate d = term.start(); !d.isAfter(term.end()); d = d.plusDays(1)) {
            if (term.isSchoolDay(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the terms sorted by start
     * @throws CalendarException if there are none, or a gap between two terms is too long to be a holiday
     */
    List<Term> build() {
        if (terms.isEmpty()) {
            throw new CalendarException(source + ": no terms: at least one term is required");
        }
        List<Placed> sorted = terms.stream().sorted(Comparator.comparing(p -> p.term().start())).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Term before = sorted.get(i - 1).term();
            Term after = sorted.get(i).term();
            long gap = ChronoUnit.DAYS.between(before.end(), after.start()) - 1;
            if (gap > MAX_GAP_DAYS) {
                throw new CalendarException(sorted.get(i).where() + ": " + TerminalText.escape(after.name())
                        + " starts " + after.start() + ", " + gap + " days after " + TerminalText.escape(before.name())
                        + " ended on " + before.end() + " (" + sorted.get(i - 1).where() + "): a holiday is at most "
                        + MAX_GAP_DAYS + " days (12 weeks); is a term missing?");
            }
        }
        return sorted.stream().map(Placed::term).toList();
    }
}
