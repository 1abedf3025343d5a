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
    OFF,
    /**
     * Rejected when the words found leave too little of the password to guess: a cracker who tries the word (with
     * its case, leet and reversal) and the predictable patterns has under 28 bits left to brute-force, the words
     * save at least 3 bits, and the whole costs under 2^64 guesses. Short and rare words, reversal and leet count only when they really help a cracker (see
     * {@link org.passhygiene.dictionary.GuessEstimator}); random passwords pass.
     */
    GUESSABLE
}
