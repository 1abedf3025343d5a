package org.passhygiene;

import static org.passhygiene.PolicyRotation.requireStore;
import static org.passhygiene.PolicyRotation.requireUserAndSystem;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.passhygiene.generator.GeneratedPassword;
import org.passhygiene.generator.GenerationException;
import org.passhygiene.generator.Generator;
import org.passhygiene.generator.GeneratorOptions;
import org.passhygiene.policy.PolicyException;
import org.passhygiene.policy.PolicyFile;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.policy.Presets;
import org.passhygiene.policy.SettingsBuilder;
import org.passhygiene.rotation.CalendarException;
import org.passhygiene.rotation.ChangeDue;
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
 * <p>With a {@link Builder#credentialStore(CredentialStore) credential store} the policy also remembers: {@code check}
 * reports {@link ViolationCode#REUSED_ACROSS_SYSTEMS} and {@link ViolationCode#REUSED_FROM_HISTORY}, {@link #record}
 * stores fingerprints, and rotation ({@link #rotationService()}) answers {@link #status}, {@link #checkCurrent} (at
 * sign-in: {@link ViolationCode#CHANGE_REQUIRED}) and {@link #due(LocalDate)} (for reports).
 */
public final class PasswordPolicy implements AutoCloseable {

    /** The preset used when nothing else is said: exactly the seed staff AUP. */
    public static final String DEFAULT_PRESET = Presets.DEFAULT;

    private final PolicySettings settings;
    private final PasswordCheck checker;
    private final Messages messages;
    private final RotationService rotation;
    private final Generator generator;

    private PasswordPolicy(Builder b, PolicySettings settings) {
        this.settings = settings;
        this.messages = Messages.forLabel(settings.clauseLabel());
        this.checker = new PasswordCheck(PolicyRules.create(settings, b.store), messages, settings.maxLength());
        this.rotation = PolicyRotation.service(settings, b.termCalendar, b.clock, b.store);
        this.generator = Generator.forSettings(settings);
    }

    /** The {@code aup} preset: the staff Acceptable Use Policy as signed. */
    public static PasswordPolicy defaults() {
        return preset(DEFAULT_PRESET);
    }

    /** A built-in preset, {@code aup}, {@code ncsc} or {@code nist}; {@link PolicyException} if there is none. */
    public static PasswordPolicy preset(String name) {
        return builder(name).build();
    }

    /**
     * Reads a YAML policy file; its kebab-case keys map 1:1 to the {@link Builder} methods.
     *
     * @throws PolicyException      naming file:line, key, value and what is allowed, for any invalid content
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PasswordPolicy load(Path file) {
        return builder(PolicyFile.read(file)).build();
    }

    /** A builder starting from the default {@code aup} preset. */
    public static Builder builder() {
        return builder(DEFAULT_PRESET);
    }

    /** A builder starting from the named preset; {@link PolicyException} if there is none. */
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
        b.termCalendar = rotation.calendar();
        b.store = rotation.store().orElse(null);
        b.clock = rotation.clock();
        return b;
    }

    /** Every effective setting, presets resolved. */
    public PolicySettings settings() {
        return settings;
    }

    /** The rotation rules of {@code privileged-roles}, {@code privileged-change}, {@code staff-change}, grace. */
    public RotationPolicy rotation() {
        return rotation.rules();
    }

    /** The rotation service of these rules, calendar, clock, zone and store: the auditor and CLI judge by it. */
    public RotationService rotationService() {
        return rotation;
    }

    /** The term calendar: {@link Builder#termCalendar}, the {@code calendar} file, or the approximate England default. */
    public TermCalendar calendar() {
        return rotation.calendar();
    }

    /** The credential store, if the policy was built with one. */
    public Optional<CredentialStore> credentialStore() {
        return rotation.store();
    }

    /** Checks a password with no account context. */
    public CheckResult check(char[] password) {
        return check(password, Account.anonymous());
    }

    /**
     * Checks one password for one person. Never throws for any password content; the password is neither kept nor
     * put in the result, nor is the caller's array modified. With a credential store and an account with a username
     * and a system, the reuse rules run too (one Argon2id computation on the NFC form the other rules see).
     *
     * @param account who it is for; {@code null} means {@link Account#anonymous()}
     * @throws StoreException if the policy has a credential store and it cannot be read (not a verdict)
     */
    public CheckResult check(char[] password, Account account) {
        return checker.check(password, account);
    }

    /**
     * A new password that {@link #check} accepts for this account: every rule, the account's context words, the
     * common-password list and breach indexes and, with a credential store, reuse across systems and history. Drawn
     * uniformly (a {@code SecureRandom} unless the options give another source) and drawn again on any violation, up
     * to 100 candidates. Close the result (try-with-resources) to clear its array; nothing is recorded in the store:
     * call {@link #record} once the password is set.
     *
     * <pre>{@code
     * try (GeneratedPassword p = policy.generate(account, GeneratorOptions.defaults())) {
     *     directory.setPassword(account.username(), p.password());
     * }
     * }</pre>
     *
     * @param account who it is for; {@code null} means {@link Account#anonymous()}
     * @param options mode, length or words; {@link GeneratorOptions#defaults()} for a random password of
     *                {@code max(min-length, 14)} characters
     * @throws GenerationException if the policy makes these options impossible (before anything is generated: the
     *                             message names the key and what to change), or no candidate passed in 100
     * @throws StoreException      if the policy has a credential store and it cannot be read
     */
    public GeneratedPassword generate(Account account, GeneratorOptions options) {
        Account context = account == null ? Account.anonymous() : account;
        return generator.generate(Objects.requireNonNull(options, "options"),
                candidate -> checker.check(candidate, context).violations().stream().map(v -> v.code().name())
                        .toList());
    }

    /**
     * Records in the credential store that {@code password} (not kept, not modified) was set for {@code account}
     * on its system, after {@link #check} accepted it: the fingerprint is of the NFC form {@code check} compares, so
     * the same password typed on a Mac (NFD) and on Windows (NFC) match. Non-empty {@link Account#roles()} replace
     * the recorded roles.
     *
     * @param setBy the tool or operator that set it, e.g. {@code google-sync@host1}
     * @throws IllegalStateException    if the policy has no credential store
     * @throws IllegalArgumentException if the account has no username or no system
     * @throws StoreException           if the store cannot be written
     */
    public void record(char[] password, Account account, String setBy, Instant setAt) {
        Objects.requireNonNull(password, "password");
        CredentialStore s = requireStore(rotation, "record");
        PasswordCheck.record(s, password, requireUserAndSystem(account), setBy, setAt);
    }

    /**
     * The change required, if any, of the account's current password on its system (flagged, or due or overdue
     * under the rotation keys and calendar, today by the {@link Builder#clock(Clock) clock}; roles as last recorded).
     *
     * @throws IllegalStateException    if the policy has no credential store
     * @throws IllegalArgumentException if the account has no username or no system
     * @throws StoreException           if the store cannot be read
     * @throws CalendarException        if a termly rule applies and the calendar does not cover today
     */
    public Optional<ChangeDue> status(Account account) {
        requireStore(rotation, "status");
        Account a = requireUserAndSystem(account);
        return rotation.status(a.username(), a.system());
    }

    /**
     * The sign-in check: one {@link ViolationCode#CHANGE_REQUIRED} ({@link #changeRequired}) when {@link #status}
     * finds the password overdue or flagged; accepted otherwise, also in a termly change's grace period.
     *
     * @throws IllegalStateException    if the policy has no credential store
     * @throws IllegalArgumentException if the account has no username or no system
     * @throws StoreException           if the store cannot be read
     * @throws CalendarException        if a termly rule applies and the calendar does not cover today
     */
    public CheckResult checkCurrent(Account account) {
        requireStore(rotation, "status");
        Account a = requireUserAndSystem(account);
        return rotation.mustChangeNow(a.username(), a.system())
                .map(d -> new CheckResult(List.of(changeRequired(d))))
                .orElseGet(() -> new CheckResult(List.of()));
    }

    /**
     * Every password in the store that must be changed as of {@code asOf}, privileged first ({@link
     * RotationService#due}).
     *
     * @throws IllegalStateException if the policy has no credential store
     * @throws StoreException        if the store cannot be read
     * @throws CalendarException     if a termly rule applies and the calendar does not cover {@code asOf}
     */
    public List<ChangeDue> due(LocalDate asOf) {
        requireStore(rotation, "due");
        return rotation.due(Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * A change from {@link #due}, {@link #status} or the {@link RotationService} as a {@link
     * ViolationCode#CHANGE_REQUIRED} violation with message and clause; params {@code system}, {@code reason} (a
     * {@code ChangeReason} name), {@code dueDate}, {@code detail}, {@code who}, {@code interval}.
     */
    public Violation changeRequired(ChangeDue due) {
        return messages.changeRequired(Objects.requireNonNull(due, "due"), rotation.rules());
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
     * Validating builder, not thread-safe: the {@link SettingsBuilder} methods, one per policy-file key (each throws
     * {@link PolicyException} at once for a value not allowed), plus the store, a calendar object and the clock.
     */
    public static final class Builder extends SettingsBuilder<Builder> {

        private TermCalendar termCalendar;
        private CredentialStore store;
        private Clock clock = Clock.system(RotationService.SCHOOL_ZONE);

        private Builder(PolicySettings settings) {
            super(settings);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * [calendar] The term calendar file (YAML, or iCalendar if named {@code *.ics}), read now, replacing a
         * {@link #termCalendar}; {@code null}: the built-in England pattern.
         *
         * @throws PolicyException naming the calendar's file:line and problem if it cannot be read or is invalid
         */
        @Override
        public Builder calendar(Path value) {
            termCalendar = null;
            return super.calendar(value);
        }

        /** A term calendar object (not a file key), replacing {@link #calendar(Path)}'s file and its key. */
        public Builder termCalendar(TermCalendar value) {
            Objects.requireNonNull(value, "termCalendar");
            super.calendar(null);
            termCalendar = value;
            return this;
        }

        /** The credential store (not a file key, not closed by the policy): for reuse rules and rotation. */
        public Builder credentialStore(CredentialStore value) {
            store = Objects.requireNonNull(value, "credentialStore");
            return this;
        }

        /** The clock that says what day it is for {@code status} and {@code checkCurrent} (not a file key). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** @throws PolicyException if the settings contradict each other (e.g. min-length above max-length) */
        public PasswordPolicy build() {
            return new PasswordPolicy(this, settings());
        }
    }
}
