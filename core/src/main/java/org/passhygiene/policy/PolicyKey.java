package org.passhygiene.policy;

import static org.passhygiene.policy.ValueKind.BOOL;
import static org.passhygiene.policy.ValueKind.CHANGE;
import static org.passhygiene.policy.ValueKind.MODE;
import static org.passhygiene.policy.ValueKind.breachIndexes;
import static org.passhygiene.policy.ValueKind.calendarFile;
import static org.passhygiene.policy.ValueKind.choice;
import static org.passhygiene.policy.ValueKind.groups;
import static org.passhygiene.policy.ValueKind.integer;
import static org.passhygiene.policy.ValueKind.rangeApiUrl;
import static org.passhygiene.policy.ValueKind.roles;
import static org.passhygiene.policy.ValueKind.text;
import static org.passhygiene.policy.ValueKind.wordLists;
import static org.passhygiene.policy.ValueKind.words;
import static org.passhygiene.policy.ValueKind.wordsFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.passhygiene.breach.BreachIndexes;
import org.passhygiene.breach.PwnedPasswordsClient;
import org.passhygiene.rotation.ChangeInterval;

/**
 * Every policy key, in one table: its kebab-case name (mapping 1:1 to a builder method), the kind of value it takes
 * (which checks and normalises it and says what is allowed), its default (the seed staff AUP, {@code aup}; the other
 * presets override a few, see {@link Presets}) and what it means. {@link PolicySettings}, the builders, the policy-file
 * reader and writer, {@code policy show}, {@code policy init} and the README key reference all come from it.
 */
public enum PolicyKey {
    NAME("name", text(100, false), "aup", "What reports call this policy."),
    CLAUSE_LABEL("clause-label", text(60, false), "AUP",
            "Prefix of each violation's clause, e.g. AUP gives 'AUP: 8 or more characters'."),
    MIN_LENGTH("min-length", integer(1, 256), 8, "Fewest characters (Unicode code points)."),
    MAX_LENGTH("max-length", integer(8, 4096), 256,
            "Most characters; longer input is rejected without further work. NIST asks that at least 64 be allowed."),
    REQUIRE_LETTER("require-letter", BOOL, true, "At least one letter, of any script."),
    REQUIRE_DIGIT("require-digit", BOOL, true, "At least one number (decimal digit, any script)."),
    REQUIRE_SYMBOL("require-symbol", BOOL, true,
            "At least one symbol: printable, not a letter or digit; space counts."),
    DICTIONARY_MATCH("dictionary-match", MODE, MatchMode.GUESSABLE, "guessable (no word that, with its mangling and"
            + " any predictable pattern, leaves under 28 bits to guess; also checks predictable patterns, see"
            + " [Dictionary engine](#dictionary-engine)), substring (contains no dictionary word at all), whole (is"
            + " not one word) or off."),
    DICTIONARIES("dictionaries", wordLists(), List.of("en-gb", "first-names", "uk-places", "football-clubs"),
            "Shipped word lists to match (`passhygiene dictionaries` lists them)."),
    EXTRA_WORDS("extra-words", words(), List.of(), "The school's own words: its name, local places, mascots."),
    EXTRA_WORDS_FILE("extra-words-file", wordsFile(), null,
            "File of further words, one per line ('#' comments); relative to the policy file. Read when the policy"
                    + " is loaded."),
    MIN_WORD_LENGTH("min-word-length", integer(3, 20), 4, "Shortest dictionary or context word that counts."),
    LEET("leet", BOOL, true, "See through substitutions: @ 4 → a, 0 → o, 1 ! | → i/l, 3 → e, $ 5 → s, 7 + → t,"
            + " 8 → b, 9 → g."),
    REVERSED_WORDS("reversed-words", BOOL, true, "Words written backwards count too."),
    CONTEXT_MATCH("context-match", MODE, MatchMode.SUBSTRING, "How the context words are matched, as for"
            + " `dictionary-match`: the username, the person's names and the organisation name."),
    ORGANISATION("organisation", text(200, true), null,
            "Organisation name, a context word when the account gives none."),
    COMMON_PASSWORDS("common-passwords", integer(0, 1_000_000), 100_000,
            "Refuse the N most common passwords; 0 turns this off."),
    ONE_SYSTEM("one-system", BOOL, true,
            "A password is used on one system only (checked with the credential store)."),
    HISTORY("history", integer(0, 50), 5, "Previous passwords on the same system that may not be reused."),
    PRIVILEGED_ROLES("privileged-roles", roles(), Set.of("slt", "office", "welfare"),
            "Roles with higher MIS access, e.g. slt, office, welfare."),
    PRIVILEGED_GROUPS("privileged-groups", groups(), defaultGroups(), "Directory groups (AD group or OU, Google org"
            + " unit, M365 admin role) whose members are privileged, each with the role it means, e.g."
            + " `{SLT: slt, \"Domain Admins\": it-admin}`. Used by audit."),
    PRIVILEGED_CHANGE("privileged-change", CHANGE, ChangeInterval.TERMLY,
            "How often privileged roles change their password."),
    STAFF_CHANGE("staff-change", CHANGE, ChangeInterval.NEVER,
            "How often other staff change theirs (NIST and NCSC: never)."),
    CHANGE_GRACE_DAYS("change-grace-days", integer(0, 30), 5,
            "School days after a term starts before a termly change is overdue."),
    CALENDAR("calendar", calendarFile(), null, "Term calendar for termly changes, relative to the policy file. Unset:"
            + " the built-in, approximate England pattern."),
    MFA("mfa", BOOL, false, "Accounts sign in with multi-factor authentication (NIST then allows 8 characters)."),
    BREACH_INDEXES("breach-indexes", breachIndexes(), List.of(BreachIndexes.EMBEDDED), "Breach index files to check"
            + " (from `passhygiene breach import`), relative to the policy file; `common-passwords` is the embedded"
            + " index of the shipped list."),
    BREACH_ONLINE("breach-online", BOOL, false,
            "Also ask the Pwned Passwords range API (sends only a 5-hex-character SHA-1 prefix)."),
    BREACH_FAIL_OPEN("breach-fail-open", BOOL, false,
            "Accept when the online check cannot be made (false: reject with `BREACH_CHECK_UNAVAILABLE`)."),
    BREACH_API_URL("breach-api-url", rangeApiUrl(), PwnedPasswordsClient.DEFAULT_BASE_URI.toString(),
            "Base URL of the range API: a mirror or proxy."),
    DATE_ORDER("date-order", choice("dmy", "mdy", "ymd"), null, "How `audit` reads day and month in an export whose"
            + " dates cannot show their order (every day and month 12 or less); unset: such a file is refused."
            + " `--date-order` overrides it.");

    /** The key's name in policy files ({@code extends} names the preset and is not a setting). */
    static final String EXTENDS = "extends";

    private final String key;
    private final ValueKind<?> kind;
    private final Object defaultValue;
    private final String description;

    <T> PolicyKey(String key, ValueKind<T> kind, T defaultValue, String description) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The kebab-case name, as written in policy files. */
    public String key() {
        return key;
    }

    /** What the key means (plain text). */
    public String description() {
        return plain(description);
    }

    /** What a value may be: its type and the range or values allowed (plain text). */
    public String valueText() {
        return plain(kind.valueText());
    }

    /** The key's value in effective settings as {@code policy show} writes it (null for unset optional keys). */
    public Object get(PolicySettings settings) {
        return kind.shown(settings.value(this));
    }

    ValueKind<?> kind() {
        return kind;
    }

    /** The default: the {@code aup} preset's value, before any check. */
    Object defaultValue() {
        return defaultValue;
    }

    /** The builder method's name (and parameter name in its null check): min-length → minLength. */
    String methodName() {
        StringBuilder sb = new StringBuilder();
        for (String part : key.split("-")) {
            sb.append(sb.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return sb.toString();
    }

    /** The key with this kebab-case name. */
    public static Optional<PolicyKey> byName(String name) {
        return Arrays.stream(values()).filter(k -> k.key.equals(name)).findFirst();
    }

    /** The known key closest to a misspelt one, if any is near. */
    static Optional<String> closest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String candidate : allNames()) {
            int d = distance(lower, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    static List<String> allNames() {
        List<String> names = new ArrayList<>();
        names.add(EXTENDS);
        for (PolicyKey k : values()) {
            names.add(k.key);
        }
        return names;
    }

    /** The key reference the README shows: one row per key, with its value, {@code aup} default and meaning. */
    static String markdownTable() {
        StringBuilder sb = new StringBuilder("| key | value | `aup` default | meaning |\n|---|---|---|---|\n");
        for (PolicyKey k : values()) {
            Object shown = k.kind.shown(k.kind.check(k, k.defaultValue));
            sb.append("| `").append(k.key).append("` | ").append(cell(k.kind.valueText())).append(" | ")
                    .append(cell(shown == null ? "unset" : "`" + PolicyYamlWriter.yaml(shown) + "`")).append(" | ")
                    .append(cell(k.description)).append(" |\n");
        }
        return sb.toString();
    }

    /** The comment {@code policy init} writes above the key. */
    String comment() {
        return description() + " Value: " + valueText() + ".";
    }

    private static String cell(String markdown) {
        return markdown.replace("|", "\\|");
    }

    /** Markdown as plain text: code spans lose their backticks, links keep their text. */
    private static String plain(String markdown) {
        return markdown.replace("`", "").replaceAll("\\[([^]]+)]\\([^)]*\\)", "$1");
    }

    /**
     * Directory groups, OUs, Google org units and Microsoft 365 admin roles that make an account privileged, with
     * the role each one means: the AUP's SLT / office / welfare, and the usual AD, MIS, Google and M365
     * administrators.
     */
    private static Map<String, String> defaultGroups() {
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
        return Collections.unmodifiableMap(m);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
