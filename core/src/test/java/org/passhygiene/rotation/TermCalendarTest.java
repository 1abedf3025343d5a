package org.passhygiene.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TermCalendarTest {
    static Path fixture(String name) {
        try {
            return Path.of(TermCalendarTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void englandDefaultFollowsEaster() {
        TermCalendar cal = TermCalendar.englandDefault();
        // Easter Sunday 2025 is 20 April: summer term from Monday 21 April.
        assertThat(cal.currentTerm(d("2025-04-20")).map(Term::name)).contains("Spring 2025");
        assertThat(cal.currentTerm(d("2025-04-21")).map(Term::name)).contains("Summer 2025");
        assertThat(cal.termStart(d("2025-06-01"))).isEqualTo(d("2025-04-21"));
        assertThat(cal.currentTerm(d("2024-08-31")).map(Term::name)).contains("Summer 2024");
        assertThat(cal.currentTerm(d("2024-09-01")).map(Term::name)).contains("Autumn 2024");
        assertThat(cal.termStart(d("2024-12-31"))).isEqualTo(d("2024-09-01"));
        assertThat(cal.termStart(d("2025-01-01"))).isEqualTo(d("2025-01-01"));
        assertThat(cal.nextTerm(d("2024-12-31")).map(Term::start)).contains(d("2025-01-01"));
        // Easter 2024 was 31 March.
        assertThat(cal.nextTerm(d("2024-02-10")).map(Term::start)).contains(d("2024-04-01"));
        assertThat(cal.source()).isEqualTo("built-in England pattern (approximate)");
    }

    @Test
    void loadsYamlCalendar() {
        TermCalendar cal = TermCalendar.load(fixture("terms-2024-25.yaml"));
        assertThat(cal.currentTerm(d("2024-09-01"))).isEmpty();
        assertThat(cal.currentTerm(d("2024-09-02")).map(Term::name)).contains("Autumn 2024");
        assertThat(cal.currentTerm(d("2024-12-20")).map(Term::name)).contains("Autumn 2024");
        assertThat(cal.currentTerm(d("2024-12-23"))).isEmpty();
        assertThat(cal.termStart(d("2024-12-23"))).isEqualTo(d("2024-09-02")); // holiday: the term just ended
        assertThat(cal.nextTerm(d("2024-12-23")).map(Term::name)).contains("Spring 2025");
        assertThat(cal.nextTerm(d("2025-07-23"))).isEmpty();
        Term summer = cal.currentTerm(d("2025-05-28")).orElseThrow();
        assertThat(summer.halfTerm()).contains(new DateRange(d("2025-05-26"), d("2025-05-30")));
        assertThat(cal.isSchoolDay(d("2025-05-28"))).isFalse(); // half-term
        assertThat(cal.isSchoolDay(d("2025-06-02"))).isTrue();
        assertThat(cal.isSchoolDay(d("2025-06-07"))).isFalse(); // Saturday
        assertThatThrownBy(() -> cal.termStart(d("2024-08-01"))).isInstanceOf(CalendarException.class)
                .hasMessage(fixture("terms-2024-25.yaml") + ": no term starts on or before 2024-08-01 (the calendar"
                        + " covers 2024-09-02..2025-07-22)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad-unknown-key.yaml|:4: finish: unknown key in a term: allowed keys are end, half-term, name, start",
        "bad-duplicate-key.yaml|:4: start: duplicate key, first given at line 3",
        "bad-end-before-start.yaml|:4: end=2024-08-30: must not be before start 2024-09-02",
        "bad-overlap.yaml|:5: Spring 2025 2024-12-16..2025-04-04: must not overlap Autumn 2024"
                + " 2024-09-02..2024-12-20 (FILE:2)",
        "bad-date.yaml|:3: start=2 Sept 2024: must be a date yyyy-mm-dd",
        "bad-half-term-outside.yaml|:5: half-term=2024-12-23..2024-12-27: must be inside the term"
                + " 2024-09-02..2024-12-20",
        "bad-missing-end.yaml|:2: end: is required",
        "bad-top-key.yaml|:1: school: unknown key in the file: allowed keys are terms",
        "bad-syntax.yaml|:4: not valid YAML: expected ',' or ']', but got <stream end>",
    })
    void badYamlNamesFileLineKeyValueAndWhatIsAllowed(String name, String message) {
        Path file = fixture(name);
        assertThatThrownBy(() -> TermCalendar.load(file)).isInstanceOf(CalendarException.class)
                .hasMessage(file + message.replace("FILE", file.toString()));
    }

    @Test
    void importsIcs() {
        Path file = fixture("terms-2024-25.ics");
        TermCalendar cal = TermCalendar.loadIcs(file);
        Term autumn = cal.currentTerm(d("2024-10-01")).orElseThrow();
        assertThat(autumn).isEqualTo(new Term("Autumn 2024", new DateRange(d("2024-09-02"), d("2024-12-20")),
                Optional.of(new DateRange(d("2024-10-28"), d("2024-11-01")))));
        assertThat(cal.currentTerm(d("2025-04-04")).map(Term::name)).contains("Spring 2025");
        assertThat(cal.currentTerm(d("2025-04-05"))).isEmpty();
        Term summer = cal.nextTerm(d("2025-04-10")).orElseThrow();
        assertThat(summer.dates()).isEqualTo(new DateRange(d("2025-04-22"), d("2025-07-22")));
        assertThat(cal.source()).isEqualTo(file.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad-ics-date.ics|:4: DTSTART=2024-09-02: must be a date yyyymmdd (VALUE=DATE) or date-time yyyymmddThhmmss",
        "bad-ics-unterminated.ics|:2: BEGIN:VEVENT without END:VEVENT",
        "bad-ics-no-start.ics|:2: VEVENT 'Autumn Term 2024': DTSTART is required",
        "bad-ics-no-terms.ics|: no term found: a VEVENT's SUMMARY must name the autumn, spring or summer term",
        "bad-ics-not-calendar.ics|:1: not an iCalendar file: BEGIN:VCALENDAR is missing",
        "bad-ics-end-before-start.ics|:5: DTEND=20240901: must be after DTSTART 20240902",
    })
    void badIcsNamesFileLineAndProblem(String name, String message) {
        Path file = fixture(name);
        assertThatThrownBy(() -> TermCalendar.loadIcs(file)).isInstanceOf(CalendarException.class)
                .hasMessage(file + message);
    }

    @Test
    void calendarInCodeRejectsOverlap() {
        Term a = new Term("A", new DateRange(d("2024-09-02"), d("2024-12-20")), Optional.empty());
        Term b = new Term("B", new DateRange(d("2024-12-20"), d("2025-04-04")), Optional.empty());
        assertThatThrownBy(() -> TermCalendar.of("mis", java.util.List.of(a, b)))
                .isInstanceOf(CalendarException.class)
                .hasMessage("term 2: B 2024-12-20..2025-04-04: must not overlap A 2024-09-02..2024-12-20 (term 1)");
    }
}
