package org.passhygiene.audit;

import java.util.List;
import java.util.Objects;

/**
 * One finding: a code and the accounts concerned. Holds no password or hash: {@code detail} is built from policy
 * codes, dates and counts, and {@code tag} is a short HMAC under a key that lives only as long as one audit, so it
 * groups identical passwords within one report and means nothing outside it.
 *
 * @param code     what was found
 * @param accounts the accounts concerned (one, or a group for {@code SHARED_PASSWORD}/{@code REUSED_ACROSS_SYSTEMS})
 * @param detail   for people: why, e.g. {@code policy: DICTIONARY_WORD, NO_SYMBOL} or {@code last sign-in 2025-01-06}
 * @param tag      password-group tag (8 hex digits) for grouped findings, else null
 * @param severity how bad this finding is: the code's own severity, or lower where the account makes it so (an
 *                 empty password on a disabled account)
 */
public record Finding(FindingCode code, List<String> accounts, String detail, String tag, Severity severity) {

    /** A finding at its code's own severity. */
    public Finding(FindingCode code, List<String> accounts, String detail, String tag) {
        this(code, accounts, detail, tag, code == null ? null : code.severity());
    }

    /** @throws NullPointerException if {@code code}, {@code accounts} or {@code detail} is null */
    public Finding {
        Objects.requireNonNull(code, "code");
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(severity, "severity");
    }

    public String clause() {
        return code.clause();
    }
}
