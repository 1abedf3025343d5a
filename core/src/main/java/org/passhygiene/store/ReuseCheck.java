package org.passhygiene.store;

import java.util.List;
import java.util.Objects;

/**
 * Whether a candidate password was used before by the same person.
 *
 * @param otherSystems systems (sorted) where it is the person's current password: the AUP's "only used on one
 *                     system"; empty if none
 * @param reusedFromHistory whether it matches one of the person's last {@code historyDepth} passwords on the same
 *                          system (the current one included)
 */
public record ReuseCheck(List<String> otherSystems, boolean reusedFromHistory) {
    /** @throws NullPointerException if {@code otherSystems} is null */
    public ReuseCheck {
        otherSystems = List.copyOf(Objects.requireNonNull(otherSystems, "otherSystems"));
    }

    /** @return whether the password is the person's current password on another system */
    public boolean reusedAcrossSystems() {
        return !otherSystems.isEmpty();
    }

    /** @return whether the password was not found at all */
    public boolean fresh() {
        return otherSystems.isEmpty() && !reusedFromHistory;
    }
}
