package org.passhygiene;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reason a password was rejected.
 *
 * @param code    stable machine-readable code
 * @param params  named values the message was built from (e.g. {@code minimumLength}, {@code word}: the listed
 *                word); never the password nor any part of it as written
 * @param message en-GB text for the person choosing the password
 * @param clause  the policy clause this enforces, e.g. "AUP: 8 or more characters"
 */
public record Violation(ViolationCode code, Map<String, Object> params, String message, String clause) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(clause, "clause");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
    }

    /**
     * A rule's error code and parameters (a {@code RuleResultDetail} of a passhygiene rule) as the violation a
     * policy with this {@code clause-label} reports: message and clause from the message bundle.
     *
     * @param errorCode   a {@link ViolationCode} name
     * @param params      the rule's named parameters (never the password nor any part of it)
     * @param clauseLabel the policy's {@code clause-label}, e.g. "AUP"
     * @throws IllegalArgumentException if {@code errorCode} is not a {@link ViolationCode} name
     */
    public static Violation of(String errorCode, Map<String, ?> params, String clauseLabel) {
        return Messages.forLabel(clauseLabel).violation(Objects.requireNonNull(errorCode, "errorCode"),
                new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
    }
}
