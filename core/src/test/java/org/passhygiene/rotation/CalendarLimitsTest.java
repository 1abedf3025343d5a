package org.passhygiene.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #9 item 3 and 8: calendars that do not cover a date, impossible terms, and bounded calendar files. */
class CalendarLimitsTest {

    @TempDir
    Path dir;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void coverageRunsFromTheFirstTermsStartToTheLastTermsEnd() {
        Path file = TermCalendarTest.fixture("terms-2024-25.yaml");
        TermCalendar cal = TermCalendar.load(file);
        assertThat(cal.coverage()).isEqualTo(new DateRange(d("2024-09-02"), d("2025-07-22")));
        cal.requireCovers(d("2024-09-02"));
        cal.requireCovers(d("2024-12-25")); // a holiday between terms is covered
        cal.requireCovers(d("2025-07-22"));
        assertThatThrownBy(() -> cal.requireCovers(d("2026-03-16"))).isInstanceOf(CalendarException.class)
                .hasMessage(file + " covers terms up to 2025-07-22 (Summer 2025); 2026-03-16 is after it: add the"
                        + " 2025/26 terms to the calendar, or leave the calendar out to use the built-in England"
                        + " pattern");
        assertThatThrownBy(() -> cal.requireCovers(d("2025-09-01"))).hasMessageContaining("add the 2025/26 terms");
        assertThatThrownBy(() -> cal.requireCovers(d("2099-12-31"))).hasMessageContaining("add the 2099/00 terms");
        assertThatThrownBy(() -> cal.requireCovers(d("2024-09-01"))).isInstanceOf(CalendarException.class)
                .hasMessage(file + " covers terms from 2024-09-02 (Autumn 2024); 2024-09-01 is before it: add the"
                        + " earlier terms to the calendar, or leave the calendar out to use the built-in England"
                        + " pattern");
    }

    @Test
    void theBuiltInPatternCoversEverySupportedDate() {
        TermCalendar england = TermCalendar.englandDefault();
        assertThat(england.coverage()).isEqualTo(TermCalendar.SUPPORTED_DATES);
        for (LocalDate day : List.of(d("1990-01-01"), d("2200-12-31"), d("2100-03-01"))) {
            england.requireCovers(day);
            assertThat(england.currentTerm(day)).isPresent();
            assertThat(RotationPolicy.aup().status(Set.of("office"), d("1989-01-01"), day, england)
                    .changeRequired()).isTrue();
        }
        assertThatThrownBy(() -> england.requireCovers(d("2201-01-01"))).isInstanceOf(CalendarException.class)
                .hasMessage("built-in England pattern (approximate): 2201-01-01 is outside the supported dates"
                        + " 1990-01-01..2200-12-31");
    }

    @Test
    void termlyRulesRefuseADateTheCalendarDoesNotCover() {
        TermCalendar cal = TermCalendar.load(TermCalendarTest.fixture("terms-2024-25.yaml"));
        RotationPolicy aup = RotationPolicy.aup();
        assertThat(aup.usesCalendar()).isTrue();
        assertThat(RotationPolicy.none().usesCalendar()).isFalse();
        // Before: "changed since Summer 2025 started", nothing due, whatever the year.
        assertThatThrownBy(() -> aup.status(Set.of("office"), d("2025-05-01"), d("2026-03-16"), cal))
                .isInstanceOf(CalendarException.class).hasMessageContaining("covers terms up to 2025-07-22");
        // Rules without a termly change do not need the calendar.
        assertThat(aup.status(Set.of("teacher"), d("2020-01-01"), d("2026-03-16"), cal).changeRequired()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "start: 1989-12-31\\n    end: 1990-01-12|:3: start=1989-12-31: must be between 1990-01-01 and 2200-12-31",
        "start: 2200-12-20\\n    end: 2201-01-05|:4: end=2201-01-05: must be between 1990-01-01 and 2200-12-31",
        "start: 2024-09-02\\n    end: 2025-01-20|:2: T 2024-09-02..2025-01-20: 141 days long: a term must be at most"
                + " 140 days (20 weeks; English terms are at most about 16)",
        "start: 2024-09-07\\n    end: 2024-09-08|:2: T 2024-09-07..2024-09-08: has no school day (a weekday outside"
                + " its half-term)",
        "start: 2024-09-02\\n    end: 2024-09-06\\n    half-term: {start: 2024-09-02, end: 2024-09-06}|:2: T"
                + " 2024-09-02..2024-09-06: has no school day (a weekday outside its half-term)",
    })
    void impossibleTermsAreRefusedWithFileAndLine(String dates, String message) throws Exception {
        Path f = write("t.yaml", "terms:\n  - name: T\n    " + dates.replace("\\n", "\n") + "\n");
        assertThatThrownBy(() -> TermCalendar.load(f)).isInstanceOf(CalendarException.class)
                .hasMessage(f + message);
    }

    @Test
    void aGapLongerThanAnyHolidayMeansATermIsMissing() throws Exception {
        Path f = write("gap.yaml", "terms:\n  - name: Summer 2024\n    start: 2024-04-15\n    end: 2024-07-23\n"
                + "  - name: Spring 2025\n    start: 2025-01-06\n    end: 2025-04-04\n");
        assertThatThrownBy(() -> TermCalendar.load(f)).isInstanceOf(CalendarException.class)
                .hasMessage(f + ":5: Spring 2025 starts 2025-01-06, 166 days after Summer 2024 ended on 2024-07-23 ("
                        + f + ":2): a holiday is at most 84 days (12 weeks); is a term missing?");
        Path summer = write("summer.yaml", "terms:\n  - name: Summer 2024\n    start: 2024-04-15\n"
                + "    end: 2024-07-23\n  - name: Autumn 2024\n    start: 2024-09-02\n    end: 2024-12-20\n");
        assertThat(TermCalendar.load(summer).coverage()).isEqualTo(new DateRange(d("2024-04-15"), d("2024-12-20")));
    }

    @Test
    void icsTermsAreCheckedLikeYamlTerms() throws Exception {
        Path f = write("t.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Autumn Term 2024\r\n"
                + "DTSTART;VALUE=DATE:20240902\r\nDTEND;VALUE=DATE:20250902\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThatThrownBy(() -> TermCalendar.loadIcs(f)).isInstanceOf(CalendarException.class)
                .hasMessage(f + ":2: Autumn 2024 2024-09-02..2025-09-01: 365 days long: a term must be at most 140"
                        + " days (20 weeks; English terms are at most about 16)");
        Path year = write("y.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Autumn Term\r\n"
                + "DTSTART;VALUE=DATE:20240902\r\nDTEND;VALUE=DATE:22010101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThatThrownBy(() -> TermCalendar.loadIcs(year)).isInstanceOf(CalendarException.class)
                .hasMessage(year + ":5: DTEND=22010101: must be between 1990-01-01 and 2200-12-31");
    }

    @Test
    void calendarsInCodeAreCheckedToo() {
        Term forever = new Term("Forever", new DateRange(d("0000-01-01"), d("9999-12-31")), Optional.empty());
        assertThatThrownBy(() -> TermCalendar.of("mis", List.of(forever))).isInstanceOf(CalendarException.class)
                .hasMessage("term 1: Forever 0000-01-01..9999-12-31: dates must be between 1990-01-01 and 2200-12-31");
        Term esc = new Term("x\u001b[2J".repeat(30), new DateRange(d("2024-09-02"), d("2024-09-06")),
                Optional.empty());
        assertThatThrownBy(() -> TermCalendar.of("mis", List.of(esc)))
                .hasMessage("term 1: name: must be at most 100 characters");
    }

    @Test
    void filesAreBoundedInSizeLineLengthAndTermCount() throws Exception {
        Path big = write("big.yaml", "# " + "x".repeat(900) + "\n" + ("#" + "y".repeat(999) + "\n").repeat(300));
        assertThatThrownBy(() -> TermCalendar.load(big)).isInstanceOf(CalendarException.class)
                .hasMessage(big + ": larger than 256 KiB: a term calendar is a short list of dates (limit 262144"
                        + " bytes)");
        Path longLine = write("long.yaml", "terms:\n  - name: \"" + "A".repeat(2000) + "\"\n");
        assertThatThrownBy(() -> TermCalendar.load(longLine)).isInstanceOf(CalendarException.class)
                .hasMessage(longLine + ":2: line longer than 1024 characters");
        Path folded = write("folded.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Autumn Term\r\n"
                + (" " + "x".repeat(74) + "\r\n").repeat(300) + "END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThatThrownBy(() -> TermCalendar.loadIcs(folded)).isInstanceOf(CalendarException.class)
                .hasMessage(folded + ":3: line longer than 16384 characters after unfolding");
        StringBuilder many = new StringBuilder("terms:\n");
        LocalDate day = d("1995-01-02");
        for (int i = 0; i <= TermListBuilder.MAX_TERMS; i++, day = day.plusWeeks(1)) {
            many.append("  - {name: T").append(i).append(", start: ").append(day).append(", end: ")
                    .append(day.plusDays(4)).append("}\n");
        }
        Path manyTerms = write("many.yaml", many.toString());
        assertThatThrownBy(() -> TermCalendar.load(manyTerms)).isInstanceOf(CalendarException.class)
                .hasMessage(manyTerms + ":2: terms: more than 1000 terms");
    }

    @Test
    void yamlAliasesAndNestingAreLimited() throws Exception {
        Path bomb = write("bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "terms: [*b, *b]\n");
        assertThatThrownBy(() -> TermCalendar.load(bomb)).isInstanceOf(CalendarException.class)
                .hasMessageStartingWith(bomb + ":").hasMessageContaining("aliases");
        Path deep = write("deep.yaml", "terms: " + "[".repeat(100) + "]".repeat(100) + "\n");
        assertThatThrownBy(() -> TermCalendar.load(deep)).isInstanceOf(CalendarException.class)
                .hasMessageStartingWith(deep + ":").hasMessageContaining("Nesting Depth");
    }

    @Test
    void unreadableFilesAreIoErrorsAndBadBytesNameTheirLine() throws Exception {
        Path missing = dir.resolve("missing.yaml");
        assertThatThrownBy(() -> TermCalendar.loadFile(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> TermCalendar.loadFile(dir.resolve("missing.ics")))
                .isInstanceOf(UncheckedIOException.class).hasMessageEndingWith("missing.ics: no such file");
        assertThatThrownBy(() -> TermCalendar.loadFile(dir)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(dir + ": cannot read: is a directory");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "terms:\n  - name: Automne \u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TermCalendar.load(latin1)).isInstanceOf(CalendarException.class)
                .hasMessage(latin1 + ":2: not UTF-8 text (byte 26)");
        Path bom = write("bom.yaml", "\uFEFFterms:\n  - {name: Autumn 2024, start: 2024-09-02, end: 2024-12-20}\n");
        assertThat(TermCalendar.load(bom).coverage().start()).isEqualTo(d("2024-09-02"));
    }

    @Test
    void untrustedTextInMessagesIsEscaped() throws Exception {
        Path f = write("esc.yaml", "terms:\n  - name: \"A\\e[2J\"\n    start: 2024-09-02\n    end: 2024-12-20\n"
                + "  - name: \"A\\e[2J\"\n    start: 2025-01-06\n    end: 2025-04-04\n");
        assertThatThrownBy(() -> TermCalendar.load(f)).isInstanceOf(CalendarException.class)
                .hasMessage(f + ":5: name=A\\u001b[2J: must be unique, already used at " + f + ":2");
        Path key = write("key.yaml", "terms:\n  - \"na\\eme\": x\n");
        assertThatThrownBy(() -> TermCalendar.load(key)).hasMessageStartingWith(key + ":2: na\\u001bme: unknown key");
    }
}
