package org.passhygiene;

/**
 * Why a password was rejected. Public API, printed by the CLI and matched by provisioning tools: codes are added,
 * never renamed or reused. Declaration order is the order violations are reported in.
 */
public enum ViolationCode {
    /** Fewer code points than {@code min-length}. */
    TOO_SHORT,
    /** More code points than {@code max-length}; no other rule is run on such input. */
    TOO_LONG,
    /**
     * Nothing visible: only spaces, control, format or invisible code points (see
     * {@link org.passhygiene.rules.NoVisibleCharacterRule#isVisible(int)}). Always checked, in every preset.
     */
    NO_VISIBLE_CHARACTER,
    /** A control character (C0 such as NUL or tab, DEL, C1) anywhere in the password. Always checked. */
    CONTROL_CHARACTER,
    /** No letter of any script. */
    MISSING_LETTER,
    /** No decimal digit of any script. */
    MISSING_DIGIT,
    /** No printable character that is neither letter nor digit (space counts). */
    MISSING_SYMBOL,
    /** The username, a part of the person's name or the organisation name, possibly disguised. */
    CONTEXT_WORD,
    /** A word from the configured dictionaries, possibly disguised or reversed. */
    DICTIONARY_WORD,
    /** The whole password is on the common-password list. */
    COMMON_PASSWORD,
    /** The password is in a breach corpus (an offline index or the Pwned Passwords API). */
    BREACHED,
    /** The online breach check could not be made and the policy fails closed. */
    BREACH_CHECK_UNAVAILABLE,
    /** The password is the person's current password on another system ({@code one-system}; needs a store). */
    REUSED_ACROSS_SYSTEMS,
    /** The password is one of the person's last {@code history} passwords on the same system (needs a store). */
    REUSED_FROM_HISTORY,
    /**
     * The person's current password on a system must be changed: flagged compromised or must-change, or a periodic
     * change ({@code privileged-change}, {@code staff-change}) is due or overdue. Reported by
     * {@link PasswordPolicy#checkCurrent(Account)} (login time), never by a check of a new password.
     */
    CHANGE_REQUIRED,
    /**
     * Built around predictable patterns (runs of one character, sequences, keyboard walks, repeated blocks, years,
     * seen through case and leet) that leave too little to guess; checked when {@code dictionary-match} is
     * {@code guessable}. Parameter {@code reason}: repeat, sequence, keyboard, repeated-block or year.
     */
    PREDICTABLE_PATTERN
}
