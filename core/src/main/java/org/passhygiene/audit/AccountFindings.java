package org.passhygiene.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.passhygiene.rotation.RotationService;
import org.passhygiene.rotation.RotationStatus;

/**
 * What an account's flags and dates say, whatever its password: no password required, reversible encryption, no
 * Kerberos pre-authentication, DES-only keys, a delegatable privileged account, no second factor, a password that
 * never expires, dormancy, a disabled account still privileged, a privileged password not changed in time, and a
 * leaver still enabled. Disabled accounts are left out of every check but reversible encryption (the password is
 * still readable from the directory database) and the disabled-but-privileged one, as DSInternals'
 * {@code Test-PasswordQuality} leaves them out by default.
 *
 * @param leavers      the leavers list, or null for none
 * @param leaversFound where the leavers whom an account of the exports matched are put (concurrent: records are
 *                     judged in parallel), for {@link Leavers#unmatchedNote}
 */
record AccountFindings(PrivilegedGroups privileged, LocalDate asOf, int dormantDays, RotationService rotation,
                       FindingTexts texts, Leavers leavers, Set<Leavers.Leaver> leaversFound) {

    AccountFindings(PrivilegedGroups privileged, LocalDate asOf, int dormantDays, RotationService rotation,
                    FindingTexts texts, Leavers leavers) {
        this(privileged, asOf, dormantDays, rotation, texts, leavers, ConcurrentHashMap.newKeySet());
    }

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
        if (r.has(AccountFlag.DES_ONLY) && active) {
            out.add(finding(FindingCode.DES_ONLY, label, null));
        }
        List<String> roles = roles(r, privilegedGroups);
        if (r.has(AccountFlag.DELEGATABLE) && active && !roles.isEmpty() && !r.machine()) {
            out.add(finding(FindingCode.DELEGATABLE_ADMIN, label, null, "groups", String.join(", ", roles)));
        }
        if (r.has(AccountFlag.MFA_NOT_ENROLLED) && active && !r.machine()) {
            out.add(mfa(r, label, roles));
        }
        Leavers.Leaver leaver = leavers == null || r.machine() ? null : leavers.find(r);
        if (leaver != null) {
            leaversFound.add(leaver);
            if (Boolean.TRUE.equals(r.enabled())) {
                leaver(leaver, label, privilegedGroups, out);
            }
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

    /**
     * LEAVER_ENABLED when the (enabled) account is a leaver's whose leaving date has passed: HIGH, CRITICAL while it is
     * still in a privileged group.
     */
    private void leaver(Leavers.Leaver leaver, String label, List<String> privilegedGroups, List<Finding> out) {
        if (!leaver.leavingDate().isBefore(asOf)) {
            return;
        }
        boolean privileged = !privilegedGroups.isEmpty();
        out.add(texts.finding(FindingCode.LEAVER_ENABLED, List.of(label), texts.detail(FindingCode.LEAVER_ENABLED,
                privileged ? "privileged" : null, "leavingDate", leaver.leavingDate(),
                "days", ChronoUnit.DAYS.between(leaver.leavingDate(), asOf),
                "groups", String.join(", ", privilegedGroups)), null, privileged ? Severity.CRITICAL : Severity.HIGH));
    }

    /** What makes the account privileged: its privileged groups, and an administrator role the export states. */
    private List<String> roles(ExportRecord r, List<String> privilegedGroups) {
        if (!r.has(AccountFlag.ADMIN_ROLE)) {
            return privilegedGroups;
        }
        List<String> roles = new ArrayList<>(privilegedGroups);
        roles.add(texts.adminRole(r.system()));
        return roles;
    }

    /** HIGH for a privileged account (by group, or an administrator role the export states), else MEDIUM. */
    private Finding mfa(ExportRecord r, String label, List<String> roles) {
        String detail = texts.detail(FindingCode.MFA_NOT_ENROLLED, r.has(AccountFlag.MFA_CAPABILITY_ONLY)
                ? "entraCapable" : "entra".equals(r.system()) ? "entra"
                : r.has(AccountFlag.MFA_ENFORCED) ? "googleEnforced" : "google");
        if (roles.isEmpty()) {
            return texts.finding(FindingCode.MFA_NOT_ENROLLED, List.of(label), detail, null);
        }
        return texts.finding(FindingCode.MFA_NOT_ENROLLED, List.of(label), texts.detail(FindingCode.MFA_NOT_ENROLLED,
                "privileged", "detail", detail, "groups", String.join(", ", roles)), null, Severity.HIGH);
    }

    private Finding finding(FindingCode code, String label, String variant, Object... params) {
        return texts.finding(code, List.of(label), texts.detail(code, variant, params), null);
    }
}
