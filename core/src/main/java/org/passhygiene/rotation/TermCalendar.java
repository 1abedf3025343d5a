package org.passhygiene.rotation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.passhygiene.output.TerminalText;

/**
 * A school's terms, as date ranges. Immutable and thread-safe.
 *
 * <p>Term dates in England are set by the local authority (community and voluntary-controlled schools), the
 * governing body (foundation and voluntary-aided schools) or the academy trust, and INSET days vary by school: a
 * school should {@link #load(Path) load} its own calendar file, or {@link #loadIcs(Path) import} its council's
 * iCalendar feed where one exists. {@link #englandDefault()} is only an approximation for when neither is
 * configured.
 *
 * <pre>{@code
 * TermCalendar calendar = TermCalendar.loadFile(Path.of("terms.yaml"));   // or terms.ics
 * Optional<Term> now = calendar.currentTerm(LocalDate.now());
 * }</pre>
 */
public final class TermCalendar {
    /**
     * The dates a calendar can describe and be asked about: 1990-01-01 to 2200-12-31. Term dates in a file and
     * the dates asked about ({@code --as-of}) outside it are refused: they are typing mistakes, not school years.
     */
    public static final DateRange SUPPORTED_DATES = new DateRange(LocalDate.of(1990, 1, 1), LocalDate.of(2200, 12, 31));

    private static final int MAX_SCAN_DAYS = 800;

    private final String source;
    private final List<Term> fixedTerms; // sorted by start; null for the generated England pattern

    private TermCalendar(String source, List<Term> fixedTerms) {
        this.source = source;
        this.fixedTerms = fixedTerms;
    }

    /**
     * Loads a per-school YAML calendar:
     * <pre>
     * terms:
     *   - name: Autumn 2024
     *     start: 2024-09-02
     *     end: 2024-12-20
     *     half-term: {start: 2024-10-28, end: 2024-11-01}   # optional
     *   - name: Spring 2025
     *     ...
     * </pre>
     * Unknown and duplicate keys, dates that are not {@code yyyy-mm-dd}, an end before its start, a half-term
     * outside its term, overlapping terms and repeated names are errors; so are impossible dates: outside
     * {@link #SUPPORTED_DATES}, a term longer than 20 weeks or without a school day, a gap of more than 12 weeks
     * between terms. The file is limited to {@value YamlCalendarReader#MAX_BYTES} bytes, lines to
     * {@value YamlCalendarReader#MAX_LINE_CHARS} characters and the list to 1000 terms.
     *
     * @param file the YAML file
     * @return the calendar
     * @throws CalendarException naming file:line, key, value and what is allowed
     * @throws java.io.UncheckedIOException naming the file and the reason if it cannot be read (no such file)
     */
    public static TermCalendar load(Path file) {
        Objects.requireNonNull(file, "file");
        return new TermCalendar(file.toString(), YamlCalendarReader.FORMAT.read(file));
    }

    /**
     * Imports term dates from an iCalendar (.ics) file. Each {@code VEVENT} whose {@code SUMMARY} names a term
     * ({@code Autumn Term 2024}) gives that term, from {@code DTSTART} to {@code DTEND} (all-day
     * {@code VALUE=DATE}; {@code DTEND} exclusive as RFC 5545 says). A {@code SUMMARY} with "half term" gives the
     * half-term break of the term it falls in. Terms published as two one-day events ({@code Autumn term starts},
     * {@code Autumn term ends}) are paired. Other events (INSET days, bank holidays) are ignored. Folded lines,
     * CRLF or LF line ends and date-time values (the date part is used) are accepted. Impossible dates are refused
     * as by {@link #load(Path)}; the file is limited to {@value IcsCalendarReader#MAX_BYTES} bytes and (unfolded)
     * lines to {@value IcsCalendarReader#MAX_LINE_CHARS} characters.
     *
     * @param file the .ics file
     * @return the calendar
     * @throws CalendarException naming file:line and the problem, also if no term is found
     * @throws java.io.UncheckedIOException naming the file and the reason if it cannot be read (no such file)
     */
    public static TermCalendar loadIcs(Path file) {
        Objects.requireNonNull(file, "file");
        return new TermCalendar(file.toString(), IcsCalendarReader.FORMAT.read(file));
    }

    /**
     * Loads a calendar file by its name: {@link #loadIcs(Path)} when it ends in {@code .ics} (any case), otherwise
     * {@link #load(Path)} (YAML). The one loader the policy's {@code calendar} key and every {@code --calendar}
     * option go through.
     *
     * @param file the calendar file
     * @return the calendar
     * @throws CalendarException naming file:line and the problem
     * @throws java.io.UncheckedIOException naming the file and the reason if it cannot be read (no such file)
     */
    public static TermCalendar loadFile(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ics") ? loadIcs(file)
                : load(file);
    }

    /**
     * Builds a calendar from terms made in code.
     *
     * @param source a name for messages, e.g. the system the dates came from
     * @param terms the terms, in any order
     * @return the calendar
     * @throws CalendarException if terms overlap, two have the same name or one is impossible (as for files)
     */
    public static TermCalendar of(String source, List<Term> terms) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(terms, "terms");
        TermListBuilder b = new TermListBuilder(source);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            b.add(t, "term " + (i + 1));
        }
        return new TermCalendar(source, b.build());
    }

    /**
     * The built-in approximate pattern for England, for any year: autumn term from 1 September to 31 December,
     * spring term from 1 January to Easter Sunday, summer term from Easter Monday (the Monday after Easter Sunday,
     * anonymous Gregorian algorithm) to 31 August. Holidays and half-terms are not modelled, so every weekday is a
     * school day. <strong>Real term dates are set by each local authority or academy trust and differ from this by
     * days to weeks</strong>: use a school calendar file where one is available.
     *
     * @return the default calendar
     */
    public static TermCalendar englandDefault() {
        return new TermCalendar("built-in England pattern (approximate)", null);
    }

    /**
     * The dates this calendar can answer about: from the first day of its first term to the last day of its last
     * term; for the built-in pattern, {@link #SUPPORTED_DATES}. A date in a holiday between two terms is covered; a
     * date before the first term or after the last is not: what is due then depends on terms the calendar does not
     * list.
     *
     * @return the covered range
     */
    public DateRange coverage() {
        return fixedTerms == null ? SUPPORTED_DATES
                : new DateRange(fixedTerms.get(0).start(), fixedTerms.get(fixedTerms.size() - 1).end());
    }

    /**
     * @param date the date asked about
     * @throws CalendarException if {@link #coverage()} does not contain {@code date}, naming the last (or first)
     *                           covered date and what to do, e.g. {@code terms.yaml covers terms up to 2025-07-22
     *                           (Summer 2025); 2026-03-16 is after it: add the 2025/26 terms to the calendar, or leave
     *                           the calendar out to use the built-in England pattern}
     */
    public void requireCovers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DateRange covered = coverage();
        if (covered.contains(date)) {
            return;
        }
        if (fixedTerms == null) {
            throw new CalendarException(source + ": " + date + " is outside the supported dates " + covered);
        }
        String todo = ", or leave the calendar out to use the built-in England pattern";
        if (date.isAfter(covered.end())) {
            Term last = fixedTerms.get(fixedTerms.size() - 1);
            int year = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
            throw new CalendarException(source + " covers terms up to " + covered.end() + " ("
                    + TerminalText.escape(last.name()) + "); " + date + " is after it: add the " + year + "/"
                    + String.valueOf(year + 101).substring(2) + " terms to the calendar" + todo);
        }
        throw new CalendarException(source + " covers terms from " + covered.start() + " ("
                + TerminalText.escape(fixedTerms.get(0).name()) + "); " + date + " is before it: add the earlier"
                + " terms to the calendar" + todo);
    }

    /** @return where the terms came from: a file name, or a description of the built-in pattern */
    public String source() {
        return source;
    }

    /**
     * @param date any date
     * @return the term that {@code date} falls in (half-terms count as inside), or empty in a holiday
     */
    public Optional<Term> currentTerm(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return termsNear(date).stream().filter(t -> t.contains(date)).findFirst();
    }

    /**
     * @param date any date
     * @return the first term starting after {@code date}, or empty if the calendar has none
     */
    public Optional<Term> nextTerm(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return termsNear(date).stream().filter(t -> t.start().isAfter(date)).findFirst();
    }

    /**
     * The start of the term in progress on {@code date}; in a holiday, the start of the term that ended before it.
     * This is the date a termly password must have been changed since.
     *
     * @param date any date
     * @return the start of the latest term that started on or before {@code date}
     * @throws CalendarException if the calendar has no term starting on or before {@code date}
     */
    public LocalDate termStart(LocalDate date) {
        return latestStartedBy(date).start();
    }

    /**
     * @param date any date
     * @return whether {@code date} is a weekday inside a term and outside its half-term
     */
    public boolean isSchoolDay(LocalDate date) {
        return currentTerm(date).map(t -> t.isSchoolDay(date)).orElse(false);
    }

    Term latestStartedBy(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Term latest = null;
        for (Term t : termsNear(date)) {
            if (!t.start().isAfter(date)) {
                latest = t;
            }
        }
        if (latest == null) {
            throw new CalendarException(source + ": no term starts on or before " + date + coverageNote());
        }
        return latest;
    }

    /**
     * The {@code n}-th school day on or after {@code from} ({@code n >= 1}).
     *
     * @throws CalendarException if the calendar ends first
     */
    LocalDate nthSchoolDay(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        int count = 0;
        LocalDate d = from;
        for (int i = 0; i < MAX_SCAN_DAYS; i++, d = d.plusDays(1)) {
            if (isSchoolDay(d) && ++count == n) {
                return d;
            }
        }
        throw new CalendarException(source + ": fewer than " + n + " school days from " + from + coverageNote());
    }

    private String coverageNote() {
        return fixedTerms == null ? "" : " (the calendar covers " + coverage() + ")";
    }

    private List<Term> termsNear(LocalDate date) {
        if (fixedTerms != null) {
            return fixedTerms;
        }
        List<Term> terms = new ArrayList<>();
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            terms.addAll(englandYear(year));
        }
        terms.sort(Comparator.comparing(Term::start));
        return terms;
    }

    /** Spring, summer and autumn terms that start in calendar year {@code year}. */
    static List<Term> englandYear(int year) {
        LocalDate easterMonday = Easter.sunday(year).plusDays(1);
        return List.of(
                new Term("Spring " + year, new DateRange(LocalDate.of(year, Month.JANUARY, 1), easterMonday.minusDays(1)),
                        Optional.empty()),
                new Term("Summer " + year, new DateRange(easterMonday, LocalDate.of(year, Month.AUGUST, 31)),
                        Optional.empty()),
                new Term("Autumn " + year, new DateRange(LocalDate.of(year, Month.SEPTEMBER, 1),
                        LocalDate.of(year, Month.DECEMBER, 31)), Optional.empty()));
    }

    @Override
    public String toString() {
        return "TermCalendar[" + source + "]";
    }
}
