package org.passhygiene.rotation;

/** Why a password must be changed. Public API: constants are added, never renamed or reused. */
public enum ChangeReason {
    /** Flagged compromised ({@link org.passhygiene.store.CredentialStore#markCompromised}): change now. */
    COMPROMISED,
    /** Flagged must-change ({@link org.passhygiene.store.CredentialStore#requireChange}): change now. */
    MUST_CHANGE,
    /** A periodic change is past its due date. */
    OVERDUE,
    /** A periodic change is required this term and its grace period has not yet run out. */
    DUE
}
