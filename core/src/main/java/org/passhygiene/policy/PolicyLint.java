package org.passhygiene.policy;

import java.util.ArrayList;
import java.util.List;

import org.passhygiene.rotation.ChangeInterval;

/**
 * Explains, clause by clause, where a policy departs from NIST SP 800-63B rev 4, NCSC guidance and Cyber
 * Essentials v3.1, with the safer equivalent. The seed AUP departs on purpose in places (schools sign what their
 * trust wrote); the lint gives IT staff the facts to change it.
 */
public final class PolicyLint {

    private static final String NIST_COMPOSITION = "NIST SP 800-63B rev 4: verifiers SHALL NOT impose composition "
            + "rules (mixtures of character types).";
    private static final String CE_COMPOSITION = "Cyber Essentials v3.1: do not enforce complexity rules.";

    private PolicyLint() {
    }

    /** Every departure, most consequential first; empty when the policy meets all three. */
    public static List<LintFinding> lint(PolicySettings s) {
        List<LintFinding> out = new ArrayList<>();
        if (s.composition()) {
            List<String> keys = new ArrayList<>();
            if (s.requireLetter()) {
                keys.add("require-letter");
            }
            if (s.requireDigit()) {
                keys.add("require-digit");
            }
            if (s.requireSymbol()) {
                keys.add("require-symbol");
            }
            out.add(new LintFinding("COMPOSITION_RULES", keys,
                    "requires " + String.join(" + ", keys).replace("require-", "") + " characters",
                    List.of(NIST_COMPOSITION, CE_COMPOSITION,
                            "NCSC: complexity rules push people to predictable patterns (Password1!)."),
                    "drop the character-class rules; require length (12+, or 15+ without MFA) and refuse common "
                            + "and breached passwords instead"));
        }
        boolean privilegedExpiry = s.privilegedChange().kind() != ChangeInterval.Kind.NEVER;
        boolean staffExpiry = s.staffChange().kind() != ChangeInterval.Kind.NEVER;
        if (privilegedExpiry || staffExpiry) {
            List<String> keys = new ArrayList<>();
            StringBuilder what = new StringBuilder();
            if (privilegedExpiry) {
                keys.add("privileged-change");
                what.append("privileged roles ").append(String.join("/", s.privilegedRoles().stream().sorted()
                        .toList())).append(" change ").append(s.privilegedChange());
            }
            if (staffExpiry) {
                keys.add("staff-change");
                if (what.length() > 0) {
                    what.append("; ");
                }
                what.append("all staff change ").append(s.staffChange());
            }
            out.add(new LintFinding("PERIODIC_EXPIRY", keys, what.toString(),
                    List.of("NIST SP 800-63B rev 4: verifiers SHALL NOT require periodic change; SHALL force a "
                                    + "change on evidence of compromise.",
                            "NCSC and Cyber Essentials: do not expire passwords on a schedule."),
                    "change on compromise (passhygiene store mark-compromised) and protect privileged MIS "
                            + "accounts with MFA"));
        }
        if (s.dictionaryMatch() == MatchMode.SUBSTRING) {
            out.add(new LintFinding("SUBSTRING_DICTIONARY", List.of("dictionary-match"),
                    "rejects any password containing a dictionary word",
                    List.of("NIST SP 800-63B rev 4: compare the entire password against the blocklist.",
                            "NCSC: 'three random words' passphrases (e.g. three words from a list) are "
                                    + "recommended; a substring rule rejects every one of them."),
                    "dictionary-match: whole, with common-password and breach checks; allow long passphrases"));
        }
        if (s.dictionaryMatch() == MatchMode.GUESSABLE) {
            out.add(new LintFinding("GUESSABLE_DICTIONARY", List.of("dictionary-match"),
                    "rejects a password built around dictionary words or predictable patterns: a word of "
                            + s.minWordLength() + "+ letters (from " + String.join(", ", s.dictionaries())
                            + ", the school's own words"
                            + (s.commonPasswords() > 0 ? " and the base words of the " + String.format(
                                    java.util.Locale.UK, "%,d", Math.min(s.commonPasswords(), 100_000))
                                    + " most common passwords, such as badboy" : "")
                            + ") counts when, once a cracker has guessed it with its case, leet or "
                            + "reversal and any run, sequence, keyboard walk or year, less than 28 bits (about six "
                            + "random characters) are left to guess and the whole costs under 2^64 guesses; random "
                            + "passwords pass (under 1 in 100 of random 12-character ones is refused). The stricter "
                            + "dictionary-match: substring rejects any listed word anywhere, even one that occurs by "
                            + "chance in a random password (about 1 in 6 random 12-character passwords)",
                    List.of("NIST SP 800-63B rev 4: compare the entire password against the blocklist.",
                            "NCSC: 'three random words' passphrases are recommended; one made only of common "
                                    + "words, digits and a symbol is refused here unless it costs 2^64 guesses even "
                                    + "to a cracker who knows its words (four or more rare words)."),
                    "dictionary-match: whole, with common-password and breach checks; allow long passphrases"));
        }
        int floor = s.mfa() ? 8 : 15;
        if (s.minLength() < floor || (!s.mfa() && s.minLength() < 12)) {
            List<String> g = new ArrayList<>();
            g.add(s.mfa() ? "NIST SP 800-63B rev 4: at least 8 characters when used with MFA."
                    : "NIST SP 800-63B rev 4: at least 15 characters when the password is the only factor.");
            if (!s.mfa()) {
                g.add("Cyber Essentials v3.1: without MFA, 12 characters, or 8 with automatic blocking of common "
                        + "passwords.");
            }
            out.add(new LintFinding("SHORT_MINIMUM", List.of("min-length", "mfa"),
                    "minimum length " + s.minLength() + (s.mfa() ? " with MFA" : " without MFA"), g,
                    s.mfa() ? "min-length: 8 or more" : "min-length: 12 (15 if the password is the only factor)"));
        }
        if (s.maxLength() < 64) {
            out.add(new LintFinding("SHORT_MAXIMUM", List.of("max-length"),
                    "maximum length " + s.maxLength(),
                    List.of("NIST SP 800-63B rev 4: SHOULD permit at least 64 characters.",
                            "Cyber Essentials v3.1: no maximum length."),
                    "max-length: 64 or more (passphrases and password managers need room)"));
        }
        if (s.commonPasswords() == 0) {
            out.add(new LintFinding("NO_BLOCKLIST", List.of("common-passwords"),
                    "common passwords are not refused",
                    List.of("NIST SP 800-63B rev 4: SHALL compare against commonly used and compromised values.",
                            "NCSC: block common passwords with a deny list.",
                            "Cyber Essentials v3.1: 8 characters is enough only with common passwords blocked."),
                    "common-passwords: 100000 or more, plus a breach index"));
        }
        if (s.contextMatch() == MatchMode.OFF) {
            out.add(new LintFinding("NO_CONTEXT_WORDS", List.of("context-match"),
                    "the username, names and organisation are not refused",
                    List.of("NIST SP 800-63B rev 4: SHALL refuse context-specific words such as the username and "
                            + "service name."),
                    "context-match: whole (or substring)"));
        }
        if (!s.oneSystem()) {
            out.add(new LintFinding("REUSE_ALLOWED", List.of("one-system"),
                    "the same password may be used on several systems",
                    List.of("NIST, NCSC and Cyber Essentials all agree: never reuse a password across systems."),
                    "one-system: true"));
        }
        return out;
    }
}
