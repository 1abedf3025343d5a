package org.passhygiene.policy;

import java.util.List;

/**
 * One place where a policy departs from published guidance.
 *
 * @param code     stable UPPER_SNAKE identifier (public API, like violation codes)
 * @param keys     the policy keys concerned
 * @param setting  what the policy says, in words
 * @param guidance what NIST SP 800-63B rev 4, NCSC and Cyber Essentials say about it
 * @param safer    the safer equivalent to adopt
 */
public record LintFinding(String code, List<String> keys, String setting, List<String> guidance, String safer) {

    public LintFinding {
        keys = List.copyOf(keys);
        guidance = List.copyOf(guidance);
    }
}
