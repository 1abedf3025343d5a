package org.passhygiene.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rotation service's own parts: zone, clock, calendar and rules; judging store rows is in the store contracts. */
class RotationServiceTest {
    private static final TermCalendar CAL = TermCalendar.load(TermCalendarTest.fixture("terms-2024-25.yaml"));

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void setTimesBecomeDaysInLondonAndTodayComesFromTheClock() {
        RotationService rotation = RotationService.builder()
                .clock(Clock.fixed(Instant.parse("2025-06-30T23:30:00Z"), RotationService.SCHOOL_ZONE)).build();
        assertThat(rotation.zone()).isEqualTo(RotationService.SCHOOL_ZONE);
        assertThat(rotation.zone().getId()).isEqualTo("Europe/London");
        // 23:30 UTC in summer is 00:30 British Summer Time: the next day at school.
        assertThat(rotation.today()).isEqualTo(d("2025-07-01"));
        assertThat(rotation.dateOf(Instant.parse("2025-06-30T23:30:00Z"))).isEqualTo(d("2025-07-01"));
        assertThat(rotation.dateOf(Instant.parse("2025-01-31T23:30:00Z"))).isEqualTo(d("2025-01-31"));
        assertThat(RotationService.builder().zone(ZoneOffset.UTC).build().dateOf(Instant.parse("2025-06-30T23:30:00Z")))
                .isEqualTo(d("2025-06-30"));
        assertThat(RotationService.builder().build().calendar().source())
                .isEqualTo(TermCalendar.englandDefault().source());
    }

    @Test
    void judgesByTheRulesAndTheCalendarItHolds() {
        RotationService rotation = RotationService.builder().rules(RotationPolicy.aup()).calendar(CAL).build();
        RotationStatus office = rotation.status(Set.of("office"), d("2024-11-15"), d("2025-01-11"));
        assertThat(office).isEqualTo(RotationPolicy.aup().status(Set.of("office"), d("2024-11-15"), d("2025-01-11"),
                CAL));
        assertThat(office.overdue()).isTrue();
        // Privileged by other means (a directory group): privileged-change applies whatever the roles.
        assertThat(rotation.privilegedStatus(d("2024-11-15"), d("2025-01-11"))).isEqualTo(office);
        assertThat(rotation.status(Set.of("teacher"), d("2024-11-15"), d("2025-01-11")).changeRequired()).isFalse();
        assertThat(rotation.rules().interval(true)).isEqualTo(ChangeInterval.TERMLY);
        assertThat(rotation.rules().interval(false)).isEqualTo(ChangeInterval.NEVER);

        TermCalendar england = TermCalendar.englandDefault();
        assertThat(rotation.withCalendar(england).calendar()).isSameAs(england);
        assertThat(rotation.calendar()).isSameAs(CAL);
    }

    @Test
    void theCalendarMustCoverTheDayOnlyWhenATermlyRuleApplies() {
        RotationService termly = RotationService.builder().rules(RotationPolicy.aup()).calendar(CAL).build();
        termly.requireCalendarCovers(d("2025-03-01"));
        assertThatThrownBy(() -> termly.requireCalendarCovers(d("2026-03-16")))
                .isInstanceOf(CalendarException.class).hasMessageContaining("is after it");
        RotationService.builder().rules(RotationPolicy.none()).calendar(CAL).build()
                .requireCalendarCovers(d("2026-03-16"));
    }

    @Test
    void withoutAStoreThereAreNoRowsToJudge() {
        RotationService rotation = RotationService.builder().rules(RotationPolicy.aup()).build();
        assertThat(rotation.store()).isEmpty();
        assertThatThrownBy(() -> rotation.due(d("2025-01-20"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the rotation service has no credential store: build it with store(store)");
        assertThatThrownBy(() -> rotation.status("jsmith", "sims")).isInstanceOf(IllegalStateException.class);
    }
}
