package org.passhygiene.rotation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RotationPolicy} says about one password.
 *
 * @param privileged whether the account has a privileged role
 * @param interval the strictest interval that applies to the account's roles
 * @param dueDate the last day the password may still be changed on time; empty when no change is scheduled
 *                ({@code never}, or a termly rule with no next term in the calendar)
 * @param changeRequired whether a change is required now: a termly password set before the current term started
 *                       (due by the end of the grace period), or an {@code every Nd} password past its due date
 * @param overdue whether the as-of date is after {@code dueDate} while a change is required
 * @param reason for people: why this due date, e.g. {@code termly: not changed since Spring 2025 started on
 *               2025-01-06; 5 school days' grace}
 */
public record RotationStatus(boolean privileged, ChangeInterval interval, Optional<LocalDate> dueDate,
                             boolean changeRequired, boolean overdue,
                             String reason) {
    /** @throws NullPointerException if a component is null */
    public RotationStatus {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(reason, "reason");
    }
}
