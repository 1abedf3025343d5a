package org.passhygiene.rotation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, from an account's roles and the date its password was set, whether a periodic change is due and by
 * when. Accounts with a privileged role need {@code privileged-change}; everyone else {@code other-change}.
 * Immutable and thread-safe.
 *
 * <p>Termly: a password must have been set on or after the start of the current term (in a holiday: of the term
 * just ended). A password set before it is due by the end of the grace period, the {@code grace-school-days}-th
 * school day of the term (0: due the day before the term starts), and overdue after that. The grace period applies
 * to termly changes only; {@code every Nd} is due N days after the password was set.
 *
 * <pre>{@code
 * RotationPolicy rotation = RotationPolicy.builder()
 *         .privilegedRoles(Set.of("slt", "office", "welfare", "mis-admin"))
 *         .privilegedChange(ChangeInterval.TERMLY)
 *         .graceSchoolDays(5)
 *         .build();
 * RotationStatus s = rotation.status(Set.of("office"), lastSet, LocalDate.now(), calendar);
 * }</pre>
 */
public final class RotationPolicy {
    /** Default {@code grace-school-days}: one school week. */
    public static final int DEFAULT_GRACE_SCHOOL_DAYS = 5;
    private static final int MAX_GRACE_SCHOOL_DAYS = 60;

    private final Set<String> privilegedRoles;
    private final ChangeInterval privilegedChange;
    private final ChangeInterval otherChange;
    private final int graceSchoolDays;

    private RotationPolicy(Builder b) {
        this.privilegedRoles = Set.copyOf(b.privilegedRoles);
        this.privilegedChange = b.privilegedChange;
        this.otherChange = b.otherChange;
        this.graceSchoolDays = b.graceSchoolDays;
    }

    /** @return a builder with no privileged roles, {@code termly} for privileged, {@code never} for others */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The school AUP's rule: "SLT, Office and welfare staff" (the roles {@code slt}, {@code office},
     * {@code welfare}) change their password termly, with {@value #DEFAULT_GRACE_SCHOOL_DAYS} school days' grace;
     * no periodic change for anyone else.
     *
     * @return the {@code aup} rotation rules
     */
    public static RotationPolicy aup() {
        return builder().privilegedRoles(Set.of("slt", "office", "welfare")).build();
    }

    /** @return no privileged roles and no periodic change for anyone: NIST SP 800-63B and NCSC advice */
    public static RotationPolicy none() {
        return builder().build();
    }

    /** @return the privileged roles, lower case */
    public Set<String> privilegedRoles() {
        return privilegedRoles;
    }

    /** @return the interval for accounts with a privileged role */
    public ChangeInterval privilegedChange() {
        return privilegedChange;
    }

    /** @return the interval for every other account */
    public ChangeInterval otherChange() {
        return otherChange;
    }

    /** @return school days of grace after a term starts before a termly change is overdue */
    public int graceSchoolDays() {
        return graceSchoolDays;
    }

    /**
     * @return whether a {@code termly} rule applies to anyone, so that judging on a date needs a term calendar that
     *         {@linkplain TermCalendar#requireCovers(LocalDate) covers} it
     */
    public boolean usesCalendar() {
        return !privilegedRoles.isEmpty() && privilegedChange.kind() == ChangeInterval.Kind.TERMLY
                || otherChange.kind() == ChangeInterval.Kind.TERMLY;
    }

    /**
     * @param roles the account's roles (case-insensitive)
     * @return whether any of them is privileged
     */
    public boolean isPrivileged(Collection<String> roles) {
        Objects.requireNonNull(roles, "roles");
        return roles.stream().anyMatch(r -> privilegedRoles.contains(normalise(r)));
    }

    /**
     * @param roles the account's roles (case-insensitive)
     * @param lastSet the day the current password was set
     * @param asOf the day to judge on
     * @param calendar the school's terms (used for termly rules only)
     * @return whether a change is due, by when, and whether it is overdue
     * @throws NullPointerException if an argument is null
     * @throws CalendarException if a termly rule applies and the calendar does not
     *                           {@linkplain TermCalendar#requireCovers(LocalDate) cover} {@code asOf}
     */
    public RotationStatus status(Collection<String> roles, LocalDate lastSet, LocalDate asOf, TermCalendar calendar) {
        Objects.requireNonNull(lastSet, "lastSet");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
        return status(isPrivileged(roles), lastSet, asOf, calendar);
    }

    /**
     * @param privileged whether the account counts as privileged ({@code privileged-change}) or not
     *                   ({@code other-change})
     * @return the interval that applies
     */
    public ChangeInterval interval(boolean privileged) {
        return privileged ? privilegedChange : otherChange;
    }

    /** {@link #status(Collection, LocalDate, LocalDate, TermCalendar)} for an account known to be (not) privileged. */
    RotationStatus status(boolean privileged, LocalDate lastSet, LocalDate asOf, TermCalendar calendar) {
        Objects.requireNonNull(lastSet, "lastSet");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
        ChangeInterval interval = interval(privileged);
        switch (interval.kind()) {
            case NEVER:
                return new RotationStatus(privileged, interval, Optional.empty(), false, false,
                        "never: no periodic change");
            case EVERY: {
                LocalDate due = lastSet.plusDays(interval.days());
                return new RotationStatus(privileged, interval, Optional.of(due), asOf.isAfter(due),
                        asOf.isAfter(due), interval + ": set on " + lastSet);
            }
            default: {
                calendar.requireCovers(asOf);
                Term term = calendar.latestStartedBy(asOf);
                String grace = "; " + graceSchoolDays + " school days' grace";
                if (!lastSet.isBefore(term.start())) {
                    Optional<LocalDate> due = calendar.nextTerm(asOf).map(t -> graceEnd(calendar, t));
                    return new RotationStatus(privileged, interval, due, false, false,
                            "termly: changed since " + term.name() + " started on " + term.start() + grace);
                }
                LocalDate due = graceEnd(calendar, term);
                return new RotationStatus(privileged, interval, Optional.of(due), true, asOf.isAfter(due),
                        "termly: not changed since " + term.name() + " started on " + term.start() + grace);
            }
        }
    }

    private LocalDate graceEnd(TermCalendar calendar, Term term) {
        return graceSchoolDays == 0 ? term.start().minusDays(1) : calendar.nthSchoolDay(term.start(), graceSchoolDays);
    }

    private static String normalise(String role) {
        return role.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "RotationPolicy[privileged-roles=" + new TreeSet<>(privilegedRoles) + ", privileged-change="
                + privilegedChange + ", other-change=" + otherChange + ", grace-school-days=" + graceSchoolDays + "]";
    }

    /** Builds a {@link RotationPolicy}; each method maps 1:1 to a policy key under {@code rotation}. */
    public static final class Builder {
        private Set<String> privilegedRoles = Set.of();
        private ChangeInterval privilegedChange = ChangeInterval.TERMLY;
        private ChangeInterval otherChange = ChangeInterval.NEVER;
        private int graceSchoolDays = DEFAULT_GRACE_SCHOOL_DAYS;

        private Builder() {
        }

        /**
         * {@code privileged-roles}.
         *
         * @param roles role names, case-insensitive; blank names are rejected
         * @return this builder
         * @throws IllegalArgumentException if a role is blank
         */
        public Builder privilegedRoles(Collection<String> roles) {
            Objects.requireNonNull(roles, "roles");
            Set<String> set = new TreeSet<>();
            for (String r : roles) {
                Objects.requireNonNull(r, "role");
                if (r.isBlank()) {
                    throw new IllegalArgumentException("privileged-roles: a role name must not be blank");
                }
                set.add(normalise(r));
            }
            this.privilegedRoles = set;
            return this;
        }

        /**
         * {@code privileged-change}, default {@code termly}.
         *
         * @param interval the interval for privileged accounts
         * @return this builder
         */
        public Builder privilegedChange(ChangeInterval interval) {
            this.privilegedChange = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /**
         * {@code other-change}, default {@code never}.
         *
         * @param interval the interval for every other account
         * @return this builder
         */
        public Builder otherChange(ChangeInterval interval) {
            this.otherChange = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /**
         * {@code grace-school-days}, default {@value RotationPolicy#DEFAULT_GRACE_SCHOOL_DAYS}.
         *
         * @param days 0 to 60
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder graceSchoolDays(int days) {
            if (days < 0 || days > MAX_GRACE_SCHOOL_DAYS) {
                throw new IllegalArgumentException("grace-school-days=" + days + ": must be between 0 and "
                        + MAX_GRACE_SCHOOL_DAYS);
            }
            this.graceSchoolDays = days;
            return this;
        }

        /** @return the policy */
        public RotationPolicy build() {
            return new RotationPolicy(this);
        }
    }
}
