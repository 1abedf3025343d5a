package org.passhygiene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.rule.Rule;
import org.passhygiene.policy.MatchMode;
import org.passhygiene.policy.PolicyFile;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.policy.Presets;
import org.passhygiene.rules.AccountPasswordData;
import org.passhygiene.rules.PolicyRules;

/**
 * A school's password rules: immutable, thread-safe, cheap to share. Build one with {@link #builder()} (starts from
 * the {@code aup} preset), {@link #preset(String)} or {@link #load(Path)}, then call {@link #check(char[], Account)}
 * for every password a person sets.
 *
 * <pre>{@code
 * PasswordPolicy policy = PasswordPolicy.load(Path.of("school-policy.yaml"));
 * CheckResult result = policy.check(password, Account.of("jsmith").withFullName("Jane Smith"));
 * }</pre>
 */
public final class PasswordPolicy {

    /** The preset used when nothing else is said: exactly the seed staff AUP. */
    public static final String DEFAULT_PRESET = "aup";

    private final PolicySettings settings;
    private final List<Rule> rules;
    private final Messages messages;

    private PasswordPolicy(PolicySettings settings, List<String> extraWords) {
        this.settings = settings;
        this.rules = PolicyRules.create(settings, extraWords);
        this.messages = Messages.forLabel(settings.clauseLabel());
    }

    /** The {@code aup} preset: the staff Acceptable Use Policy as signed. */
    public static PasswordPolicy defaults() {
        return preset(DEFAULT_PRESET);
    }

    /**
     * A built-in preset: {@code aup}, {@code ncsc} or {@code nist}.
     *
     * @throws PolicyException if there is no preset of that name
     */
    public static PasswordPolicy preset(String name) {
        return builder(name).build();
    }

    /**
     * Reads a YAML policy file. Keys are kebab-case and map 1:1 to the {@link Builder} methods.
     *
     * @throws PolicyException       naming file:line, key, value and what is allowed, for any invalid content
     * @throws UncheckedIOException  if the file cannot be read
     */
    public static PasswordPolicy load(Path file) {
        return PolicyFile.read(file).build();
    }

    /** A builder starting from the default {@code aup} preset. */
    public static Builder builder() {
        return builder(DEFAULT_PRESET);
    }

    /**
     * A builder starting from the named preset.
     *
     * @throws PolicyException if there is no preset of that name
     */
    public static Builder builder(String preset) {
        return Presets.builder(preset);
    }

    /** A builder holding this policy's settings, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(settings);
    }

    /** Every effective setting, presets resolved. */
    public PolicySettings settings() {
        return settings;
    }

    /** Checks a password with no account context. */
    public CheckResult check(char[] password) {
        return check(password, Account.anonymous());
    }

    /**
     * Checks one password for one person. Never throws for any password content; the password is neither kept nor
     * put in the result. The caller's array is not modified (clear it yourself when done).
     *
     * @param password the candidate password
     * @param account  who it is for; {@code null} means {@link Account#anonymous()}
     * @throws NullPointerException if {@code password} is null
     */
    public CheckResult check(char[] password, Account account) {
        Objects.requireNonNull(password, "password");
        Account context = account == null ? Account.anonymous() : account;
        int rawCount = Character.codePointCount(password, 0, password.length);
        // Too long: decided on the raw count alone when normalising could not bring it under the cap, so a
        // megabyte of input costs one pass. NFC composition shrinks text by at most a few code points per char.
        if (rawCount > settings.maxLength() * 3) {
            return tooLong();
        }
        char[] normalised = nfc(password);
        AccountPasswordData data = new AccountPasswordData(normalised, context);
        try {
            if (Character.codePointCount(normalised, 0, normalised.length) > settings.maxLength()) {
                return tooLong();
            }
            List<Violation> violations = new ArrayList<>();
            for (Rule rule : rules) {
                RuleResult result = rule.validate(data);
                if (!result.isValid()) {
                    for (RuleResultDetail detail : result.getDetails()) {
                        violations.add(messages.violation(detail.getErrorCode(), detail.getParameters()));
                    }
                }
            }
            // The embedded breach index is built from the common-password list: one reason is enough.
            if (violations.stream().anyMatch(v -> v.code() == ViolationCode.COMMON_PASSWORD)) {
                violations.removeIf(v -> v.code() == ViolationCode.BREACHED);
            }
            violations.sort((a, b) -> a.code().compareTo(b.code()));
            return new CheckResult(violations);
        } finally {
            data.clear();
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    private CheckResult tooLong() {
        return new CheckResult(List.of(messages.violation(ViolationCode.TOO_LONG.name(),
                Map.of("maximumLength", settings.maxLength()))));
    }

    /** NFC form of the password: the same array when already normalised (the common case), else a new one. */
    private static char[] nfc(char[] password) {
        java.nio.CharBuffer view = java.nio.CharBuffer.wrap(password);
        if (Normalizer.isNormalized(view, Normalizer.Form.NFC)) {
            return password;
        }
        // Unavoidable String: java.text.Normalizer has no char[] output. Rare (decomposed input only).
        return Normalizer.normalize(view, Normalizer.Form.NFC).toCharArray();
    }

    @Override
    public String toString() {
        return "PasswordPolicy[" + settings.name() + "]";
    }

    /**
     * Validating builder. Every method maps 1:1 to a policy-file key (shown in brackets) and throws
     * {@link PolicyException} at once for a value outside what is allowed; {@link #build()} checks the
     * combination. Not thread-safe.
     */
    public static final class Builder {

        private static final Pattern CHANGE = Pattern.compile("termly|never|[1-9][0-9]{0,3}d");
        private static final Pattern ROLE = Pattern.compile("[a-z0-9][a-z0-9_-]*");

        private String name;
        private String basePreset;
        private String clauseLabel;
        private int minLength;
        private int maxLength;
        private boolean requireLetter;
        private boolean requireDigit;
        private boolean requireSymbol;
        private MatchMode dictionaryMatch;
        private List<String> dictionaries;
        private List<String> extraWords;
        private Path extraWordsFile;
        private List<String> extraWordsFromFile = List.of();
        private int minWordLength;
        private boolean leet;
        private boolean reversedWords;
        private MatchMode contextMatch;
        private String organisation;
        private int commonPasswords;
        private boolean oneSystem;
        private int history;
        private Set<String> privilegedRoles;
        private String privilegedChange;
        private String staffChange;
        private int changeGraceDays;
        private boolean mfa;
        private List<String> breachIndexes;
        private boolean breachOnline;
        private boolean breachFailOpen;
        private String breachApiUrl;

        /** Starts from the given settings (presets and {@link #toBuilder()} use this). */
        public Builder(PolicySettings s) {
            name = s.name();
            basePreset = s.basePreset();
            clauseLabel = s.clauseLabel();
            minLength = s.minLength();
            maxLength = s.maxLength();
            requireLetter = s.requireLetter();
            requireDigit = s.requireDigit();
            requireSymbol = s.requireSymbol();
            dictionaryMatch = s.dictionaryMatch();
            dictionaries = s.dictionaries();
            extraWords = s.extraWords();
            extraWordsFile = s.extraWordsFile();
            if (extraWordsFile != null) {
                extraWordsFromFile = readWords(extraWordsFile);
            }
            minWordLength = s.minWordLength();
            leet = s.leet();
            reversedWords = s.reversedWords();
            contextMatch = s.contextMatch();
            organisation = s.organisation();
            commonPasswords = s.commonPasswords();
            oneSystem = s.oneSystem();
            history = s.history();
            privilegedRoles = s.privilegedRoles();
            privilegedChange = s.privilegedChange();
            staffChange = s.staffChange();
            changeGraceDays = s.changeGraceDays();
            mfa = s.mfa();
            breachIndexes = s.breachIndexes();
            breachOnline = s.breachOnline();
            breachFailOpen = s.breachFailOpen();
            breachApiUrl = s.breachApiUrl();
        }

        /** [name] What reports call this policy. */
        public Builder name(String value) {
            name = requireText("name", value, 100);
            return this;
        }

        /** [clause-label] Prefix of every violation's clause, e.g. "AUP" gives "AUP: 8 or more characters". */
        public Builder clauseLabel(String value) {
            clauseLabel = requireText("clause-label", value, 60);
            return this;
        }

        /** [min-length] Fewest code points, 1 to 256. */
        public Builder minLength(int value) {
            minLength = requireRange("min-length", value, 1, 256);
            return this;
        }

        /** [max-length] Most code points, 8 to 4096; longer input is rejected without further work. */
        public Builder maxLength(int value) {
            maxLength = requireRange("max-length", value, 8, 4096);
            return this;
        }

        /** [require-letter] At least one letter of any script. */
        public Builder requireLetter(boolean value) {
            requireLetter = value;
            return this;
        }

        /** [require-digit] At least one decimal digit of any script. */
        public Builder requireDigit(boolean value) {
            requireDigit = value;
            return this;
        }

        /** [require-symbol] At least one printable character that is neither letter nor digit (space counts). */
        public Builder requireSymbol(boolean value) {
            requireSymbol = value;
            return this;
        }

        /** [dictionary-match] substring, whole or off. */
        public Builder dictionaryMatch(MatchMode value) {
            dictionaryMatch = Objects.requireNonNull(value, "dictionaryMatch");
            return this;
        }

        /** [dictionaries] Names of shipped word lists to match (see {@code passhygiene dictionaries}). */
        public Builder dictionaries(List<String> value) {
            Objects.requireNonNull(value, "dictionaries");
            List<String> known = org.passhygiene.dictionary.ShippedLists.names();
            for (String d : value) {
                if (!known.contains(d)) {
                    throw new PolicyException("dictionaries", d, "unknown word list; allowed: " + String.join(", ",
                            known));
                }
            }
            dictionaries = List.copyOf(new LinkedHashSet<>(value));
            return this;
        }

        /** [extra-words] The school's own words (school name, local places, mascots), matched like dictionary words. */
        public Builder extraWords(List<String> value) {
            Objects.requireNonNull(value, "extraWords");
            List<String> out = new ArrayList<>();
            for (String w : value) {
                String t = Objects.requireNonNull(w, "extra word").strip();
                if (t.isEmpty()) {
                    throw new PolicyException("extra-words", "''", "words must not be empty");
                }
                out.add(t);
            }
            extraWords = List.copyOf(out);
            return this;
        }

        /** [extra-words-file] A UTF-8 file of further words, one per line; '#' starts a comment. Read now. */
        public Builder extraWordsFile(Path value) {
            extraWordsFromFile = value == null ? List.of() : readWords(value);
            extraWordsFile = value;
            return this;
        }

        /** [min-word-length] Shortest dictionary or context word that counts, 3 to 20. */
        public Builder minWordLength(int value) {
            minWordLength = requireRange("min-word-length", value, 3, 20);
            return this;
        }

        /** [leet] See through common substitutions (@ → a, 0 → o, 3 → e …). */
        public Builder leet(boolean value) {
            leet = value;
            return this;
        }

        /** [reversed-words] Words written backwards count too. */
        public Builder reversedWords(boolean value) {
            reversedWords = value;
            return this;
        }

        /** [context-match] substring, whole or off: the username, the person's names and the organisation. */
        public Builder contextMatch(MatchMode value) {
            contextMatch = Objects.requireNonNull(value, "contextMatch");
            return this;
        }

        /** [organisation] Organisation name used as a context word when the account does not give one. */
        public Builder organisation(String value) {
            organisation = value == null ? null : requireText("organisation", value, 200);
            return this;
        }

        /** [common-passwords] How many of the most common passwords to refuse, 0 (off) to 1,000,000. */
        public Builder commonPasswords(int value) {
            commonPasswords = requireRange("common-passwords", value, 0, 1_000_000);
            return this;
        }

        /** [one-system] A password may be used on one system only (needs the credential store). */
        public Builder oneSystem(boolean value) {
            oneSystem = value;
            return this;
        }

        /** [history] How many previous passwords on the same system may not be reused, 0 to 50. */
        public Builder history(int value) {
            history = requireRange("history", value, 0, 50);
            return this;
        }

        /** [privileged-roles] Roles with higher MIS access, e.g. slt, office, welfare. */
        public Builder privilegedRoles(Set<String> value) {
            Objects.requireNonNull(value, "privilegedRoles");
            Set<String> out = new LinkedHashSet<>();
            for (String r : value) {
                String role = Objects.requireNonNull(r, "role").strip().toLowerCase(Locale.ROOT);
                if (!ROLE.matcher(role).matches()) {
                    throw new PolicyException("privileged-roles", r,
                            "role names are letters, digits, '-' and '_'");
                }
                out.add(role);
            }
            privilegedRoles = Set.copyOf(out);
            return this;
        }

        /** [privileged-change] How often privileged roles change their password: termly, never or e.g. 90d. */
        public Builder privilegedChange(String value) {
            privilegedChange = requireChange("privileged-change", value);
            return this;
        }

        /** [staff-change] How often everyone else changes theirs: never (NIST, NCSC), termly or e.g. 365d. */
        public Builder staffChange(String value) {
            staffChange = requireChange("staff-change", value);
            return this;
        }

        /** [change-grace-days] School days after a term starts before a termly change is overdue, 0 to 30. */
        public Builder changeGraceDays(int value) {
            changeGraceDays = requireRange("change-grace-days", value, 0, 30);
            return this;
        }

        /** [mfa] Accounts sign in with multi-factor authentication (NIST then allows 8 characters). */
        public Builder mfa(boolean value) {
            mfa = value;
            return this;
        }

        /**
         * [breach-indexes] Breach index files to check (SHA-1 or NTLM, from {@code passhygiene breach import});
         * {@code common-passwords} names the embedded index of the shipped common-password list. Opened (and
         * checked for damage) when the policy is built.
         */
        public Builder breachIndexes(List<String> value) {
            Objects.requireNonNull(value, "breachIndexes");
            for (String v : value) {
                if (Objects.requireNonNull(v, "breach index").isBlank()) {
                    throw new PolicyException("breach-indexes", "''", "entries must be a file path or "
                            + "common-passwords");
                }
            }
            breachIndexes = List.copyOf(new LinkedHashSet<>(value));
            return this;
        }

        /** [breach-online] Also ask the Pwned Passwords range API (only a 5-hex-character SHA-1 prefix is sent). */
        public Builder breachOnline(boolean value) {
            breachOnline = value;
            return this;
        }

        /** [breach-fail-open] Accept when the online check cannot be made (default: reject, fail closed). */
        public Builder breachFailOpen(boolean value) {
            breachFailOpen = value;
            return this;
        }

        /** [breach-api-url] Base URL of the range API (a mirror or proxy); https, or http on loopback only. */
        public Builder breachApiUrl(String value) {
            String v = Objects.requireNonNull(value, "breachApiUrl").strip();
            java.net.URI uri;
            try {
                uri = java.net.URI.create(v);
            } catch (IllegalArgumentException e) {
                throw new PolicyException("breach-api-url", value, "must be a URL such as "
                        + org.passhygiene.breach.PwnedPasswordsClient.DEFAULT_BASE_URI);
            }
            boolean loopback = "http".equals(uri.getScheme()) && uri.getHost() != null
                    && (uri.getHost().equals("localhost") || uri.getHost().startsWith("127.")
                    || uri.getHost().equals("[::1]"));
            if (!"https".equals(uri.getScheme()) && !loopback) {
                throw new PolicyException("breach-api-url", value, "must be an https URL (http only on loopback)");
            }
            breachApiUrl = v;
            return this;
        }

        /**
         * @throws PolicyException if the settings contradict each other (e.g. min-length above max-length)
         */
        public PasswordPolicy build() {
            return new PasswordPolicy(settings(), allExtraWords());
        }

        /** The settings as they stand, validated as a whole. */
        public PolicySettings settings() {
            if (minLength > maxLength) {
                throw new PolicyException("min-length", Integer.toString(minLength),
                        "must not exceed max-length=" + maxLength);
            }
            if (dictionaryMatch != MatchMode.OFF && dictionaries.isEmpty() && allExtraWords().isEmpty()) {
                throw new PolicyException("dictionary-match", dictionaryMatch.name().toLowerCase(Locale.ROOT),
                        "needs at least one entry in dictionaries or extra-words (or set dictionary-match: off)");
            }
            return new PolicySettings(name, basePreset, clauseLabel, minLength, maxLength, requireLetter,
                    requireDigit, requireSymbol, dictionaryMatch, dictionaries, extraWords, extraWordsFile,
                    minWordLength, leet, reversedWords, contextMatch, organisation, commonPasswords, oneSystem,
                    history, privilegedRoles, privilegedChange, staffChange, changeGraceDays, mfa, breachIndexes,
                    breachOnline, breachFailOpen, breachApiUrl);
        }

        /** Words from {@code extra-words} and {@code extra-words-file} together. */
        List<String> allExtraWords() {
            List<String> all = new ArrayList<>(extraWords);
            all.addAll(extraWordsFromFile);
            return all;
        }

        private static int requireRange(String key, int value, int min, int max) {
            if (value < min || value > max) {
                throw new PolicyException(key, Integer.toString(value),
                        "must be between " + min + " and " + max);
            }
            return value;
        }

        private static String requireText(String key, String value, int maxLength) {
            String t = Objects.requireNonNull(value, key).strip();
            if (t.isEmpty() || t.length() > maxLength) {
                throw new PolicyException(key, "'" + value + "'", "must be 1 to " + maxLength + " characters");
            }
            return t;
        }

        private static String requireChange(String key, String value) {
            String v = Objects.requireNonNull(value, key).strip().toLowerCase(Locale.ROOT);
            if (!CHANGE.matcher(v).matches()) {
                throw new PolicyException(key, value, "must be termly, never or a number of days such as 90d");
            }
            return v;
        }

        private static List<String> readWords(Path file) {
            try {
                List<String> words = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        words.add(t);
                    }
                }
                return List.copyOf(words);
            } catch (IOException e) {
                throw new PolicyException("extra-words-file", file.toString(), "cannot be read: " + describe(e));
            } catch (UncheckedIOException e) {
                throw new PolicyException("extra-words-file", file.toString(),
                        "cannot be read: " + describe(e.getCause()));
            }
        }

        private static String describe(IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                return "no such file";
            }
            if (e instanceof java.nio.charset.MalformedInputException) {
                return "not UTF-8 text";
            }
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
    }
}
