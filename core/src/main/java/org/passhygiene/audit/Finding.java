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
 * @param clause   the clause of the policy the audit ran under that this breaks, e.g. "NIST: 15 or more characters"
 */
public record Finding(FindingCode code, List<String> accounts, String detail, String tag, Severity severity,
                      String clause) {

    /** A finding at its code's own severity, with the clause of the default policy ({@link FindingCode#clause()}). */
    Finding(FindingCode code, List<String> accounts, String detail, String tag) {
        this(code, accounts, detail, tag, code == null ? null : code.severity());
    }

    /** A finding with the clause of the default policy ({@link FindingCode#clause()}). */
    Finding(FindingCode code, List<String> accounts, String detail, String tag, Severity severity) {
        this(code, accounts, detail, tag, severity, code == null ? null : code.clause());
    }

    /** @throws NullPointerException if {@code code}, {@code accounts}, {@code detail}, {@code severity} or
     *                              {@code clause} is null */
    public Finding {
        Objects.requireNonNull(code, "code");
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(clause, "clause");
    }
}
