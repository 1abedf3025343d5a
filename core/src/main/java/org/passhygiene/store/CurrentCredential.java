package org.passhygiene.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's current password on one system, as the store holds it: when and by what it was set, the person's roles
 * as last recorded, and its flags. Never the fingerprint. What is due from it is judged by the rotation service
 * ({@code org.passhygiene.rotation.RotationService}), not by the store.
 *
 * @param user the person's username
 * @param system the system the password is for
 * @param roles the person's roles as last recorded
 * @param setAt when the password was set
 * @param setBy the tool or operator that set it
 * @param compromised flagged compromised ({@link CredentialStore#markCompromised})
 * @param mustChange flagged must-change (by {@link CredentialStore#requireChange}, or as compromised)
 * @param flagReason the flag's reason text for people; empty when there is none
 * @param flaggedAt when it was flagged; empty when it was not (or, in rows from before flag times, unknown)
 */
public record CurrentCredential(String user, String system, Set<String> roles, Instant setAt, String setBy,
                                boolean compromised, boolean mustChange, String flagReason,
                                Optional<Instant> flaggedAt) {
    /** @throws NullPointerException if a component is null */
    public CurrentCredential {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(system, "system");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        Objects.requireNonNull(setAt, "setAt");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(flagReason, "flagReason");
        Objects.requireNonNull(flaggedAt, "flaggedAt");
    }

    /** @return whether the password is flagged compromised or must-change */
    public boolean flagged() {
        return compromised || mustChange;
    }
}
