package org.passhygiene.policy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.passhygiene.PasswordPolicy.Builder;
import org.passhygiene.rotation.ChangeInterval;

/**
 * Every policy-file key: its kebab-case name, the kind of value it takes, what it means, the builder method it maps
 * to (1:1) and how to read it back from {@link PolicySettings}. The file reader, {@code policy show},
 * {@code policy init} and the README key reference all come from this one table.
 */
public enum PolicyKey {
    NAME("name", Kind.TEXT, "What reports call this policy.",
            (b, v) -> b.name((String) v), PolicySettings::name),
    CLAUSE_LABEL("clause-label", Kind.TEXT, "Prefix of each violation's clause, e.g. AUP gives 'AUP: 8 or more characters'.",
            (b, v) -> b.clauseLabel((String) v), PolicySettings::clauseLabel),
    MIN_LENGTH("min-length", Kind.INT, "Fewest characters (Unicode code points), 1 to 256.",
            (b, v) -> b.minLength((Integer) v), PolicySettings::minLength),
    MAX_LENGTH("max-length", Kind.INT, "Most characters, 8 to 4096; NIST asks that at least 64 be allowed.",
            (b, v) -> b.maxLength((Integer) v), PolicySettings::maxLength),
    REQUIRE_LETTER("require-letter", Kind.BOOL, "At least one letter, of any script.",
            (b, v) -> b.requireLetter((Boolean) v), PolicySettings::requireLetter),
    REQUIRE_DIGIT("require-digit", Kind.BOOL, "At least one number (decimal digit, any script).",
            (b, v) -> b.requireDigit((Boolean) v), PolicySettings::requireDigit),
    REQUIRE_SYMBOL("require-symbol", Kind.BOOL, "At least one symbol: printable, not a letter or digit; space counts.",
            (b, v) -> b.requireSymbol((Boolean) v), PolicySettings::requireSymbol),
    DICTIONARY_MATCH("dictionary-match", Kind.MODE,
            "guessable (no word that, with its mangling and any predictable pattern, leaves under 28 bits to guess; "
                    + "also checks predictable patterns), substring (contains no dictionary word at all), "
                    + "whole (is not one word) or off.",
            (b, v) -> b.dictionaryMatch((MatchMode) v), PolicySettings::dictionaryMatch),
    DICTIONARIES("dictionaries", Kind.LIST, "Shipped word lists to match: en-gb, first-names, surnames, uk-places, "
            + "football-clubs, common-passwords, eff-long.",
            (b, v) -> b.dictionaries(Kind.strings(v)), PolicySettings::dictionaries),
    EXTRA_WORDS("extra-words", Kind.LIST, "The school's own words: its name, local places, mascots.",
            (b, v) -> b.extraWords(Kind.strings(v)), PolicySettings::extraWords),
    EXTRA_WORDS_FILE("extra-words-file", Kind.PATH,
            "UTF-8 file of further words, one per line ('#' comments); relative to the policy file.",
            (b, v) -> b.extraWordsFile((Path) v), PolicySettings::extraWordsFile),
    MIN_WORD_LENGTH("min-word-length", Kind.INT, "Shortest dictionary or context word that counts, 3 to 20.",
            (b, v) -> b.minWordLength((Integer) v), PolicySettings::minWordLength),
    LEET("leet", Kind.BOOL, "See through substitutions: @ 4 → a, 0 → o, 1 ! | → i/l, 3 → e, $ 5 → s, 7 + → t, "
            + "8 → b, 9 → g.",
            (b, v) -> b.leet((Boolean) v), PolicySettings::leet),
    REVERSED_WORDS("reversed-words", Kind.BOOL, "Words written backwards count too.",
            (b, v) -> b.reversedWords((Boolean) v), PolicySettings::reversedWords),
    CONTEXT_MATCH("context-match", Kind.MODE,
            "substring, whole, guessable or off: the username, the person's names and the organisation name.",
            (b, v) -> b.contextMatch((MatchMode) v), PolicySettings::contextMatch),
    ORGANISATION("organisation", Kind.TEXT, "Organisation name, a context word when the account gives none.",
            (b, v) -> b.organisation((String) v), PolicySettings::organisation),
    COMMON_PASSWORDS("common-passwords", Kind.INT,
            "Refuse the N most common passwords, 0 (off) to 1000000.",
            (b, v) -> b.commonPasswords((Integer) v), PolicySettings::commonPasswords),
    ONE_SYSTEM("one-system", Kind.BOOL, "A password is used on one system only (checked with the credential store).",
            (b, v) -> b.oneSystem((Boolean) v), PolicySettings::oneSystem),
    HISTORY("history", Kind.INT, "Previous passwords on the same system that may not be reused, 0 to 50.",
            (b, v) -> b.history((Integer) v), PolicySettings::history),
    PRIVILEGED_ROLES("privileged-roles", Kind.LIST, "Roles with higher MIS access, e.g. slt, office, welfare.",
            (b, v) -> b.privilegedRoles(new LinkedHashSet<>(Kind.strings(v))), s -> sorted(s.privilegedRoles())),
    PRIVILEGED_GROUPS("privileged-groups", Kind.GROUPS, "Directory groups (AD group or OU, Google org unit, M365 "
            + "admin role) whose members are privileged, each with the role it means, e.g. {SLT: slt, \"Domain "
            + "Admins\": it-admin}; names case-insensitive. Used by audit.",
            (b, v) -> b.privilegedGroups(Kind.groups(v)), s -> new java.util.TreeMap<>(s.privilegedGroups())),
    PRIVILEGED_CHANGE("privileged-change", Kind.CHANGE, "How often privileged roles change: termly, never or e.g. every 90d.",
            (b, v) -> b.privilegedChange((ChangeInterval) v), PolicySettings::privilegedChange),
    STAFF_CHANGE("staff-change", Kind.CHANGE, "How often other staff change: never (NIST, NCSC), termly or e.g. every 365d.",
            (b, v) -> b.staffChange((ChangeInterval) v), PolicySettings::staffChange),
    CHANGE_GRACE_DAYS("change-grace-days", Kind.INT,
            "School days after a term starts before a termly change is overdue, 0 to 30.",
            (b, v) -> b.changeGraceDays((Integer) v), PolicySettings::changeGraceDays),
    CALENDAR("calendar", Kind.PATH, "Term calendar for termly changes: a YAML file, or an iCalendar (.ics) file"
            + " of term dates; relative to the policy file. Unset: the built-in, approximate England pattern.",
            (b, v) -> b.calendar((Path) v), PolicySettings::calendar),
    MFA("mfa", Kind.BOOL, "Accounts sign in with multi-factor authentication (NIST then allows 8 characters).",
            (b, v) -> b.mfa((Boolean) v), PolicySettings::mfa),
    BREACH_INDEXES("breach-indexes", Kind.PATHS, "Breach index files to check (from 'passhygiene breach import'), "
            + "relative to the policy file; common-passwords is the embedded index of the shipped list.",
            (b, v) -> b.breachIndexes(Kind.strings(v)), PolicySettings::breachIndexes),
    BREACH_ONLINE("breach-online", Kind.BOOL, "Also ask the Pwned Passwords range API (sends only a 5-hex-character "
            + "SHA-1 prefix).",
            (b, v) -> b.breachOnline((Boolean) v), PolicySettings::breachOnline),
    BREACH_FAIL_OPEN("breach-fail-open", Kind.BOOL, "Accept when the online check cannot be made (default false: "
            + "reject with BREACH_CHECK_UNAVAILABLE).",
            (b, v) -> b.breachFailOpen((Boolean) v), PolicySettings::breachFailOpen),
    BREACH_API_URL("breach-api-url", Kind.TEXT, "Base URL of the range API: a mirror or proxy (https; http only on "
            + "loopback).",
            (b, v) -> b.breachApiUrl((String) v), PolicySettings::breachApiUrl),
    DATE_ORDER("date-order", Kind.TEXT, "dmy, mdy or ymd: how audit reads day and month in an export whose dates "
            + "cannot show their order (every day and month 12 or less); unset: such a file is refused.",
            (b, v) -> b.dateOrder((String) v), PolicySettings::dateOrder);

    /** The kinds of value a key takes, with how each is written. */
    public enum Kind {
        TEXT("text"), INT("whole number"), BOOL("true or false"), MODE("guessable, substring, whole or off"),
        LIST("list of text"), PATH("file path"), PATHS("list of file paths"),
        CHANGE("termly, never or every Nd such as every 90d"), GROUPS("mapping of group name: role");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        @SuppressWarnings("unchecked")
        static List<String> strings(Object v) {
            return (List<String>) v;
        }

        @SuppressWarnings("unchecked")
        static java.util.Map<String, String> groups(Object v) {
            return (java.util.Map<String, String>) v;
        }
    }

    /** The key's name in policy files ({@code extends} names the preset and is not a setting). */
    public static final String EXTENDS = "extends";

    private final String key;
    private final Kind kind;
    private final String description;
    private final BiConsumer<Builder, Object> setter;
    private final Function<PolicySettings, Object> getter;

    @SuppressWarnings("unchecked")
    <T> PolicyKey(String key, Kind kind, String description, BiConsumer<Builder, Object> setter,
                  Function<PolicySettings, T> getter) {
        this.key = key;
        this.kind = kind;
        this.description = description;
        this.setter = setter;
        this.getter = (Function<PolicySettings, Object>) getter;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** Applies a parsed value to a builder (which validates it). */
    void apply(Builder builder, Object value) {
        setter.accept(builder, value);
    }

    /** The key's value in effective settings (may be null for unset optional keys). */
    public Object get(PolicySettings settings) {
        return getter.apply(settings);
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
        List<String> names = new java.util.ArrayList<>();
        names.add(EXTENDS);
        for (PolicyKey k : values()) {
            names.add(k.key);
        }
        return names;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
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
