package org.passhygiene;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one password: accepted, or the ordered list of reasons it was not. A value; holds no password.
 *
 * @param violations reasons in {@link ViolationCode} order; empty when accepted
 */
public record CheckResult(List<Violation> violations) {

    public CheckResult {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /** True when the password satisfies every rule of the policy. */
    public boolean accepted() {
        return violations.isEmpty();
    }

    /** True when a violation with this code was reported. */
    public boolean has(ViolationCode code) {
        return violations.stream().anyMatch(v -> v.code() == code);
    }
}
