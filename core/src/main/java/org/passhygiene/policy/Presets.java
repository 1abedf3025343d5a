package org.passhygiene.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.PolicyException;
import org.passhygiene.rotation.ChangeInterval;
import org.passhygiene.breach.BreachIndexes;
import org.passhygiene.breach.PwnedPasswordsClient;

/**
 * The built-in starting points. {@code aup} is exactly the seed staff Acceptable Use Policy; {@code ncsc} and
 * {@code nist} follow UK NCSC / Cyber Essentials and NIST SP 800-63B rev 4 (facts in the README's policy section).
 */
public final class Presets {

    /** Preset names, default first. */
    public static final List<String> NAMES = List.of("aup", "ncsc", "nist");

    /** Word lists the presets match: British English words, first names, UK places, football clubs. */
    static final List<String> WORD_LISTS = List.of("en-gb", "first-names", "uk-places", "football-clubs");

    /** Breach indexes every preset checks: the embedded common-password index. */
    static final List<String> EMBEDDED_BREACH = List.of(BreachIndexes.EMBEDDED);

    /**
     * Directory groups, OUs, Google org units and Microsoft 365 admin roles that make an account privileged in every
     * preset, with the role each one means: the AUP's SLT / office / welfare, and the usual AD, MIS, Google and M365
     * administrators.
     */
    static final Map<String, String> PRIVILEGED_GROUPS = privilegedGroups();

    private Presets() {
    }

    private static Map<String, String> privilegedGroups() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SLT", "slt");
        m.put("Office", "office");
        m.put("Welfare", "welfare");
        m.put("Domain Admins", "it-admin");
        m.put("Enterprise Admins", "it-admin");
        m.put("Schema Admins", "it-admin");
        m.put("Administrators", "it-admin");
        m.put("SIMS Admins", "mis-admin");
        m.put("Global Administrator", "it-admin");
        m.put("Super Admin", "it-admin");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * A builder holding the named preset.
     *
     * @throws PolicyException if there is no such preset
     */
    public static PasswordPolicy.Builder builder(String name) {
        if (name == null || !NAMES.contains(name)) {
            throw new PolicyException("extends", name, "unknown preset; allowed: " + String.join(", ", NAMES));
        }
        return new PasswordPolicy.Builder(settings(name));
    }

    /** The preset's settings. */
    static PolicySettings settings(String name) {
        switch (name) {
            case "ncsc":
                // NCSC / Cyber Essentials: 12+ characters, no complexity, deny list, no expiry, passphrases welcome.
                return new PolicySettings("ncsc", "ncsc", "NCSC", 12, 256, false, false, false, MatchMode.OFF,
                        WORD_LISTS, List.of(), null, 4, true, true, MatchMode.WHOLE, null, 100_000, true, 5,
                        Set.of("slt", "office", "welfare"), PRIVILEGED_GROUPS, ChangeInterval.NEVER, ChangeInterval.NEVER, 5, null,
                        false, EMBEDDED_BREACH, false, false,
                        PwnedPasswordsClient.DEFAULT_BASE_URI.toString());
            case "nist":
                // NIST SP 800-63B rev 4: 15+ single-factor, allow 64+, no composition, whole-password blocklist.
                return new PolicySettings("nist", "nist", "NIST", 15, 256, false, false, false, MatchMode.WHOLE,
                        WORD_LISTS, List.of(), null, 4, true, true, MatchMode.WHOLE, null, 100_000, true, 5,
                        Set.of("slt", "office", "welfare"), PRIVILEGED_GROUPS, ChangeInterval.NEVER, ChangeInterval.NEVER, 5, null,
                        false, EMBEDDED_BREACH, false, false,
                        PwnedPasswordsClient.DEFAULT_BASE_URI.toString());
            default:
                // The seed AUP as staff sign it: 8+, numbers + letters + symbols, no dictionary word, one system,
                // SLT / office / welfare change termly.
                // "No dictionary word" as a cracker sees it (guessable); substring is the strict reading.
                return new PolicySettings("aup", "aup", "AUP", 8, 256, true, true, true, MatchMode.GUESSABLE,
                        WORD_LISTS, List.of(), null, 4, true, true, MatchMode.SUBSTRING, null, 100_000, true, 5,
                        Set.of("slt", "office", "welfare"), PRIVILEGED_GROUPS, ChangeInterval.TERMLY, ChangeInterval.NEVER, 5, null,
                        false, EMBEDDED_BREACH, false, false,
                        PwnedPasswordsClient.DEFAULT_BASE_URI.toString());
        }
    }
}
