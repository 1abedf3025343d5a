package org.passhygiene.policy;

import java.util.List;
import java.util.Objects;

/**
 * One place where a policy departs from published guidance.
 *
 * @param code     stable UPPER_SNAKE identifier (public API, like violation codes): a {@link LintCode} name
 * @param keys     the policy keys concerned
 * @param setting  what the policy says, in words
 * @param guidance what the guidance says about it, one line per source, each starting with the document and section,
 *                 e.g. "NIST SP 800-63B-4 §3.1.1.2 (Password Verifiers): …", "Cyber Essentials v3.2, password-based
 *                 authentication: …", "DfE cyber security standards, "&lt;standard&gt;": …"
 * @param safer    the safer equivalent to adopt
 */
public record LintFinding(String code, List<String> keys, String setting, List<String> guidance, String safer) {

    /** @throws IllegalArgumentException if {@code code} is not a {@link LintCode} name */
    public LintFinding {
        LintCode.valueOf(Objects.requireNonNull(code, "code"));
        keys = List.copyOf(keys);
        guidance = List.copyOf(guidance);
    }

    /** A finding of this code. */
    LintFinding(LintCode code, List<String> keys, String setting, List<String> guidance, String safer) {
        this(code.name(), keys, setting, guidance, safer);
    }

    /** The code as an enum. */
    public LintCode lintCode() {
        return LintCode.valueOf(code);
    }
}
