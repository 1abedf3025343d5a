package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in the exporting server's culture: the order inferred per file, never guessed. */
class FileDatesTest {

    /** "user date" per record, "line: reason" per skipped row, "note: …" per note. */
    static List<String> read(String csv, DateOrder given) throws IOException {
        List<String> out = new ArrayList<>();
        CsvExportReader.read(() -> new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "d.csv",
                ExportFormat.AD, null, given, "--date-order", r -> out.add(r.username() + " " + r.passwordLastSet()),
                s -> out.add(s.line() + ": " + s.reason()), n -> out.add("note: " + n));
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13/01/2026 08:02:11|2026-01-13",       // en-GB
        "13.01.2026 08:02:11|2026-01-13",       // de-DE
        "13-01-2026 08:02|2026-01-13",          // nl-NL, no seconds
        "1/13/2026 8:02:11 AM|2026-01-13",      // en-US
        "1/13/2026 12:00:00 AM|2026-01-13",     // midnight, 12-hour clock
        "1/13/2026 12:59 p.m.|2026-01-13",
        "13/1/2026|2026-01-13",                 // no time
        "2026-01-13 08:02:11|2026-01-13",       // ISO / sv-SE
        "2026/01/13 08:02:11|2026-01-13",       // ja-JP, zh-CN
        "2026-01-13T08:02:11Z|2026-01-13",
        "2026-01-13T08:02:11.1234567+01:00|2026-01-13",
        "134127961310000000|2026-01-13"})       // FILETIME
    void culturesAndClocks(String value, String day) throws IOException {
        assertThat(read("SamAccountName,PasswordLastSet\na,\"" + value + "\"\n", null)).containsExactly("a " + day);
    }

    @Test
    void firstPartAbove12IsDayFirstSecondPartAbove12IsMonthFirst() throws IOException {
        assertThat(read("SamAccountName,PasswordLastSet\na,01/02/2026\nb,13/02/2026\nc,02/02/2026\n", null))
                .containsExactly("a 2026-02-01", "b 2026-02-13", "c 2026-02-02");
        assertThat(read("SamAccountName,PasswordLastSet\na,01/02/2026\nb,02/13/2026\n", null))
                .containsExactly("a 2026-01-02", "b 2026-02-13");
    }

    @Test
    void ambiguousFileIsRefusedUnlessAnOrderIsGiven() throws IOException {
        String csv = "SamAccountName,PasswordLastSet\na,\nb,01/02/2026 10:00\n";
        assertThatThrownBy(() -> read(csv, null)).isInstanceOf(ExportFormatException.class).hasMessage("d.csv:3: "
                + "PasswordLastSet: cannot tell day-first from month-first dates: every date in the file has day and "
                + "month 12 or less; pass --date-order dmy (dd/mm/yyyy, e.g. en-GB, de-DE) or --date-order mdy "
                + "(m/d/yyyy, en-US) as the exporting server's regional settings write dates (or set date-order in "
                + "the policy)");
        assertThatThrownBy(() -> read(csv, DateOrder.YMD)).isInstanceOf(ExportFormatException.class);
        assertThat(read(csv, DateOrder.DMY)).containsExactly("a null", "b 2026-02-01");
        assertThat(read(csv, DateOrder.MDY)).containsExactly("a null", "b 2026-01-02");
        // a day equal to its month is the same either way
        assertThat(read("SamAccountName,PasswordLastSet\na,02/02/2026\n", null)).containsExactly("a 2026-02-02");
    }

    @Test
    void mixedFileFollowsItsMajorityAndSkipsTheRest() throws IOException {
        assertThat(read("SamAccountName,PasswordLastSet\na,13/01/2026\nb,14/01/2026\nc,01/13/2026\nd,01/02/2026\n",
                null)).containsExactly("a 2026-01-13", "b 2026-01-14",
                "4: PasswordLastSet: a month-first date (second part above 12) in a file whose dates are day-first",
                "d 2026-02-01");
        // a tie settles nothing
        assertThatThrownBy(() -> read("SamAccountName,PasswordLastSet\na,13/01/2026\nc,01/13/2026\n", null))
                .hasMessageStartingWith("d.csv: cannot tell day-first from month-first dates: as many dates read "
                        + "only day-first as only month-first; pass --date-order");
    }

    @Test
    void impossibleDatesAndTimesAreSkippedWithoutQuotingThem() throws IOException {
        assertThat(read("SamAccountName,PasswordLastSet\na,13/13/2026\nb,31/02/2026\nc,13/01/2026 25:00\n"
                + "d,1/13/2026 0:10 AM\ne,13/01/26\nf,12 Jan 2026\ng,13/01/2026\n", DateOrder.MDY)).containsExactly(
                "note: d.csv: dates read day-first (dd/mm/yyyy), as 3 of its dates can only be read that way, not "
                        + "month-first (mm/dd/yyyy) as --date-order mdy says",
                "2: PasswordLastSet: not a date (expected " + FileDates.FORMS + ")",
                "3: PasswordLastSet: not a date (expected " + FileDates.FORMS + ")",
                "4: PasswordLastSet: not a time of day",
                "5: PasswordLastSet: not a time of day",
                "6: PasswordLastSet: not a date (expected " + FileDates.FORMS + ")",
                "7: PasswordLastSet: not a date (expected " + FileDates.FORMS + ")",
                "g 2026-01-13");
    }

    @Test
    void mostRowsFailingOnDatesGetAdvice() {
        assertThat(SkipAdvice.advice(ExportFormat.AD, SkipCause.BAD_DATE, "PasswordLastSet: not a date"))
                .contains("--date-order dmy (dd/mm/yyyy, en-GB, de-DE) or --date-order mdy (m/d/yyyy, en-US)");
        assertThat(SkipAdvice.advice(ExportFormat.AD, SkipCause.BAD_DATE, "PasswordLastSet: a month-first date "
                + "(second part above 12) in a file whose dates are day-first")).startsWith("the file mixes");
    }

    @Test
    void dateOrderNames() {
        assertThat(DateOrder.of(" MDY ")).isEqualTo(DateOrder.MDY);
        assertThatThrownBy(() -> DateOrder.of("dm")).hasMessage("date order: must be dmy, mdy or ymd");
        assertThat(LocalDate.of(2026, 1, 13)).isNotNull();
    }
}
