package org.passhygiene.generator;

/** What kind of password {@link Generator} makes. */
public enum GeneratorMode {
    /**
     * Characters drawn uniformly from {@link Generator#ALPHABET} (no look-alikes {@code I l 1 O 0}, symbols from
     * {@link Generator#SYMBOLS}), with every character class the policy requires.
     */
    RANDOM,
    /**
     * Words drawn uniformly from the shipped EFF long list (its 7,772 words without a hyphen) joined by a separator,
     * optionally capitalised, with a digit appended to one word when the policy requires a digit.
     */
    PASSPHRASE
}
