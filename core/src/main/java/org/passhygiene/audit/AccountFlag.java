package org.passhygiene.audit;

/**
 * Account settings an export states about one account (AD {@code userAccountControl} bits, their PowerShell property
 * names, or a dump's annotations). Only what an export says is set; absence means "not set or not exported".
 */
enum AccountFlag {
    /** {@code DONT_EXPIRE_PASSWORD} (0x10000), {@code PasswordNeverExpires}. */
    PASSWORD_NEVER_EXPIRES,
    /** {@code PASSWD_NOTREQD} (0x20): the account may have an empty password. */
    PASSWORD_NOT_REQUIRED,
    /** {@code ENCRYPTED_TEXT_PWD_ALLOWED} (0x80), or a dump's {@code CLEARTEXT} line: the password is recoverable. */
    REVERSIBLE_ENCRYPTION,
    /** {@code DONT_REQ_PREAUTH} (0x400000): anyone can ask for a ticket and crack the password offline. */
    PREAUTH_NOT_REQUIRED,
    /** {@code USE_DES_KEY_ONLY} (0x200000). */
    DES_ONLY,
    /** {@code NOT_DELEGATED} (0x100000): "sensitive and cannot be delegated". */
    NOT_DELEGATED,
    /**
     * The export says {@code NOT_DELEGATED} is clear (a {@code userAccountControl} without 0x100000, or
     * {@code AccountNotDelegated=False}): a service trusted for delegation can act as this account. Never set when the
     * export does not say.
     */
    DELEGATABLE,
    /** The export says no second factor is enrolled (Google {@code 2sv Enrolled} False, Entra MFA not registered). */
    MFA_NOT_ENROLLED,
    /**
     * The export gives MFA capability, not registration (the Entra download's default columns: {@code isMfaCapable}
     * without {@code isMfaRegistered}): {@link #MFA_NOT_ENROLLED} then means no method the policy allows.
     */
    MFA_CAPABILITY_ONLY,
    /** Google {@code 2sv Enforced} True: the org unit enforces 2-Step Verification. */
    MFA_ENFORCED,
    /**
     * The export says the account holds an administrator role: Entra registration details' {@code isAdmin}, AD's
     * {@code adminCount=1} (a member, now or once, of a group AdminSDHolder protects: what DSInternals counts as an
     * administrative account).
     */
    ADMIN_ROLE
}
