package org.passhygiene.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One password that must be changed: who, on which system, by when and why.
 *
 * @param user the person's username
 * @param system the system the password is for
 * @param roles the person's roles as last recorded
 * @param privileged whether a role is privileged under the rotation policy
 * @param lastSet when the current password was set
 * @param setBy the tool or operator that set it
 * @param dueDate the last day to change it on time; for flags, the day the flag was set
 * @param reason why
 * @param detail for people: the flag's reason text, or the rotation rule's explanation
 */
public record ChangeDue(String user, String system, Set<String> roles, boolean privileged, Instant lastSet,
                        String setBy, LocalDate dueDate, ChangeReason reason, String detail) {
    /** @throws NullPointerException if a component is null */
    public ChangeDue {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(system, "system");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        Objects.requireNonNull(lastSet, "lastSet");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
