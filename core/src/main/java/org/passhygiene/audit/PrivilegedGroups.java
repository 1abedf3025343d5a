package org.passhygiene.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which of an account's directory groups make it privileged: the policy's
 * {@code privileged-groups}, matched without regard to case.
 */
final class PrivilegedGroups {

    /** lower-case group name → role */
    private final Map<String, String> roleByGroup;

    /** @param roleByGroup lower-case group name → role */
    PrivilegedGroups(Map<String, String> roleByGroup) {
        this.roleByGroup = Map.copyOf(roleByGroup);
    }

    /** The record's privileged groups, as the export spells them, sorted; empty when none. */
    List<String> of(ExportRecord r) {
        return r.groups().stream()
                .filter(g -> roleByGroup.containsKey(g.toLowerCase(Locale.ROOT))).sorted().collect(Collectors.toList());
    }
}
