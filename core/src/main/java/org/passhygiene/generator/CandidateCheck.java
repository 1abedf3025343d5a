package org.passhygiene.generator;

import java.util.List;

/**
 * Judges one generated candidate against the whole policy for the account: the {@code ViolationCode} names of the
 * rules it breaks, empty when it is accepted. Must neither keep nor modify the array.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
@FunctionalInterface
public interface CandidateCheck {

    /** The codes of the violations, in any order; empty when the candidate passes every rule. */
    List<String> violations(char[] candidate);
}
