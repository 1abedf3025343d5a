package org.passhygiene.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's password history across systems, as Argon2id fingerprints: never a password. Thread-safe; every call
 * opens its own connection, so one instance can serve many threads, and several processes (provisioning hosts) can
 * share one PostgreSQL store or one SQLite file.
 *
 * <pre>{@code
 * try (CredentialStore store = CredentialStore.builder()
 *         .url("jdbc:sqlite:/var/lib/passhygiene/store.db")
 *         .pepperFile(Path.of("/etc/passhygiene/pepper.key"))
 *         .open()) {
 *     ReuseCheck reuse = store.check("jsmith", "google", password, 5);
 *     if (reuse.fresh()) {
 *         setPasswordInGoogle(password);
 *         store.record("jsmith", "google", Set.of("office"), password, "google-sync", Instant.now());
 *     }
 * }
 * }</pre>
 *
 * <p>Usernames and system names are compared case-insensitively (stored in lower case) and validated by
 * {@link StoreNames}. Fingerprints are HMAC-SHA256 with a random nonce per row, keyed with Argon2id over the
 * password's UTF-8 bytes exactly as given (no Unicode normalisation here: go through
 * {@link org.passhygiene.PasswordPolicy#check} and {@link org.passhygiene.PasswordPolicy#record}, which fingerprint
 * the NFC form, or normalise consistently yourself), with a random 16-byte salt per person and a pepper key as
 * Argon2's secret (see the package documentation). The pepper lives only in the pepper file: without it no
 * fingerprint can be checked, so back it up separately from the database; a different or missing pepper is detected
 * on {@link Builder#open()}.
 */
public final class CredentialStore implements AutoCloseable {
    /** Transactions retried after busy / serialization failures, for tests and diagnostics. */
    static final java.util.concurrent.atomic.AtomicLong RETRIES = StoreConnections.RETRIES;
    private static final int MAX_HISTORY_DEPTH = 100;

    private final String where;
    private final Dialect dialect;
    private final boolean readOnly;
    private final StoreConnections connections;
    private final FingerprintCost cost;
    private final Clock clock;
    private final StoreKeys keys;

    private CredentialStore(StoreConfig b, String connectUrl, boolean queryOnly) {
        this.where = redact(b.url);
        this.dialect = Dialect.of(b.url);
        this.readOnly = b.readOnly;
        this.connections = new StoreConnections(connectUrl, where, dialect, b.properties, b.readOnly, queryOnly);
        this.cost = b.cost;
        this.clock = b.clock;
        this.keys = new StoreKeys(connections, dialect, b.pepperFile, where, clock, b.readOnly, b.existing);
    }

    /** Opens the store {@code config} describes ({@link StoreConfig#open()}): migrated, pepper checked. */
    static CredentialStore open(StoreConfig config, String connectUrl, boolean queryOnly) {
        return new CredentialStore(config, connectUrl, queryOnly);
    }

    /** @return a builder; {@link Builder#url} and {@link Builder#pepperFile} are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether {@code password} was used before by {@code user}: as the current password on another system, or as
     * one of the last {@code historyDepth} passwords on {@code system}. Costs one Argon2id computation (one per
     * distinct pepper key and cost among the compared rows, after a pepper rotation or a raised cost) and one HMAC
     * per compared row; none for a person not yet recorded.
     *
     * @param user the person's username
     * @param system the system the password is being set on
     * @param password the candidate; not kept, not cleared (the caller owns it)
     * @param historyDepth how many of the latest passwords on {@code system} to compare, 0 to 100
     * @return what matched
     * @throws StoreException if the store cannot be read
     * @throws IllegalArgumentException if a name is blank or too long, or {@code historyDepth} is out of range
     */
    public ReuseCheck check(String user, String system, char[] password, int historyDepth) {
        String u = StoreNames.user(user);
        String s = StoreNames.system(system);
        Objects.requireNonNull(password, "password");
        if (historyDepth < 0 || historyDepth > MAX_HISTORY_DEPTH) {
            throw new IllegalArgumentException("historyDepth=" + historyDepth + ": must be between 0 and "
                    + MAX_HISTORY_DEPTH);
        }
        return read("check", c -> {
            byte[] salt = CredentialRows.salt(c, u);
            if (salt == null) {
                return new ReuseCheck(List.of(), false);
            }
            return Fingerprinter.compare(password, salt, CredentialRows.candidates(c, u, s, historyDepth),
                    keys.lookup(c, u));
        });
    }

    /**
     * Records that {@code password} was set for {@code user} on {@code system}: it becomes the current password
     * there, with the store's current {@link FingerprintCost}, and clears that system's flags. Call it after the
     * password was accepted (see {@link #check}) and set on the system. Two hosts recording for the same person at
     * once both land.
     *
     * @param user the person's username
     * @param system the system the password was set on
     * @param roles the person's roles (e.g. {@code slt}, {@code office}); they replace the recorded ones, an empty
     *              collection keeps them
     * @param password the password; not kept, not cleared (the caller owns it)
     * @param setBy the tool or operator that set it, e.g. {@code ad-provisioning@host1}
     * @param setAt when it was set
     * @throws StoreException if the write fails after its retries
     * @throws IllegalArgumentException if a name is empty, too long or has a character {@link StoreNames} refuses,
     *                                  or a role contains a comma
     * @throws IllegalStateException if the store was opened read-only
     */
    public void record(String user, String system, Collection<String> roles, char[] password, String setBy,
                       Instant setAt) {
        String u = StoreNames.user(user);
        String s = StoreNames.system(system);
        String by = StoreNames.setBy(setBy);
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(setAt, "setAt");
        String roleText = CredentialRows.roles(roles);
        requireWritable("record");
        PepperKeys pepper = keys.current();
        int keyId = pepper.newest();
        byte[] salt = transaction("record", c -> CredentialRows.addPerson(c, u, roleText, clock.millis()));
        byte[] nonce = Fingerprinter.newNonce();
        byte[] fp = Fingerprinter.fingerprint(password, salt, pepper.key(keyId), cost, nonce);
        transaction("record", c -> {
            CredentialRows.insert(c, u, s, roleText, fp, cost, setAt, by, nonce, keyId);
            return null;
        });
    }

    /**
     * Starts a batch of initial passwords on {@code system}, each recorded flagged must-change (a provisioning run):
     * fingerprinted as added, written all in one transaction or none on {@link InitialPasswords#commit()}.
     *
     * @param system the system the passwords are set on
     * @param setBy the tool or operator, e.g. {@code provision@host1}
     * @param setAt when they were set
     * @param reason the must-change flag's reason for people, e.g. {@code initial password: change at first sign-in}
     * @throws IllegalArgumentException if a name or the reason is empty, too long or has a refused character
     * @throws IllegalStateException if the store was opened read-only
     */
    public InitialPasswords initialPasswords(String system, String setBy, Instant setAt, String reason) {
        InitialPasswords batch = new InitialPasswords(connections, keys.current(), cost, clock, where, StoreNames.system(system),
                StoreNames.setBy(setBy), Objects.requireNonNull(setAt, "setAt"), StoreNames.reason(reason));
        requireWritable("record");
        return batch;
    }

    /**
     * Flags the current password of {@code user} on {@code system} as compromised (and so must-change). The flag
     * stays with that password: recording a new one clears it.
     *
     * @param user the person's username
     * @param system the system
     * @param reason for people, e.g. {@code found in breach corpus 2025-03}
     * @return 1 if a password was flagged, 0 if none is recorded for that person and system
     * @throws StoreException if the write fails
     */
    public int markCompromised(String user, String system, String reason) {
        return flag(user, Optional.of(StoreNames.system(system)), reason, true);
    }

    /**
     * Flags the current password of {@code user} on every system as compromised.
     *
     * @param user the person's username
     * @param reason for people
     * @return how many systems' passwords were flagged
     * @throws StoreException if the write fails
     */
    public int markCompromised(String user, String reason) {
        return flag(user, Optional.empty(), reason, true);
    }

    /**
     * Flags the current password of {@code user} on {@code system} as must-change, without calling it
     * compromised (e.g. an administrator reset it to a temporary one).
     *
     * @param user the person's username
     * @param system the system
     * @param reason for people
     * @return 1 if a password was flagged, 0 if none is recorded
     * @throws StoreException if the write fails
     */
    public int requireChange(String user, String system, String reason) {
        return flag(user, Optional.of(StoreNames.system(system)), reason, false);
    }

    /**
     * The person's current password on {@code system}: set time, set-by, roles and flags, for the rotation service
     * to judge ({@code org.passhygiene.rotation.RotationService}).
     *
     * @param user the person's username
     * @param system the system
     * @return the current row, or empty if nothing is recorded for that person and system
     * @throws StoreException if the store cannot be read
     * @throws IllegalArgumentException if a name is empty, too long or has a character {@link StoreNames} refuses
     */
    public Optional<CurrentCredential> currentCredential(String user, String system) {
        String u = StoreNames.user(user);
        String s = StoreNames.system(system);
        return read("read", c -> CurrentRows.read(c, CurrentRows.LATEST + " AND c.username = ? AND c.system_name = ?",
                List.of(u, s))).stream().findFirst();
    }

    /**
     * Every person's current password on every system: one row per person and system, in no particular order.
     *
     * @return the current rows, possibly empty
     * @throws StoreException if the store cannot be read
     */
    public List<CurrentCredential> currentCredentials() {
        return read("read", c -> CurrentRows.read(c, CurrentRows.LATEST, List.of()));
    }

    /**
     * Adds a new key to the pepper file and makes it the one new fingerprints use. Rows fingerprinted with older
     * keys are still checked with their own key until they are replaced by newer passwords (see the package
     * documentation); a leaked pepper stops protecting a person's history once each of their systems has a password
     * recorded after the rotation. Copy the new pepper file to every host that shares this store.
     *
     * @return the new key's id
     * @throws StoreException if the pepper file cannot be written
     * @throws IllegalStateException if the store was opened read-only
     */
    public int rotatePepper() {
        requireWritable("rotate the pepper");
        return keys.rotate(dialect);
    }

    /**
     * How many recorded fingerprints each pepper key made, to see what still depends on an old key.
     *
     * @return fingerprint count by key id, every key of the store included
     * @throws StoreException if the store cannot be read
     */
    public java.util.SortedMap<Integer, Long> fingerprintsByPepperKey() {
        return read("read", CredentialRows::countByPepperKey);
    }

    /** @return whether this store was opened read-only ({@link Builder#readOnly()}) */
    public boolean readOnly() {
        return readOnly;
    }

    private void requireWritable(String what) {
        if (readOnly) {
            throw new IllegalStateException("the store " + where + " was opened read-only: cannot " + what);
        }
    }

    /** Nothing to release: connections are per call. Present so callers can use try-with-resources. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "CredentialStore[" + where + "]";
    }

    private int flag(String user, Optional<String> system, String reason, boolean compromised) {
        String u = StoreNames.user(user);
        String why = StoreNames.reason(reason);
        requireWritable("flag");
        return transaction("flag", c -> CredentialRows.flag(c, u, system, why, clock.millis(), compromised));
    }

    private <T> T transaction(String what, StoreConnections.Work<T> work) {
        return connections.transaction(what, work);
    }

    private <T> T read(String what, StoreConnections.Work<T> work) {
        return connections.read(what, work);
    }

    /** The URL with its credentials hidden: {@link StoreUrl#redact}. */
    static String redact(String url) {
        return StoreUrl.redact(url);
    }

    /** Builds and opens a {@link CredentialStore}. */
    public static final class Builder {
        private final StoreConfig config = new StoreConfig();

        private Builder() {
        }

        /**
         * Required. {@code jdbc:sqlite:/path/store.db} (the file, owner-only 0600, and its missing directories,
         * 0700, are created if missing, unless {@link #readOnly()}; WAL mode) or {@code jdbc:postgresql://host/db}
         * (the database, or the schema named by {@code currentSchema}, must be empty or an existing passhygiene
         * store).
         *
         * @throws IllegalArgumentException for any other kind of URL
         */
        public Builder url(String jdbcUrl) {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Dialect.of(jdbcUrl);
            config.url = jdbcUrl;
            return this;
        }

        /**
         * Required. The pepper's key file; created (owner-only, crash-safely) only together with a new store: a
         * missing pepper file for a store that has fingerprints is an error, never a new key. A file readable by
         * group or others is refused. Keep it outside the database.
         */
        public Builder pepperFile(Path file) {
            config.pepperFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /** Argon2id cost for new fingerprints; default {@link FingerprintCost#DEFAULT}. */
        public Builder fingerprintCost(FingerprintCost cost) {
            config.cost = Objects.requireNonNull(cost, "cost");
            return this;
        }

        /** The clock for flag and creation times; default the system clock. */
        public Builder clock(Clock clock) {
            config.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A JDBC connection property, e.g. {@code user} and {@code password} for PostgreSQL. */
        public Builder connectionProperty(String key, String value) {
            config.properties.setProperty(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Opens the store read-only: nothing is created, migrated or written ({@link #record}, the flags and
         * {@link #rotatePepper} throw {@link IllegalStateException}). A missing store is a {@link StoreException}
         * ("no credential store at ..."); a read-only database file or directory works; the schema must be current.
         */
        public Builder readOnly() {
            config.readOnly = true;
            return this;
        }

        /**
         * Opens only an existing store, for writing commands that make no sense on a new one (rotating the pepper):
         * a missing store (SQLite file, or a database without passhygiene's tables) is a {@link StoreException}
         * ("no credential store at ...") and nothing is created; an existing one is migrated as usual.
         */
        public Builder existing() {
            config.existing = true;
            return this;
        }

        /**
         * Opens the store: unless {@link #readOnly()}, creates it (SQLite: file 0600, directories 0700) or migrates
         * its schema, and creates the pepper file for a new store; then checks the pepper file's keys against the
         * store.
         *
         * @throws IllegalStateException if the URL or pepper file was not given
         * @throws StoreException if the database cannot be opened or does not exist (read-only), is not a
         *                        passhygiene store, has a newer (or, read-only, older) schema, or the pepper file is
         *                        missing, lacks a key of the store or does not match it
         */
        public CredentialStore open() {
            return config.open();
        }
    }
}
