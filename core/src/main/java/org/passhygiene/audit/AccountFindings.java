package org.passhygiene.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.passhygiene.rotation.RotationService;
import org.passhygiene.rotation.RotationStatus;

/**
 * What an account's flags and dates say, whatever its password: no password required, reversible encryption, no
 * Kerberos pre-authentication, a password that never expires, dormancy, a disabled account still privileged, and a
 * privileged password not changed in time.
 */
record AccountFindings(PrivilegedGroups privileged, LocalDate asOf, int dormantDays, RotationService rotation,
                       FindingTexts texts) {

    /** Adds the account's findings, under {@code label}, to {@code out}. */
    void judge(ExportRecord r, String label, List<Finding> out) {
        boolean active = !Boolean.FALSE.equals(r.enabled());
        List<String> privilegedGroups = privileged.of(r);
        String groups = String.join(", ", privilegedGroups);
        if (r.notRequired() && active) {
            out.add(finding(FindingCode.PASSWORD_NOT_REQUIRED, label, null));
        }
        if (r.has(AccountFlag.REVERSIBLE_ENCRYPTION)) {
            out.add(finding(FindingCode.REVERSIBLE_ENCRYPTION, label, null));
        }
        if (r.has(AccountFlag.PREAUTH_NOT_REQUIRED) && active) {
            out.add(finding(FindingCode.PREAUTH_NOT_REQUIRED, label, null));
        }
        if (r.neverExpires() && active) {
            out.add(finding(FindingCode.PASSWORD_NEVER_EXPIRES, label, privilegedGroups.isEmpty() ? null : "privileged",
                    "groups", groups));
        }
        if (active && r.lastLogon() != null && ChronoUnit.DAYS.between(r.lastLogon(), asOf) > dormantDays) {
            out.add(finding(FindingCode.DORMANT_ACCOUNT, label, null, "lastLogon", r.lastLogon(),
                    "days", ChronoUnit.DAYS.between(r.lastLogon(), asOf)));
        }
        if (!privilegedGroups.isEmpty() && !active) {
            out.add(finding(FindingCode.DISABLED_PRIVILEGED, label, null, "groups", groups));
        }
        if (!privilegedGroups.isEmpty() && active && r.passwordLastSet() != null) {
            // Privileged by directory group (privileged-groups), not by role: privileged-change applies.
            RotationStatus s = rotation.privilegedStatus(r.passwordLastSet(), asOf);
            if (s.overdue()) {
                out.add(finding(FindingCode.ROTATION_OVERDUE, label, null, "passwordLastSet", r.passwordLastSet(),
                        "dueDate", s.dueDate().map(Object::toString).orElse("?"), "groups", groups));
            }
        }
    }

    private Finding finding(FindingCode code, String label, String variant, Object... params) {
        return texts.finding(code, List.of(label), texts.detail(code, variant, params), null);
    }
}
