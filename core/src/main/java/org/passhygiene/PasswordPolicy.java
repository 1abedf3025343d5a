package org.passhygiene;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.rule.Rule;
import org.passhygiene.policy.ExtraWordsFile;
import org.passhygiene.policy.MatchMode;
import org.passhygiene.policy.PolicyFile;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.policy.Presets;
import org.passhygiene.rules.AccountPasswordData;
import org.passhygiene.rotation.CalendarException;
import org.passhygiene.rotation.ChangeDue;
import org.passhygiene.rotation.ChangeInterval;
import org.passhygiene.rotation.ChangeReason;
import org.passhygiene.rotation.RotationPolicy;
import org.passhygiene.rotation.RotationService;
import org.passhygiene.rotation.TermCalendar;
import org.passhygiene.rules.PolicyRules;
import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.StoreException;

/**
 * A school's password rules: immutable, thread-safe, cheap to share. Build one with {@link #builder()} (starts from
 * the {@code aup} preset), {@link #preset(String)} or {@link #load(Path)}, then call {@link #check(char[], Account)}
 * for every password a person sets.
 *
 * <pre>{@code
 * PasswordPolicy policy = PasswordPolicy.load(Path.of("school-policy.yaml"));
 * CheckResult result = policy.check(password, Account.of("jsmith").withFullName("Jane Smith"));
 * }</pre>
 *
 * <p>With a {@link Builder#credentialStore(CredentialStore) credential store}, the policy also remembers: a
 * {@link #check(char[], Account) check} of an account with a username and {@link Account#system() system} reports
 * {@link ViolationCode#REUSED_ACROSS_SYSTEMS} ({@code one-system}) and {@link ViolationCode#REUSED_FROM_HISTORY}
 * ({@code history}); {@link #record} stores the accepted password's fingerprint; {@link #checkCurrent(Account)}
 * (at sign-in) reports {@link ViolationCode#CHANGE_REQUIRED} for a password that is overdue under the rotation keys
 * or flagged compromised; {@link #due(LocalDate)} lists every change required, for reports.
 */
public final class PasswordPolicy {

    /** The preset used when nothing else is said: exactly the seed staff AUP. */
    public static final String DEFAULT_PRESET = "aup";

    /** The clock used when none is given: the system clock, in the school's time zone. */
    static final ZoneId SCHOOL_ZONE = RotationService.SCHOOL_ZONE;

    private final PolicySettings settings;
    private final List<Rule> rules;
    private final Messages messages;
    private final CredentialStore store;
    private final TermCalendar calendar;
    private final Clock clock;
    private final RotationService rotation;
    private final List<String> wordsFromFile;

    private PasswordPolicy(Builder b, PolicySettings settings) {
        this.settings = settings;
        this.store = b.store;
        this.calendar = b.termCalendar != null ? b.termCalendar : TermCalendar.englandDefault();
        this.clock = b.clock;
        this.wordsFromFile = b.extraWordsFromFile;
        this.rules = PolicyRules.create(settings, b.allExtraWords(), store);
        this.messages = Messages.forLabel(settings.clauseLabel());
        // The one place the rotation service is built from settings; the auditor and the CLI take it from here.
        this.rotation = RotationService.builder()
                .rules(RotationPolicy.builder()
                        .privilegedRoles(settings.privilegedRoles())
                        .privilegedChange(settings.privilegedChange())
                        .otherChange(settings.staffChange())
                        .graceSchoolDays(settings.changeGraceDays())
                        .build())
                .calendar(calendar)
                .clock(clock)
                .store(store)
                .build();
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

    /** A builder holding this policy's settings (and store, calendar and clock), to derive a variant. */
    public Builder toBuilder() {
        return new Builder(settings, this);
    }

    /** Every effective setting, presets resolved. */
    public PolicySettings settings() {
        return settings;
    }

    /**
     * The rotation rules the policy's keys give: {@code privileged-roles}, {@code privileged-change},
     * {@code staff-change} (for everyone else) and {@code change-grace-days}.
     */
    public RotationPolicy rotation() {
        return rotation.rules();
    }

    /**
     * The rotation service these settings give: the {@link #rotation() rules}, the {@link #calendar() calendar}, the
     * {@link Builder#clock(Clock) clock}, the school's zone and the credential store. The auditor and the CLI judge
     * rotation through it.
     */
    public RotationService rotationService() {
        return rotation;
    }

    /** The term calendar: {@link Builder#termCalendar}, the {@code calendar} file, or the approximate England default. */
    public TermCalendar calendar() {
        return rotation.calendar();
    }

    /** The credential store, if the policy was built with one. */
    public Optional<CredentialStore> credentialStore() {
        return Optional.ofNullable(store);
    }

    /** Checks a password with no account context. */
    public CheckResult check(char[] password) {
        return check(password, Account.anonymous());
    }

    /**
     * Checks one password for one person. Never throws for any password content; the password is neither kept nor
     * put in the result. The caller's array is not modified (clear it yourself when done).
     *
     * <p>With a credential store, and an account with a username and a system, the reuse rules run too (one
     * Argon2id computation, on the NFC-normalised password the other rules see). A store that cannot be read is not
     * a verdict on the password: it throws {@link StoreException} rather than accept or reject.
     *
     * @param password the candidate password
     * @param account  who it is for; {@code null} means {@link Account#anonymous()}
     * @throws NullPointerException if {@code password} is null
     * @throws StoreException       if the policy has a credential store and it cannot be read
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
        AccountPasswordData data = null;
        try {
            int count = normalised == password ? rawCount
                    : Character.codePointCount(normalised, 0, normalised.length);
            if (count > settings.maxLength()) {
                return tooLong();
            }
            data = new AccountPasswordData(normalised, context);
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
            if (data != null) {
                data.clear();
            }
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    /**
     * Records in the credential store that {@code password} was set for {@code account} on its system: call it after
     * {@link #check} accepted the password and it was set. The fingerprint is taken of the same NFC-normalised form
     * {@code check} compares, so a password typed on a Mac (NFD) matches the same one typed on Windows (NFC).
     *
     * @param password the password that was set; not kept, not modified
     * @param account  whose, with {@link Account#username()}, {@link Account#system()} and (optionally)
     *                 {@link Account#roles()}, which replace the recorded roles when not empty
     * @param setBy    the tool or operator that set it, e.g. {@code google-sync@host1}
     * @param setAt    when it was set
     * @throws IllegalStateException    if the policy has no credential store
     * @throws IllegalArgumentException if the account has no username or no system
     * @throws StoreException           if the store cannot be written
     */
    public void record(char[] password, Account account, String setBy, Instant setAt) {
        Objects.requireNonNull(password, "password");
        CredentialStore s = requireStore("record");
        Account a = requireUserAndSystem(account);
        char[] normalised = nfc(password);
        try {
            s.record(a.username(), a.system(), a.roles(), normalised, setBy, setAt);
        } finally {
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    /**
     * Whether the person's current password on a system must be changed, with the due date and the reason: flagged
     * compromised or must-change, or a periodic change due (in its grace period) or overdue under the rotation keys
     * and the term calendar, as of today by the policy's {@link Builder#clock(Clock) clock}.
     *
     * @param account whose, with {@link Account#username()} and {@link Account#system()}; the roles are the ones
     *                last recorded
     * @return the change required, or empty when none (or nothing is recorded)
     * @throws IllegalStateException    if the policy has no credential store
     * @throws IllegalArgumentException if the account has no username or no system
     * @throws StoreException           if the store cannot be read
     * @throws CalendarException        if a termly rule applies and the calendar does not cover today
     */
    public Optional<ChangeDue> status(Account account) {
        requireStore("status");
        Account a = requireUserAndSystem(account);
        return rotation.status(a.username(), a.system());
    }

    /**
     * The sign-in check: {@link ViolationCode#CHANGE_REQUIRED} when the person's current password on the account's
     * system is overdue or flagged compromised / must-change (see {@link #status(Account)}); accepted otherwise,
     * including while a termly change is still in its grace period ({@code status} tells you that, to nag). The
     * violation's params are {@code system}, {@code reason} (a {@link ChangeReason} name), {@code dueDate} and
     * {@code detail}.
     *
     * @param account whose, with {@link Account#username()} and {@link Account#system()}
     * @return accepted, or one CHANGE_REQUIRED violation
     * @throws IllegalStateException    if the policy has no credential store
     * @throws IllegalArgumentException if the account has no username or no system
     * @throws StoreException           if the store cannot be read
     * @throws CalendarException        if a termly rule applies and the calendar does not cover today
     */
    public CheckResult checkCurrent(Account account) {
        requireStore("status");
        Account a = requireUserAndSystem(account);
        return rotation.mustChangeNow(a.username(), a.system())
                .map(d -> new CheckResult(List.of(changeRequired(d))))
                .orElseGet(() -> new CheckResult(List.of()));
    }

    /**
     * Every password in the store that must be changed as of {@code asOf} (compromised, must-change, due or
     * overdue), privileged accounts first: {@link RotationService#due} with this policy's rotation rules and
     * calendar.
     *
     * @param asOf the day to judge on
     * @return the changes required, possibly empty
     * @throws IllegalStateException if the policy has no credential store
     * @throws StoreException        if the store cannot be read
     * @throws CalendarException     if a termly rule applies and the calendar does not cover {@code asOf}
     */
    public List<ChangeDue> due(LocalDate asOf) {
        requireStore("due");
        return rotation.due(Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * A change required, as a {@link ViolationCode#CHANGE_REQUIRED} violation with its message and clause (for
     * reports and sign-in pages).
     *
     * @param due a change from {@link #due}, {@link #status} or the {@link RotationService}
     * @return the violation; params {@code system}, {@code reason}, {@code dueDate}, {@code detail}, {@code who},
     *         {@code interval}
     */
    public Violation changeRequired(ChangeDue due) {
        Objects.requireNonNull(due, "due");
        ChangeInterval interval = rotation.rules().interval(due.privileged());
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("system", due.system());
        p.put("reason", due.reason().name());
        p.put("dueDate", due.dueDate());
        p.put("detail", due.detail());
        p.put("who", due.privileged() ? roleList(rotation.rules().privilegedRoles()) + " staff" : "staff");
        p.put("interval", switch (interval.kind()) {
            case TERMLY -> "at least once a term";
            case EVERY -> "at least every " + interval.days() + " days";
            case NEVER -> "when asked to";
        });
        return messages.violation(ViolationCode.CHANGE_REQUIRED.name(), p);
    }

    /** "SLT, office and welfare": short role names read as acronyms. */
    private static String roleList(Set<String> roles) {
        return org.passhygiene.messages.MessageBundle.roleList(roles);
    }

    private CredentialStore requireStore(String what) {
        if (store == null) {
            throw new IllegalStateException(what + " needs a credential store: build the policy with"
                    + " credentialStore(store)");
        }
        return store;
    }

    private static Account requireUserAndSystem(Account account) {
        Objects.requireNonNull(account, "account");
        if (account.username() == null || account.system() == null) {
            throw new IllegalArgumentException("the account needs a username and a system: "
                    + "Account.of(user).withSystem(system)");
        }
        return account;
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
        private Map<String, String> privilegedGroups;
        private ChangeInterval privilegedChange;
        private ChangeInterval staffChange;
        private int changeGraceDays;
        private Path calendarFile;
        private TermCalendar termCalendar;
        private boolean mfa;
        private CredentialStore store;
        private Clock clock = Clock.system(SCHOOL_ZONE);
        private List<String> breachIndexes;
        private boolean breachOnline;
        private boolean breachFailOpen;
        private String breachApiUrl;
        private String dateOrder;

        /**
         * Starts from the given settings (presets and {@link #toBuilder()} use this); reads the extra-words and
         * calendar files they name.
         *
         * @throws PolicyException if a file the settings name cannot be read or is invalid
         */
        public Builder(PolicySettings s) {
            this(s, null);
        }

        /** From a policy: its settings, store, calendar and clock, without reading its files again. */
        private Builder(PolicySettings s, PasswordPolicy from) {
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
            if (from != null) {
                extraWordsFromFile = from.wordsFromFile;
            } else if (extraWordsFile != null) {
                extraWordsFromFile = ExtraWordsFile.read(extraWordsFile);
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
            privilegedGroups = s.privilegedGroups();
            privilegedChange = s.privilegedChange();
            staffChange = s.staffChange();
            changeGraceDays = s.changeGraceDays();
            calendarFile = s.calendar();
            if (from != null) {
                termCalendar = from.calendar;
                store = from.store;
                clock = from.clock;
            } else if (calendarFile != null) {
                termCalendar = readCalendar(calendarFile);
            }
            mfa = s.mfa();
            breachIndexes = s.breachIndexes();
            breachOnline = s.breachOnline();
            breachFailOpen = s.breachFailOpen();
            breachApiUrl = s.breachApiUrl();
            dateOrder = s.dateOrder();
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

        /** [dictionary-match] guessable, substring, whole or off. */
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
                if (t.codePointCount(0, t.length()) > ExtraWordsFile.MAX_WORD_LENGTH) {
                    throw new PolicyException("extra-words", null, "word " + (out.size() + 1) + " is longer than "
                            + ExtraWordsFile.MAX_WORD_LENGTH + " characters");
                }
                out.add(t);
            }
            extraWords = List.copyOf(out);
            return this;
        }

        /**
         * [extra-words-file] A UTF-8 file of further words, one per line; '#' starts a comment. Read now, within the
         * limits {@link ExtraWordsFile} states (16 MiB, 200,000 words, 4,096-byte lines).
         *
         * @throws PolicyException naming the file (and line) if it cannot be read or breaks a limit
         */
        public Builder extraWordsFile(Path value) {
            extraWordsFromFile = value == null ? List.of() : ExtraWordsFile.read(value);
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

        /**
         * [context-match] substring, whole, guessable or off: the username, the person's names and the
         * organisation.
         */
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

        /**
         * [privileged-groups] Directory groups whose members are privileged, each with the role it means: AD group
         * CNs and OU names, Google org-unit path segments, Microsoft 365 admin roles. Names are matched
         * case-insensitively; every mapped group is privileged (its members change as {@code privileged-change}
         * says), whether or not its role is also in {@code privileged-roles}. An empty map means no account in an
         * export is privileged.
         *
         * @throws PolicyException (key privileged-groups, value the group name) if a name is blank or repeated, or a
         *                         role is not a role name
         */
        public Builder privilegedGroups(Map<String, String> value) {
            Objects.requireNonNull(value, "privilegedGroups");
            Map<String, String> out = new LinkedHashMap<>();
            Map<String, String> seen = new HashMap<>();
            for (Map.Entry<String, String> e : value.entrySet()) {
                String group = Objects.requireNonNull(e.getKey(), "group").strip();
                if (group.isEmpty() || group.length() > 256) {
                    throw new PolicyException("privileged-groups", "'" + e.getKey() + "'",
                            "group names must be 1 to 256 characters");
                }
                String earlier = seen.putIfAbsent(group.toLowerCase(Locale.ROOT), group);
                if (earlier != null) {
                    throw new PolicyException("privileged-groups", group, "listed twice (also as '" + earlier
                            + "'; names are case-insensitive)");
                }
                String raw = e.getValue();
                String role = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
                if (!ROLE.matcher(role).matches()) {
                    throw new PolicyException("privileged-groups", group, (raw == null ? "needs a role"
                            : "role '" + raw + "' is not a role name") + ": use letters, digits, '-' and '_', "
                            + "e.g. it-admin");
                }
                out.put(group, role);
            }
            privilegedGroups = java.util.Collections.unmodifiableMap(out);
            return this;
        }

        /**
         * [privileged-change] How often privileged roles change their password: termly, never or e.g. every 90d
         * (in files, the text {@link ChangeInterval#parse} reads).
         */
        public Builder privilegedChange(ChangeInterval value) {
            privilegedChange = Objects.requireNonNull(value, "privilegedChange");
            return this;
        }

        /** [staff-change] How often everyone else changes theirs: never (NIST, NCSC), termly or e.g. every 365d. */
        public Builder staffChange(ChangeInterval value) {
            staffChange = Objects.requireNonNull(value, "staffChange");
            return this;
        }

        /**
         * [calendar] The school's term calendar for termly changes: a YAML file, or an iCalendar file when the name
         * ends in {@code .ics}. Read now. {@code null} means the built-in England pattern.
         *
         * @throws PolicyException naming the calendar's file:line and problem if it cannot be read or is invalid
         */
        public Builder calendar(Path value) {
            termCalendar = value == null ? null : readCalendar(value);
            calendarFile = value;
            return this;
        }

        /**
         * The term calendar as an object (not a file key): for calendars built in code or loaded elsewhere. Replaces
         * {@link #calendar(Path)}'s; {@code policy show} then shows no {@code calendar} file.
         */
        public Builder termCalendar(TermCalendar value) {
            termCalendar = Objects.requireNonNull(value, "termCalendar");
            calendarFile = null;
            return this;
        }

        /**
         * The credential store (not a file key): {@code check} then reports reuse across systems and from history,
         * and {@code record}, {@code status}, {@code checkCurrent} and {@code due} work. The policy does not close
         * it.
         */
        public Builder credentialStore(CredentialStore value) {
            store = Objects.requireNonNull(value, "credentialStore");
            return this;
        }

        /** The clock that says what day it is for {@code status} and {@code checkCurrent} (not a file key). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
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

        /** [breach-api-url] Base URL of the range API (a mirror or proxy); https, or http to a literal loopback IP. */
        public Builder breachApiUrl(String value) {
            String v = Objects.requireNonNull(value, "breachApiUrl").strip();
            // A policy error is printed: never echo credentials someone put in the URL.
            String shown = v.replaceAll("//[^/?#]*@", "//***@");
            java.net.URI uri;
            try {
                uri = java.net.URI.create(v);
            } catch (IllegalArgumentException e) {
                throw new PolicyException("breach-api-url", shown, "must be a URL such as "
                        + org.passhygiene.breach.PwnedPasswordsClient.DEFAULT_BASE_URI);
            }
            if (uri.getRawUserInfo() != null) {
                throw new PolicyException("breach-api-url", shown, "must not carry credentials (user:password@):"
                        + " the range API needs none");
            }
            try {
                org.passhygiene.breach.PwnedPasswordsClient.checkBaseUri(uri);
            } catch (IllegalArgumentException e) {
                throw new PolicyException("breach-api-url", shown, e.getMessage());
            }
            breachApiUrl = v;
            return this;
        }

        /**
         * [date-order] dmy, mdy or ymd: how {@code audit} reads day and month in an export whose dates cannot show
         * their order themselves; null for unset (such a file is refused).
         */
        public Builder dateOrder(String value) {
            if (value == null) {
                dateOrder = null;
                return this;
            }
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (!v.equals("dmy") && !v.equals("mdy") && !v.equals("ymd")) {
                throw new PolicyException("date-order", value, "must be dmy, mdy or ymd");
            }
            dateOrder = v;
            return this;
        }

        /**
         * @throws PolicyException if the settings contradict each other (e.g. min-length above max-length)
         */
        public PasswordPolicy build() {
            return new PasswordPolicy(this, settings());
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
                    history, privilegedRoles, privilegedGroups, privilegedChange, staffChange, changeGraceDays, calendarFile, mfa,
                    breachIndexes, breachOnline, breachFailOpen, breachApiUrl, dateOrder);
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

        private static TermCalendar readCalendar(Path file) {
            try {
                return TermCalendar.loadFile(file);
            } catch (CalendarException e) {
                throw new PolicyException("calendar", file.toString(), "invalid term calendar: " + e.getMessage());
            }
        }

    }
}
