package org.passhygiene.audit;

import java.util.Locale;

/** How urgently a finding needs action, worst first. Public API: names are stable. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    /**
     * @throws IllegalArgumentException naming the severities when {@code name} is not one (any case)
     */
    public static Severity parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + name + "'; severities: CRITICAL, HIGH, "
                    + "MEDIUM, LOW", e);
        }
    }

    /** Whether this is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
