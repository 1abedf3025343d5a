package org.passhygiene.policy;

/** How a list of words is compared with a password. */
public enum MatchMode {
    /** Rejected when a word occurs anywhere in the password (the seed AUP's "does not contain a dictionary word"). */
    SUBSTRING,
    /**
     * Rejected when the password is one word, ignoring digits and symbols before and after it (NIST 800-63B's
     * whole-password blocklist; three-random-words passphrases pass).
     */
    WHOLE,
    /** Not checked. */
    OFF
}
