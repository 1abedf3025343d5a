package org.passhygiene.generator;

import java.util.random.RandomGenerator;

/** One mode's way of drawing a candidate, planned for a policy and options: {@link RandomPasswords}, {@link Passphrases}. */
interface Construction {

    /** A new array holding one candidate, drawn uniformly from the construction's set. */
    char[] next(RandomGenerator random);

    /** log2 of the size of that set. */
    double entropyBits();
}
