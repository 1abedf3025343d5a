package org.passhygiene.audit;

/**
 * What an audit found. Public API: codes are added, never renamed or reused. Each has a fixed severity and the AUP
 * clause (or, where the seed AUP is silent, the good-practice rule) it breaks.
 */
public enum FindingCode {
    /** The password is on a breach corpus (breach index: SHA-1 for plaintext, NTLM for hashes). */
    BREACHED_PASSWORD(Severity.CRITICAL, "AUP: a strong password (NCSC: never one known from a breach)"),
    /** The password is empty (plaintext, or the NT hash of the empty string). */
    EMPTY_PASSWORD(Severity.CRITICAL, "AUP: 8 or more characters"),
    /** Plaintext: fails the active policy. NTLM: the hash is that of a common password or dictionary word. */
    WEAK_PASSWORD(Severity.HIGH, "AUP: numbers, letters and symbols, 8 or more characters, no dictionary word"),
    /** An LM hash is stored: crackable in minutes whatever the password. */
    LM_HASH(Severity.HIGH, "AUP: a strong password (an LM hash makes any password weak: disable LM storage)"),
    /** The same password on accounts of different people: one finding per group. */
    SHARED_PASSWORD(Severity.HIGH, "AUP: never use another person's password"),
    /** The account may have no password at all (AD PASSWD_NOTREQD). */
    PASSWORD_NOT_REQUIRED(Severity.HIGH, "AUP: every account has a strong password"),
    /** The export holds plaintext passwords: the file itself is a written-down password list. */
    PLAINTEXT_IN_EXPORT(Severity.HIGH, "AUP: never write a password down (securely delete the export)"),
    /** The same password on several systems or sites of one person: one finding per person and password. */
    REUSED_ACROSS_SYSTEMS(Severity.MEDIUM, "AUP: only used on one system"),
    /** A privileged account whose password was not changed this term (past the grace period). */
    ROTATION_OVERDUE(Severity.MEDIUM, "AUP: SLT, office and welfare staff change their password at least once a "
            + "term"),
    /** A disabled account still in a privileged group. */
    DISABLED_PRIVILEGED(Severity.MEDIUM, "Good practice: leavers are removed from privileged groups"),
    /** An enabled account with no sign-in for the configured number of days. */
    DORMANT_ACCOUNT(Severity.MEDIUM, "Good practice: accounts no longer used are disabled"),
    /** The password is set never to expire, so the termly change cannot be enforced. */
    PASSWORD_NEVER_EXPIRES(Severity.LOW, "AUP: higher-access staff change their password at least once a term"),
    /**
     * The password is stored with reversible encryption (AD {@code userAccountControl} 0x80, a dump's
     * {@code CLEARTEXT} line): anyone with the directory database can read it. The password is never printed.
     */
    REVERSIBLE_ENCRYPTION(Severity.HIGH, "AUP: never write a password down (reversible encryption stores it "
            + "readable: turn it off and reset the password)"),
    /** Kerberos pre-authentication is not required (0x400000): anyone can request a ticket and crack it offline. */
    PREAUTH_NOT_REQUIRED(Severity.HIGH, "Good practice: Kerberos pre-authentication is required for every account");

    private final Severity severity;
    private final String clause;

    FindingCode(Severity severity, String clause) {
        this.severity = severity;
        this.clause = clause;
    }

    public Severity severity() {
        return severity;
    }

    public String clause() {
        return clause;
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
