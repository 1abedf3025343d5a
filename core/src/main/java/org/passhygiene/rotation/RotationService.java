package org.passhygiene.rotation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.CurrentCredential;

/**
 * Rotation's one home: the rotation rules by role ({@link RotationPolicy}), the school's term calendar, its time
 * zone and the clock that says what day it is, over the current passwords of a {@link CredentialStore}. It answers
 * what is due: one password's {@link #status status}, the {@link #mustChangeNow sign-in check} and every change
 * required ({@link #due}); the store only returns rows. Immutable and thread-safe.
 *
 * <p>{@code PasswordPolicy} builds the one service its settings give ({@code privileged-roles},
 * {@code privileged-change}, {@code staff-change}, {@code change-grace-days}, {@code calendar}) and hands it to the
 * auditor and the command line; embedders with their own rules build one here:
 *
 * <pre>{@code
 * RotationService rotation = RotationService.builder()
 *         .rules(RotationPolicy.builder().privilegedRoles(Set.of("slt", "office", "welfare")).build())
 *         .calendar(TermCalendar.loadFile(Path.of("terms.yaml")))
 *         .store(store)
 *         .build();
 * List<ChangeDue> due = rotation.due(rotation.today());
 * }</pre>
 */
public final class RotationService {
    /** The school's time zone: the day a password was set, flagged or is judged on is the day in London. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    private static final Comparator<ChangeDue> PRIVILEGED_FIRST = Comparator.comparing((ChangeDue d) -> !d.privileged())
            .thenComparing(ChangeDue::dueDate)
            .thenComparing(ChangeDue::user)
            .thenComparing(ChangeDue::system);

    private final RotationPolicy rules;
    private final TermCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;
    private final CredentialStore store;

    private RotationService(RotationPolicy rules, TermCalendar calendar, ZoneId zone, Clock clock,
                            CredentialStore store) {
        this.rules = rules;
        this.calendar = calendar;
        this.zone = zone;
        this.clock = clock;
        this.store = store;
    }

    /**
     * @return a builder: {@link RotationPolicy#none()} (no periodic change), the built-in England calendar,
     *         {@link #SCHOOL_ZONE}, the system clock in it, and no store
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the rotation rules: privileged roles, the two intervals and the grace period */
    public RotationPolicy rules() {
        return rules;
    }

    /** @return the term calendar termly rules are judged by */
    public TermCalendar calendar() {
        return calendar;
    }

    /** @return the school's time zone, in which set and flag times become days */
    public ZoneId zone() {
        return zone;
    }

    /** @return the clock that says what day it is */
    public Clock clock() {
        return clock;
    }

    /** @return the credential store whose rows are judged, if there is one */
    public Optional<CredentialStore> store() {
        return Optional.ofNullable(store);
    }

    /** @return today by the {@link #clock()} (the default clock is in the {@linkplain #zone() school's zone}) */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param instant a set or flag time
     * @return its day in the school's zone
     */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), zone);
    }

    /**
     * @param other a calendar to judge by instead, e.g. one given for a single run
     * @return this service with {@code other} as its calendar
     */
    public RotationService withCalendar(TermCalendar other) {
        return new RotationService(rules, Objects.requireNonNull(other, "calendar"), zone, clock, store);
    }

    /**
     * Checks up front, whatever the store holds, that the calendar can judge {@code day} when a termly rule applies
     * to anyone.
     *
     * @param day the day to judge on
     * @throws CalendarException if a termly rule applies and the calendar does not
     *                           {@linkplain TermCalendar#requireCovers(LocalDate) cover} {@code day}
     */
    public void requireCalendarCovers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (rules.usesCalendar()) {
            calendar.requireCovers(day);
        }
    }

    /**
     * One password, judged by roles.
     *
     * @param roles the account's roles (case-insensitive)
     * @param lastSet the day the password was set
     * @param asOf the day to judge on
     * @return whether a change is due, by when, and whether it is overdue
     * @throws CalendarException if a termly rule applies and the calendar does not cover {@code asOf}
     */
    public RotationStatus status(Collection<String> roles, LocalDate lastSet, LocalDate asOf) {
        return rules.status(roles, lastSet, asOf, calendar);
    }

    /**
     * One password of an account known to be privileged by other means than its roles (the auditor's directory
     * groups): judged by {@code privileged-change} and the grace period.
     *
     * @param lastSet the day the password was set
     * @param asOf the day to judge on
     * @return whether a change is due, by when, and whether it is overdue
     * @throws CalendarException if the rule is termly and the calendar does not cover {@code asOf}
     */
    public RotationStatus privilegedStatus(LocalDate lastSet, LocalDate asOf) {
        return rules.status(true, lastSet, asOf, calendar);
    }

    /**
     * Whether {@code user} must change the password on {@code system} today: flagged, or a periodic change required
     * ({@link ChangeReason#DUE} in the grace period, {@link ChangeReason#OVERDUE} after it).
     *
     * @return the change required, or empty if none (or nothing is recorded)
     * @throws IllegalStateException if the service has no store
     * @throws org.passhygiene.store.StoreException if the store cannot be read
     * @throws CalendarException if a termly rule applies and the calendar does not cover today
     */
    public Optional<ChangeDue> status(String user, String system) {
        return status(user, system, today());
    }

    /**
     * {@link #status(String, String)} as of {@code asOf}.
     *
     * @return the change required, or empty if none (or nothing is recorded)
     */
    public Optional<ChangeDue> status(String user, String system, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return requireStore().currentCredential(user, system).flatMap(r -> judge(r, asOf));
    }

    /**
     * The sign-in check: the change required today unless it is only {@link ChangeReason#DUE} (a termly change in
     * its grace period, to nag about, not to block).
     *
     * @return the flagged or overdue change, or empty
     */
    public Optional<ChangeDue> mustChangeNow(String user, String system) {
        return status(user, system).filter(d -> d.reason() != ChangeReason.DUE);
    }

    /**
     * Every password in the store that must be changed as of {@code asOf}: compromised, must-change, and periodic
     * changes required (due or overdue). Privileged accounts first, then by due date, user, system.
     *
     * @param asOf the day to judge on
     * @return the changes required, possibly empty
     * @throws IllegalStateException if the service has no store
     * @throws org.passhygiene.store.StoreException if the store cannot be read
     * @throws CalendarException if a termly rule applies and the calendar does not cover {@code asOf}
     */
    public List<ChangeDue> due(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<ChangeDue> out = new ArrayList<>();
        for (CurrentCredential r : requireStore().currentCredentials()) {
            judge(r, asOf).ifPresent(out::add);
        }
        out.sort(PRIVILEGED_FIRST);
        return List.copyOf(out);
    }

    /** A flag means change now (due the day it was flagged); otherwise the rotation rules decide. */
    private Optional<ChangeDue> judge(CurrentCredential r, LocalDate asOf) {
        boolean privileged = rules.isPrivileged(r.roles());
        if (r.flagged()) {
            return Optional.of(new ChangeDue(r.user(), r.system(), r.roles(), privileged, r.setAt(), r.setBy(),
                    dateOf(r.flaggedAt().orElse(r.setAt())),
                    r.compromised() ? ChangeReason.COMPROMISED : ChangeReason.MUST_CHANGE, r.flagReason()));
        }
        RotationStatus st = rules.status(privileged, dateOf(r.setAt()), asOf, calendar);
        if (!st.changeRequired() || st.dueDate().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChangeDue(r.user(), r.system(), r.roles(), privileged, r.setAt(), r.setBy(),
                st.dueDate().get(), st.overdue() ? ChangeReason.OVERDUE : ChangeReason.DUE, st.reason()));
    }

    private CredentialStore requireStore() {
        if (store == null) {
            throw new IllegalStateException("the rotation service has no credential store: build it with store(store)");
        }
        return store;
    }

    @Override
    public String toString() {
        return "RotationService[" + rules + ", calendar=" + calendar.source() + ", zone=" + zone + "]";
    }

    /** Builds a {@link RotationService} from its parts. */
    public static final class Builder {
        private RotationPolicy rules = RotationPolicy.none();
        private TermCalendar calendar = TermCalendar.englandDefault();
        private ZoneId zone = SCHOOL_ZONE;
        private Clock clock;
        private CredentialStore store;

        private Builder() {
        }

        /**
         * @param value the rotation rules: privileged roles, the two intervals and the grace period, e.g.
         *              {@link RotationPolicy#aup()}; default {@link RotationPolicy#none()}
         * @return this builder
         */
        public Builder rules(RotationPolicy value) {
            rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /**
         * @param value the school's terms, default {@link TermCalendar#englandDefault()}
         * @return this builder
         */
        public Builder calendar(TermCalendar value) {
            calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /**
         * @param value the school's zone, default {@link #SCHOOL_ZONE}
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * @param value the clock that says what day it is, default the system clock in the {@linkplain #zone zone}
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value the store whose current passwords are judged; {@code null} for none (judging by roles and
         *              dates only)
         * @return this builder
         */
        public Builder store(CredentialStore value) {
            store = value;
            return this;
        }

        /** @return the service */
        public RotationService build() {
            return new RotationService(rules, calendar, zone, clock != null ? clock : Clock.system(zone),
                    store);
        }
    }
}
