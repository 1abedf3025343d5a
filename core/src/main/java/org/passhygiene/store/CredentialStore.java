package org.passhygiene.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.passhygiene.rotation.RotationPolicy;
import org.passhygiene.rotation.RotationStatus;
import org.passhygiene.rotation.TermCalendar;
import org.sqlite.SQLiteConfig;

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
 * <p>Usernames and system names are compared case-insensitively (stored in lower case). Fingerprints are Argon2id
 * over the password's UTF-8 bytes exactly as given (no Unicode normalisation here: go through
 * {@link org.passhygiene.PasswordPolicy#check} and {@link org.passhygiene.PasswordPolicy#record}, which fingerprint
 * the NFC form, or normalise consistently yourself), with a random 16-byte salt per person and the pepper as Argon2's secret. The pepper
 * lives only in the pepper file: without it no fingerprint can be checked, so back it up separately from the
 * database; a different pepper is detected on {@link Builder#open()}.
 */
public final class CredentialStore implements AutoCloseable {
    private static final int MAX_ATTEMPTS = 12;
    /** Transactions retried after busy / serialization failures, for tests and diagnostics. */
    static final java.util.concurrent.atomic.AtomicLong RETRIES = new java.util.concurrent.atomic.AtomicLong();
    private static final int MAX_HISTORY_DEPTH = 100;
    private static final String LATEST_ROWS = "SELECT c.username, c.system_name, c.set_at, c.set_by, c.compromised,"
            + " c.must_change, c.flag_reason, c.flagged_at, p.roles"
            + " FROM credential c JOIN person p ON p.username = c.username"
            + " WHERE c.id = (SELECT c2.id FROM credential c2 WHERE c2.username = c.username"
            + " AND c2.system_name = c.system_name ORDER BY c2.set_at DESC, c2.id DESC LIMIT 1)";

    private final String url;
    private final String where;
    private final Dialect dialect;
    private final Properties connectionProperties;
    private final Fingerprinter fingerprinter;
    private final FingerprintCost cost;
    private final ZoneId zone;
    private final Clock clock;

    private CredentialStore(Builder b, byte[] pepper) {
        this.url = b.url;
        this.where = redact(b.url);
        this.dialect = Dialect.of(b.url);
        this.connectionProperties = connectionProperties(dialect, b.properties);
        this.fingerprinter = new Fingerprinter(pepper);
        this.cost = b.cost;
        this.zone = b.zone;
        this.clock = b.clock;
    }

    /** @return a builder; {@link Builder#url} and {@link Builder#pepperFile} are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether {@code password} was used before by {@code user}: as the current password on another system, or as
     * one of the last {@code historyDepth} passwords on {@code system}. Costs one Argon2id computation (one per
     * distinct cost among the compared rows after a cost was raised), none for a person not yet recorded.
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
        String u = name(user, "user", 256);
        String s = name(system, "system", 128);
        Objects.requireNonNull(password, "password");
        if (historyDepth < 0 || historyDepth > MAX_HISTORY_DEPTH) {
            throw new IllegalArgumentException("historyDepth=" + historyDepth + ": must be between 0 and "
                    + MAX_HISTORY_DEPTH);
        }
        record Candidate(String system, byte[] fingerprint, FingerprintCost cost, boolean sameSystem) {
        }
        return read("check", c -> {
            byte[] salt = salt(c, u);
            if (salt == null) {
                return new ReuseCheck(List.of(), false);
            }
            List<Candidate> candidates = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT system_name, fingerprint, argon2_memory_kib,"
                    + " argon2_iterations, argon2_parallelism FROM credential WHERE username = ?"
                    + " ORDER BY system_name, set_at DESC, id DESC")) {
                p.setString(1, u);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String sys = rs.getString(1);
                        int n = seen.merge(sys, 1, Integer::sum);
                        boolean same = sys.equals(s);
                        if (same ? n <= historyDepth : n == 1) {
                            candidates.add(new Candidate(sys, rs.getBytes(2),
                                    new FingerprintCost(rs.getInt(3), rs.getInt(4), rs.getInt(5)), same));
                        }
                    }
                }
            }
            Map<FingerprintCost, byte[]> computed = new LinkedHashMap<>();
            Set<String> others = new TreeSet<>();
            boolean history = false;
            try {
                for (Candidate cand : candidates) {
                    byte[] fp = computed.computeIfAbsent(cand.cost(),
                            k -> fingerprinter.fingerprint(password, salt, k));
                    if (MessageDigest.isEqual(fp, cand.fingerprint())) {
                        if (cand.sameSystem()) {
                            history = true;
                        } else {
                            others.add(cand.system());
                        }
                    }
                }
            } finally {
                computed.values().forEach(fp -> Arrays.fill(fp, (byte) 0));
            }
            return new ReuseCheck(List.copyOf(others), history);
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
     * @throws IllegalArgumentException if a name is blank or too long, or a role contains a comma
     */
    public void record(String user, String system, Collection<String> roles, char[] password, String setBy,
                       Instant setAt) {
        String u = name(user, "user", 256);
        String s = name(system, "system", 128);
        String by = name(setBy, "setBy", 256);
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(setAt, "setAt");
        String roleText = roles(roles);
        byte[] salt = transaction("record", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO person (username, salt, roles, created_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING")) {
                p.setString(1, u);
                p.setBytes(2, Fingerprinter.newSalt());
                p.setString(3, roleText);
                p.setLong(4, clock.millis());
                p.executeUpdate();
            }
            return salt(c, u);
        });
        byte[] fp = fingerprinter.fingerprint(password, salt, cost);
        transaction("record", c -> {
            if (!roleText.isEmpty()) {
                try (PreparedStatement p = c.prepareStatement("UPDATE person SET roles = ? WHERE username = ?")) {
                    p.setString(1, roleText);
                    p.setString(2, u);
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO credential (username, system_name,"
                    + " fingerprint, argon2_memory_kib, argon2_iterations, argon2_parallelism, set_at, set_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, u);
                p.setString(2, s);
                p.setBytes(3, fp);
                p.setInt(4, cost.memoryKib());
                p.setInt(5, cost.iterations());
                p.setInt(6, cost.parallelism());
                p.setLong(7, setAt.toEpochMilli());
                p.setString(8, by);
                p.executeUpdate();
            }
            return null;
        });
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
        return flag(user, Optional.of(name(system, "system", 128)), reason, true);
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
        return flag(user, Optional.of(name(system, "system", 128)), reason, false);
    }

    /**
     * Whether {@code user} must change the password on {@code system}: flagged, or a periodic change required
     * ({@link ChangeReason#DUE} in the grace period, {@link ChangeReason#OVERDUE} after it). For login-time checks.
     *
     * @param user the person's username
     * @param system the system
     * @param asOf the day to judge on
     * @param calendar the school's terms
     * @param rotation the rotation rules
     * @return the change required, or empty if none (or nothing is recorded)
     * @throws StoreException if the store cannot be read
     * @throws org.passhygiene.rotation.CalendarException if a termly rule applies and the calendar does not cover
     *                                                     {@code asOf}
     */
    public Optional<ChangeDue> status(String user, String system, LocalDate asOf, TermCalendar calendar,
                                      RotationPolicy rotation) {
        String u = name(user, "user", 256);
        String s = name(system, "system", 128);
        List<ChangeDue> rows = changes(LATEST_ROWS + " AND c.username = ? AND c.system_name = ?", List.of(u, s),
                asOf, calendar, rotation);
        return rows.stream().findFirst();
    }

    /**
     * Every password that must be changed as of {@code asOf}: compromised, must-change, and periodic changes
     * required by {@code rotation} (due or overdue). Privileged accounts first, then by due date, user, system.
     *
     * @param asOf the day to judge on
     * @param calendar the school's terms
     * @param rotation the rotation rules
     * @return the changes required, possibly empty
     * @throws StoreException if the store cannot be read
     * @throws org.passhygiene.rotation.CalendarException if a termly rule applies and the calendar does not cover
     *                                                     {@code asOf}
     */
    public List<ChangeDue> due(LocalDate asOf, TermCalendar calendar, RotationPolicy rotation) {
        List<ChangeDue> rows = new ArrayList<>(changes(LATEST_ROWS, List.of(), asOf, calendar, rotation));
        rows.sort(Comparator.comparing((ChangeDue d) -> !d.privileged())
                .thenComparing(ChangeDue::dueDate)
                .thenComparing(ChangeDue::user)
                .thenComparing(ChangeDue::system));
        return List.copyOf(rows);
    }

    /** Nothing to release: connections are per call. Present so callers can use try-with-resources. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "CredentialStore[" + where + "]";
    }

    private List<ChangeDue> changes(String sql, List<String> params, LocalDate asOf, TermCalendar calendar,
                                    RotationPolicy rotation) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rotation, "rotation");
        record Row(String user, String system, Instant setAt, String setBy, boolean compromised, boolean mustChange,
                   String flagReason, Instant flaggedAt, Set<String> roles) {
        }
        List<Row> rows = read("read", c -> {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    p.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long flagged = rs.getLong(8);
                        boolean hasFlagTime = !rs.wasNull();
                        String roles = rs.getString(9);
                        out.add(new Row(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                                rs.getString(4), rs.getInt(5) != 0, rs.getInt(6) != 0, rs.getString(7),
                                hasFlagTime ? Instant.ofEpochMilli(flagged) : null,
                                roles.isEmpty() ? Set.of() : Set.of(roles.split(","))));
                    }
                }
            }
            return out;
        });
        List<ChangeDue> out = new ArrayList<>();
        for (Row r : rows) {
            boolean privileged = rotation.isPrivileged(r.roles());
            if (r.compromised() || r.mustChange()) {
                Instant when = r.flaggedAt() != null ? r.flaggedAt() : r.setAt();
                out.add(new ChangeDue(r.user(), r.system(), r.roles(), privileged, r.setAt(), r.setBy(),
                        LocalDate.ofInstant(when, zone),
                        r.compromised() ? ChangeReason.COMPROMISED : ChangeReason.MUST_CHANGE,
                        r.flagReason() == null ? "" : r.flagReason()));
                continue;
            }
            RotationStatus st = rotation.status(r.roles(), LocalDate.ofInstant(r.setAt(), zone), asOf, calendar);
            if (st.changeRequired() && st.dueDate().isPresent()) {
                out.add(new ChangeDue(r.user(), r.system(), r.roles(), privileged, r.setAt(), r.setBy(),
                        st.dueDate().get(), st.overdue() ? ChangeReason.OVERDUE : ChangeReason.DUE, st.reason()));
            }
        }
        return out;
    }

    private int flag(String user, Optional<String> system, String reason, boolean compromised) {
        String u = name(user, "user", 256);
        String why = name(reason, "reason", 1024);
        return transaction("flag", c -> {
            String sql = "UPDATE credential SET must_change = 1, flag_reason = ?, flagged_at = ?"
                    + (compromised ? ", compromised = 1" : "")
                    + " WHERE id IN (SELECT c.id FROM credential c WHERE c.username = ?"
                    + (system.isPresent() ? " AND c.system_name = ?" : "")
                    + " AND c.id = (SELECT c2.id FROM credential c2 WHERE c2.username = c.username"
                    + " AND c2.system_name = c.system_name ORDER BY c2.set_at DESC, c2.id DESC LIMIT 1))";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, why);
                p.setLong(2, clock.millis());
                p.setString(3, u);
                if (system.isPresent()) {
                    p.setString(4, system.get());
                }
                return p.executeUpdate();
            }
        });
    }

    private static byte[] salt(Connection c, String user) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT salt FROM person WHERE username = ?")) {
            p.setString(1, user);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** Migrates the schema and checks (or, on a new store, records) the pepper's check value. */
    private void initialise(byte[] pepper, Path pepperFile) {
        String check = PepperFile.checkValue(pepper);
        transaction("open", c -> {
            Migrations.migrate(c, dialect, where);
            String stored = null;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT meta_value FROM store_meta WHERE meta_key = 'pepper_check'")) {
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        stored = rs.getString(1);
                    }
                }
            }
            if (stored == null) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO store_meta (meta_key, meta_value) VALUES ('pepper_check', ?)")) {
                    p.setString(1, check);
                    p.executeUpdate();
                }
            } else if (!MessageDigest.isEqual(stored.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    check.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new StoreException("pepper file " + pepperFile + " does not match the store " + where
                        + ": the store was created with a different pepper, so no fingerprint could ever match."
                        + " Use the original pepper file; if it is lost, the history cannot be checked: start a new"
                        + " store");
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in a write transaction on a fresh connection, retrying on busy / serialization failures. */
    private <T> T transaction(String what, Work<T> work) {
        return run(what, work, true);
    }

    /** Runs read-only {@code work} in auto-commit mode: no write lock on SQLite. */
    private <T> T read(String what, Work<T> work) {
        return run(what, work, false);
    }

    private <T> T run(String what, Work<T> work, boolean write) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = DriverManager.getConnection(url, connectionProperties)) {
                if (!write) {
                    return work.run(c);
                }
                if (dialect == Dialect.POSTGRESQL) {
                    c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                }
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    try {
                        c.rollback();
                    } catch (SQLException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                    throw e;
                }
            } catch (SQLException e) {
                if (dialect.retryable(e) && attempt < MAX_ATTEMPTS) {
                    RETRIES.incrementAndGet();
                    pause(attempt);
                    continue;
                }
                if (dialect.notADatabase(e)) {
                    throw new StoreException(where + ": not a passhygiene store: the file is not an SQLite database"
                            + " or is corrupted (" + e.getMessage() + ")", e);
                }
                throw new StoreException(where + ": " + what + " failed"
                        + (attempt > 1 ? " after " + attempt + " attempts" : "") + ": " + e.getMessage(), e);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * Math.min(attempt, 8)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying a store transaction");
        }
    }

    private static Properties connectionProperties(Dialect dialect, Properties given) {
        Properties p = new Properties();
        if (dialect == Dialect.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setBusyTimeout(10_000);
            config.enforceForeignKeys(true);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            p.putAll(config.toProperties());
        }
        p.putAll(given);
        return p;
    }

    private static String roles(Collection<String> roles) {
        Objects.requireNonNull(roles, "roles");
        Set<String> set = new TreeSet<>();
        for (String r : roles) {
            String n = name(r, "role", 64);
            if (n.contains(",")) {
                throw new IllegalArgumentException("role=" + n + ": must not contain a comma");
            }
            set.add(n);
        }
        return String.join(",", set);
    }

    private static String name(String value, String what, int max) {
        Objects.requireNonNull(value, what);
        String v = what.equals("reason") || what.equals("setBy") ? value.strip()
                : value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.length() > max) {
            throw new IllegalArgumentException(what + ": must be 1 to " + max + " characters");
        }
        return v;
    }

    /** The URL without its query string, where a database password may be. */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** Builds and opens a {@link CredentialStore}. */
    public static final class Builder {
        private String url;
        private Path pepperFile;
        private FingerprintCost cost = FingerprintCost.DEFAULT;
        private ZoneId zone = ZoneId.of("Europe/London");
        private Clock clock = Clock.systemUTC();
        private final Properties properties = new Properties();

        private Builder() {
        }

        /**
         * Required. {@code jdbc:sqlite:/path/store.db} (the file and its directory are created if missing; WAL
         * mode) or {@code jdbc:postgresql://host/db} (the database, or the schema named by {@code currentSchema},
         * must be empty or an existing passhygiene store).
         *
         * @param jdbcUrl the database
         * @return this builder
         * @throws IllegalArgumentException for any other kind of URL
         */
        public Builder url(String jdbcUrl) {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Dialect.of(jdbcUrl);
            this.url = jdbcUrl;
            return this;
        }

        /**
         * Required. The pepper's key file; created with owner-only permissions on first use. A file readable by
         * group or others is refused.
         *
         * @param file where the pepper is (or will be) kept, outside the database
         * @return this builder
         */
        public Builder pepperFile(Path file) {
            this.pepperFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Argon2id cost for new fingerprints; default {@link FingerprintCost#DEFAULT}.
         *
         * @param cost the cost
         * @return this builder
         */
        public Builder fingerprintCost(FingerprintCost cost) {
            this.cost = Objects.requireNonNull(cost, "cost");
            return this;
        }

        /**
         * The school's time zone, to turn set times into dates for rotation; default {@code Europe/London}.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The clock for flag and creation times; default the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * A JDBC connection property, e.g. {@code user} and {@code password} for PostgreSQL.
         *
         * @param key the property name
         * @param value its value
         * @return this builder
         */
        public Builder connectionProperty(String key, String value) {
            properties.setProperty(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Reads (or creates) the pepper, creates or migrates the schema and checks the pepper against the store.
         *
         * @return the open store
         * @throws IllegalStateException if the URL or pepper file was not given
         * @throws StoreException if the database cannot be opened, is not a passhygiene store, has a newer schema,
         *                        or the pepper does not match it
         */
        public CredentialStore open() {
            if (url == null) {
                throw new IllegalStateException("url is required");
            }
            if (pepperFile == null) {
                throw new IllegalStateException("pepperFile is required");
            }
            if (Dialect.of(url) == Dialect.SQLITE) {
                createParentDirectory(url);
            }
            byte[] pepper = PepperFile.loadOrCreate(pepperFile);
            try {
                CredentialStore store = new CredentialStore(this, pepper);
                store.initialise(pepper, pepperFile);
                return store;
            } finally {
                Arrays.fill(pepper, (byte) 0);
            }
        }

        private static void createParentDirectory(String url) {
            String path = redact(url.substring("jdbc:sqlite:".length()));
            if (path.isEmpty() || path.startsWith(":") || path.startsWith("file:")) {
                return;
            }
            Path parent = Path.of(path).toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                try {
                    Files.createDirectories(parent);
                } catch (IOException e) {
                    throw new StoreException(redact(url) + ": cannot create directory " + parent + ": " + e);
                }
            }
        }
    }
}
