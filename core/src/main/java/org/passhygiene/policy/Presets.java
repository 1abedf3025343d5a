package org.passhygiene.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passhygiene.rotation.ChangeInterval;

/**
 * The built-in starting points: {@code aup} is the {@link PolicyKey} table's defaults, exactly the seed staff
 * Acceptable Use Policy; {@code ncsc}, {@code nist} and {@code dfe} override a few keys to follow UK NCSC / Cyber
 * Essentials, NIST SP 800-63B-4, and the DfE cyber security standards for schools and colleges with Cyber Essentials
 * v3.2 (facts in the README's policy section).
 */
public final class Presets {

    /** The preset used when nothing else is said: exactly the seed staff AUP. */
    public static final String DEFAULT = "aup";

    /** Preset names, default first. */
    public static final List<String> NAMES = List.of("aup", "ncsc", "nist", "dfe");

    private static final Map<String, PolicySettings> PRESETS = presets();

    private Presets() {
    }

    /**
     * The named preset's settings.
     *
     * @throws PolicyException (key {@code extends}) if there is no such preset
     */
    public static PolicySettings settings(String name) {
        PolicySettings s = name == null ? null : PRESETS.get(name);
        if (s == null) {
            throw new PolicyException(PolicyKey.EXTENDS, name, "unknown preset; allowed: " + String.join(", ", NAMES));
        }
        return s;
    }

    private static Map<String, PolicySettings> presets() {
        Map<String, PolicySettings> m = new LinkedHashMap<>();
        // The seed AUP as staff sign it: 8+, numbers + letters + symbols, no dictionary word ("no dictionary word"
        // as a cracker sees it: guessable; substring is the strict reading), one system, SLT / office / welfare
        // change termly.
        m.put("aup", new PolicySettings.Builder("aup").settings());
        // NCSC / Cyber Essentials: 12+ characters, no complexity, deny list, no expiry, passphrases welcome.
        m.put("ncsc", new PolicySettings.Builder("ncsc").name("ncsc").clauseLabel("NCSC").minLength(12)
                .requireLetter(false).requireDigit(false).requireSymbol(false).dictionaryMatch(MatchMode.OFF)
                .contextMatch(MatchMode.WHOLE).privilegedChange(ChangeInterval.NEVER).settings());
        // NIST SP 800-63B rev 4: 15+ single-factor, allow 64+, no composition, whole-password blocklist.
        m.put("nist", new PolicySettings.Builder("nist").name("nist").clauseLabel("NIST").minLength(15)
                .requireLetter(false).requireDigit(false).requireSymbol(false).dictionaryMatch(MatchMode.WHOLE)
                .contextMatch(MatchMode.WHOLE).privilegedChange(ChangeInterval.NEVER).settings());
        // DfE cyber security standards for schools and colleges with Cyber Essentials v3.2: 12+ characters (CE's route
        // that needs no caveat), no composition, no expiry (no termly change: the termly duty is the access review),
        // whole-password deny list of dictionary words, common and breached passwords, and MFA expected on staff cloud
        // and admin accounts (mfa: true; audit reports accounts not enrolled).
        m.put("dfe", new PolicySettings.Builder("dfe").name("dfe").clauseLabel("DfE").minLength(12)
                .requireLetter(false).requireDigit(false).requireSymbol(false).dictionaryMatch(MatchMode.WHOLE)
                .contextMatch(MatchMode.WHOLE).privilegedChange(ChangeInterval.NEVER).mfa(true).settings());
        return Map.copyOf(m);
    }
}
