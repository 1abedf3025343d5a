package org.passhygiene.audit;

/**
 * What an audit found. Public API: codes are added, never renamed or reused. Each has a fixed severity and breaks a
 * clause of the active policy (or, where the policy is silent, a good-practice rule); the clauses are in the message
 * bundle ({@code finding.clause.*}).
 */
public enum FindingCode {
    /** The password is on a breach corpus (breach index: SHA-1 for plaintext, NTLM for hashes). */
    BREACHED_PASSWORD(Severity.CRITICAL),
    /** The password is empty (plaintext, or the NT hash of the empty string). */
    EMPTY_PASSWORD(Severity.CRITICAL),
    /** Plaintext: fails the active policy. NTLM: the hash is that of a common password or dictionary word. */
    WEAK_PASSWORD(Severity.HIGH),
    /** An LM hash is stored: crackable in minutes whatever the password. */
    LM_HASH(Severity.HIGH),
    /** The same password on accounts of different people: one finding per group. */
    SHARED_PASSWORD(Severity.HIGH),
    /** The account may have no password at all (AD PASSWD_NOTREQD). */
    PASSWORD_NOT_REQUIRED(Severity.HIGH),
    /** The export holds plaintext passwords: the file itself is a written-down password list. */
    PLAINTEXT_IN_EXPORT(Severity.HIGH),
    /** The same password on several systems or sites of one person: one finding per person and password. */
    REUSED_ACROSS_SYSTEMS(Severity.MEDIUM),
    /** A privileged account whose password was not changed this term (past the grace period). */
    ROTATION_OVERDUE(Severity.MEDIUM),
    /** A disabled account still in a privileged group. */
    DISABLED_PRIVILEGED(Severity.MEDIUM),
    /** An enabled account with no sign-in for the configured number of days. */
    DORMANT_ACCOUNT(Severity.MEDIUM),
    /** The password is set never to expire, so the termly change cannot be enforced. */
    PASSWORD_NEVER_EXPIRES(Severity.LOW),
    /**
     * The password is stored with reversible encryption (AD {@code userAccountControl} 0x80, a dump's
     * {@code CLEARTEXT} line): anyone with the directory database can read it. The password is never printed.
     */
    REVERSIBLE_ENCRYPTION(Severity.HIGH),
    /** Kerberos pre-authentication is not required (0x400000): anyone can request a ticket and crack it offline. */
    PREAUTH_NOT_REQUIRED(Severity.HIGH),
    /** Kerberos may use only DES keys for the account (0x200000): DES is broken, its tickets crack quickly. */
    DES_ONLY(Severity.MEDIUM),
    /**
     * A privileged account that may be delegated (no 0x100000 "sensitive and cannot be delegated"): a server trusted
     * for delegation can act as it. Reported only where the export says so ({@code userAccountControl} or
     * {@code AccountNotDelegated}).
     */
    DELEGATABLE_ADMIN(Severity.MEDIUM),
    /**
     * An enabled account with no second factor enrolled (Google 2-Step Verification, Entra MFA registration): HIGH for
     * a privileged account, MEDIUM for others.
     */
    MFA_NOT_ENROLLED(Severity.MEDIUM),
    /**
     * An account still enabled after its leaving date (from the leavers list given to the audit): HIGH, and CRITICAL
     * while it is still in a privileged group.
     */
    LEAVER_ENABLED(Severity.HIGH);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /**
     * The clause under the default policy (the {@code aup} preset), e.g. "AUP: 8 or more characters". An audit's
     * findings name the clause of the policy it ran under: {@link Finding#clause()}.
     */
    public String clause() {
        return FindingTexts.defaults().clause(this);
    }

    /**
     * What to do next about findings of this code, and who does it, e.g. for {@code LM_HASH} "IT support: turn on the
     * group policy …, then reset the password". The same under every policy; every report format shows it.
     */
    public String remedy() {
        return FindingTexts.defaults().remedy(this);
    }

    /** Whether this finding is about a password (not reported for machine accounts). */
    public boolean aboutPassword() {
        switch (this) {
            case BREACHED_PASSWORD, EMPTY_PASSWORD, WEAK_PASSWORD, LM_HASH, SHARED_PASSWORD, PLAINTEXT_IN_EXPORT,
                 REUSED_ACROSS_SYSTEMS, REVERSIBLE_ENCRYPTION:
                return true;
            default:
                return false;
        }
    }
}
