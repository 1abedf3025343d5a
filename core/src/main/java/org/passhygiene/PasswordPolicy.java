package org.passhygiene;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.passhygiene.policy.PolicyException;
import org.passhygiene.policy.PolicyFile;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.policy.Presets;
import org.passhygiene.policy.SettingsBuilder;
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
public final class PasswordPolicy implements AutoCloseable {

    /** The preset used when nothing else is said: exactly the seed staff AUP. */
    public static final String DEFAULT_PRESET = Presets.DEFAULT;

    /** The clock used when none is given: the system clock, in the school's time zone. */
    static final ZoneId SCHOOL_ZONE = RotationService.SCHOOL_ZONE;

    private final PolicySettings settings;
    private final PasswordCheck checker;
    private final Messages messages;
    private final CredentialStore store;
    private final TermCalendar calendar;
    private final Clock clock;
    private final RotationService rotation;

    private PasswordPolicy(Builder b, PolicySettings settings) {
        this.settings = settings;
        this.store = b.store;
        this.calendar = b.termCalendar != null ? b.termCalendar
                : settings.termCalendar().orElseGet(TermCalendar::englandDefault);
        this.clock = b.clock;
        this.messages = Messages.forLabel(settings.clauseLabel());
        this.checker = new PasswordCheck(PolicyRules.create(settings, store), messages, settings.maxLength());
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
        return builder(PolicyFile.read(file)).build();
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
        return new Builder(Presets.settings(preset));
    }

    /** A builder starting from settings read from a file ({@link PolicyFile#read}) or taken from another policy. */
    public static Builder builder(PolicySettings settings) {
        return new Builder(Objects.requireNonNull(settings, "settings"));
    }

    /** A builder holding this policy's settings (and store, calendar and clock), to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder(settings);
        b.termCalendar = calendar;
        b.store = store;
        b.clock = clock;
        return b;
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
        return checker.check(password, account);
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
        char[] normalised = PasswordCheck.nfc(password);
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

    /**
     * Closes the breach indexes this policy opened for its {@code breach-indexes} (not the credential store, which
     * its caller owns). A policy kept for the life of the process need not be closed; a closed policy must not
     * check again.
     */
    @Override
    public void close() {
        checker.close();
    }

    @Override
    public String toString() {
        return "PasswordPolicy[" + settings.name() + "]";
    }

    /**
     * Validating builder: the {@link SettingsBuilder} methods, one per policy-file key (each throws
     * {@link PolicyException} at once for a value outside what is allowed), plus what is not a file key: the
     * credential store, a term calendar object and the clock. {@link #build()} checks the combination. Not
     * thread-safe.
     */
    public static final class Builder extends SettingsBuilder<Builder> {

        private TermCalendar termCalendar;
        private CredentialStore store;
        private Clock clock = Clock.system(SCHOOL_ZONE);

        private Builder(PolicySettings settings) {
            super(settings);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * [calendar] The school's term calendar file for termly changes (YAML, or iCalendar when the name ends in
         * {@code .ics}), read now; replaces a {@link #termCalendar} given before. {@code null}: the built-in England
         * pattern.
         *
         * @throws PolicyException naming the calendar's file:line and problem if it cannot be read or is invalid
         */
        @Override
        public Builder calendar(Path value) {
            termCalendar = null;
            return super.calendar(value);
        }

        /**
         * The term calendar as an object (not a file key): for calendars built in code or loaded elsewhere. Replaces
         * {@link #calendar(Path)}'s; {@code policy show} then shows no {@code calendar} file.
         */
        public Builder termCalendar(TermCalendar value) {
            Objects.requireNonNull(value, "termCalendar");
            super.calendar(null);
            termCalendar = value;
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

        /**
         * @throws PolicyException if the settings contradict each other (e.g. min-length above max-length)
         */
        public PasswordPolicy build() {
            return new PasswordPolicy(this, settings());
        }
    }
}
