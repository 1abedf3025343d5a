package org.passhygiene.policy;

/**
 * Where a policy departs from NIST SP 800-63B-4, Cyber Essentials v3.2, the DfE cyber security standards for schools
 * and colleges or NCSC guidance. Public API, like violation codes: codes are added, never renamed or reused. Their
 * text is in the message bundle ({@code lint.<CODE>.*}); each guidance line names its source document and section.
 */
public enum LintCode {
    /** Character-class (composition) rules are required. */
    COMPOSITION_RULES,
    /** Passwords expire on a schedule (privileged-change or staff-change). */
    PERIODIC_EXPIRY,
    /** Any password containing a dictionary word is refused (dictionary-match: substring). */
    SUBSTRING_DICTIONARY,
    /** Passwords built around dictionary words or patterns are refused (dictionary-match: guessable). */
    GUESSABLE_DICTIONARY,
    /** The minimum length is below the guidance for the factors in use. */
    SHORT_MINIMUM,
    /** The maximum length is below 64. */
    SHORT_MAXIMUM,
    /** Common passwords are not refused. */
    NO_BLOCKLIST,
    /** The username, names and organisation are not refused. */
    NO_CONTEXT_WORDS,
    /** One password may be used on several systems. */
    REUSE_ALLOWED
}
