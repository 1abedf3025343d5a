package org.passhygiene.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RotationPolicyTest {
    private static final TermCalendar CAL = TermCalendar.load(TermCalendarTest.fixture("terms-2024-25.yaml"));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @CsvSource({"termly,termly", "TERMLY,termly", "never,never", "90d,every 90d", "every 90d,every 90d",
        "every: 30d,every 30d"})
    void parsesChangeIntervals(String text, String canonical) {
        assertThat(ChangeInterval.parse(text).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"monthly", "0d", "99999d", "every", "-5d"})
    void rejectsBadIntervalsSayingWhatIsAllowed(String text) {
        assertThatThrownBy(() -> ChangeInterval.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(text + ": must be termly, never, or every Nd with N from 1 to 3660 (e.g. every 90d)");
    }

    @Test
    void aupMakesSltOfficeWelfarePrivilegedAndTermly() {
        RotationPolicy aup = RotationPolicy.aup();
        assertThat(aup.privilegedRoles()).containsExactlyInAnyOrder("slt", "office", "welfare");
        assertThat(aup.isPrivileged(Set.of("Teacher", "Office"))).isTrue();
        assertThat(aup.isPrivileged(Set.of("teacher"))).isFalse();
        RotationStatus teacher = aup.status(Set.of("teacher"), d("2020-01-01"), d("2025-03-01"), CAL);
        assertThat(teacher).isEqualTo(new RotationStatus(false, ChangeInterval.NEVER, Optional.empty(), false, false,
                "never: no periodic change"));
    }

    /**
     * Spring 2025 starts Monday 6 January; half-term 17-21 February. Five school days of grace: due Friday
     * 10 January, overdue from Saturday 11 January.
     */
    @Test
    void termlyWithGracePeriod() {
        RotationPolicy aup = RotationPolicy.aup();
        Set<String> office = Set.of("office");
        RotationStatus inGrace = aup.status(office, d("2024-11-15"), d("2025-01-10"), CAL);
        assertThat(inGrace.changeRequired()).isTrue();
        assertThat(inGrace.overdue()).isFalse();
        assertThat(inGrace.dueDate()).contains(d("2025-01-10"));
        assertThat(inGrace.reason()).isEqualTo("termly: not changed since Spring 2025 started on 2025-01-06;"
                + " 5 school days' grace");
        RotationStatus late = aup.status(office, d("2024-11-15"), d("2025-01-11"), CAL);
        assertThat(late.overdue()).isTrue();
        assertThat(late.dueDate()).contains(d("2025-01-10"));
        // Changed this term: fine until next term's grace runs out (Summer starts Tue 22 April: due Mon 28 April).
        RotationStatus ok = aup.status(office, d("2025-01-06"), d("2025-03-01"), CAL);
        assertThat(ok.changeRequired()).isFalse();
        assertThat(ok.dueDate()).contains(d("2025-04-28"));
        // In the Easter holiday the term just ended still counts.
        assertThat(aup.status(office, d("2025-01-07"), d("2025-04-10"), CAL).changeRequired()).isFalse();
    }

    @Test
    void graceSkipsHalfTermAndWeekends() {
        RotationPolicy p = RotationPolicy.builder().privilegedRoles(Set.of("slt")).graceSchoolDays(3).build();
        // A term starting on the Friday before half-term: Fri 14 Feb, then half-term, then Mon 24, Tue 25 Feb.
        Term t = new Term("Spring", new DateRange(d("2025-02-14"), d("2025-04-04")),
                Optional.of(new DateRange(d("2025-02-17"), d("2025-02-21"))));
        TermCalendar cal = TermCalendar.of("test", java.util.List.of(t));
        assertThat(p.status(Set.of("slt"), d("2025-01-01"), d("2025-03-01"), cal).dueDate())
                .contains(d("2025-02-25"));
    }

    @Test
    void zeroGraceMeansChangedBeforeTermStarts() {
        RotationPolicy p = RotationPolicy.builder().privilegedRoles(Set.of("slt")).graceSchoolDays(0).build();
        RotationStatus s = p.status(Set.of("slt"), d("2024-12-01"), d("2025-01-06"), CAL);
        assertThat(s.dueDate()).contains(d("2025-01-05"));
        assertThat(s.overdue()).isTrue();
    }

    @Test
    void everyNDays() {
        RotationPolicy p = RotationPolicy.builder().privilegedRoles(Set.of("mis-admin"))
                .privilegedChange(ChangeInterval.everyDays(90)).otherChange(ChangeInterval.parse("365d")).build();
        RotationStatus admin = p.status(Set.of("mis-admin"), d("2025-01-01"), d("2025-04-02"), CAL);
        assertThat(admin.dueDate()).contains(d("2025-04-01"));
        assertThat(admin.overdue()).isTrue();
        assertThat(admin.changeRequired()).isTrue();
        RotationStatus other = p.status(Set.of("teacher"), d("2025-01-01"), d("2025-04-02"), CAL);
        assertThat(other.dueDate()).contains(d("2026-01-01"));
        assertThat(other.overdue()).isFalse();
    }

    @Test
    void builderRejectsBadGrace() {
        assertThatThrownBy(() -> RotationPolicy.builder().graceSchoolDays(-1))
                .hasMessage("grace-school-days=-1: must be between 0 and 60");
    }
}
