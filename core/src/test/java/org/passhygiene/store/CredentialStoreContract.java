package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.rotation.ChangeDue;
import org.passhygiene.rotation.ChangeReason;
import org.passhygiene.rotation.RotationPolicy;
import org.passhygiene.rotation.RotationService;
import org.passhygiene.rotation.TermCalendar;

/** The same behaviour on every database: subclasses give the URL. */
abstract class CredentialStoreContract {
    /** Cheap enough for many records; the default cost is measured separately. */
    static final FingerprintCost TEST_COST = new FingerprintCost(256, 1, 1);
    static final Instant T0 = Instant.parse("2024-10-01T09:00:00Z");

    @TempDir
    Path dir;
    String url;
    Path pepper;

    abstract String newUrl();

    @BeforeEach
    void setUp() {
        url = newUrl();
        pepper = dir.resolve("keys/pepper.key");
    }

    CredentialStore open() {
        return open(pepper);
    }

    CredentialStore open(Path pepperFile) {
        return CredentialStore.builder().url(url).pepperFile(pepperFile).fingerprintCost(TEST_COST)
                .clock(Clock.fixed(Instant.parse("2025-01-20T10:00:00Z"), ZoneOffset.UTC)).open();
    }

    /** The store's rows judged by {@code rules} and {@code calendar} (the store itself returns rows only). */
    static RotationService rotation(CredentialStore store, TermCalendar calendar, RotationPolicy rules) {
        return RotationService.builder().rules(rules).calendar(calendar).store(store).build();
    }

    static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void migratesAnEmptyDatabaseToTheLatestVersion() throws SQLException {
        open().close();
        open().close(); // idempotent
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, script FROM schema_version ORDER BY version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("V1__credential_history.sql");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getString(2)).isEqualTo("V2__pepper_keys_and_row_nonces.sql");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void pepperFileIsCreatedOwnerOnly() throws Exception {
        open().close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pepper))).isEqualTo("rw-------");
        assertThat(Files.readString(pepper).lines().filter(l -> !l.startsWith("#")).toList())
                .singleElement().asString().matches("1:[0-9a-f]{64}");
        try (var files = Files.list(pepper.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("pepper.key");
        }
    }

    @Test
    void freshThenReusedAcrossSystemsThenFromHistory() {
        try (CredentialStore store = open()) {
            assertThat(store.check("jsmith", "google", pw("correct horse battery"), 5).fresh()).isTrue();
            store.record("jsmith", "google", Set.of("office"), pw("correct horse battery"), "test", T0);
            ReuseCheck onAd = store.check("JSmith", "ad", pw("correct horse battery"), 5);
            assertThat(onAd.otherSystems()).containsExactly("google");
            assertThat(onAd.reusedAcrossSystems()).isTrue();
            assertThat(onAd.reusedFromHistory()).isFalse();
            assertThat(store.check("jsmith", "ad", pw("a different passphrase"), 5).fresh()).isTrue();
            // History on the same system: the current one counts, and older ones within the depth.
            assertThat(store.check("jsmith", "google", pw("correct horse battery"), 5))
                    .isEqualTo(new ReuseCheck(List.of(), true));
            store.record("jsmith", "google", Set.of(), pw("second one here"), "test", T0.plusSeconds(60));
            store.record("jsmith", "google", Set.of(), pw("third one here"), "test", T0.plusSeconds(120));
            assertThat(store.check("jsmith", "google", pw("correct horse battery"), 3).reusedFromHistory()).isTrue();
            assertThat(store.check("jsmith", "google", pw("correct horse battery"), 2).reusedFromHistory())
                    .isFalse();
            // Only the current password on another system counts as reuse across systems.
            assertThat(store.check("jsmith", "wifi", pw("correct horse battery"), 5).fresh()).isTrue();
            assertThat(store.check("jsmith", "wifi", pw("third one here"), 5).otherSystems())
                    .containsExactly("google");
            // Another person with the same password: no match (salt per person).
            assertThat(store.check("adavies", "ad", pw("third one here"), 5).fresh()).isTrue();
        }
    }

    @Test
    void raisedCostStillComparesOldRowsAtTheirOwnCost() {
        try (CredentialStore store = open()) {
            store.record("jsmith", "google", Set.of(), pw("old cost password"), "test", T0);
        }
        try (CredentialStore raised = CredentialStore.builder().url(url).pepperFile(pepper)
                .fingerprintCost(new FingerprintCost(512, 2, 1)).open()) {
            assertThat(raised.check("jsmith", "ad", pw("old cost password"), 5).otherSystems())
                    .containsExactly("google");
            raised.record("jsmith", "ad", Set.of(), pw("new cost password"), "test", T0);
            assertThat(raised.check("jsmith", "google", pw("new cost password"), 5).otherSystems())
                    .containsExactly("ad");
        }
    }

    @Test
    void wrongPepperIsAClearErrorNotASilentMismatch() throws Exception {
        open().close();
        // Another store's pepper (a missing one is a different error: see below).
        Path other = dir.resolve("other.key");
        Files.writeString(other, "1:" + "ab".repeat(32) + "\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> open(other)).isInstanceOf(StoreException.class)
                .hasMessage("pepper file " + other + " does not match the store " + CredentialStore.redact(url)
                        + ": the store was created with a different pepper, so no fingerprint could ever match."
                        + " Use the original pepper file; if it is lost, the history cannot be checked: start a new"
                        + " store");
    }

    @Test
    void pepperReadableByOthersIsRefused() throws Exception {
        open().close();
        Files.setPosixFilePermissions(pepper, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessage("pepper file " + pepper + ": permissions rw-r--r-- let others read it: must be owner-only"
                        + " (chmod 600)");
    }

    @Test
    void parallelWritersForTheSamePersonLoseNothing() throws Exception {
        int writers = 4;
        int each = 15;
        // Two store instances stand for two provisioning hosts.
        long retriesBefore = CredentialStore.RETRIES.get();
        try (CredentialStore host1 = open(); CredentialStore host2 = open()) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                CredentialStore store = w % 2 == 0 ? host1 : host2;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        store.record("jsmith", "system" + (i % 3), Set.of("slt"), pw("pw-" + writer + "-" + i),
                                "host" + writer, T0.plusSeconds(i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            System.out.println(getClass().getSimpleName() + ": " + writers * each + " parallel records, "
                    + (CredentialStore.RETRIES.get() - retriesBefore) + " transactions retried");
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT fingerprint) FROM credential"
                         + " WHERE username = 'jsmith'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(writers * each);
                assertThat(rs.getInt(2)).isEqualTo(writers * each);
            }
            // Every write is findable: each writer's last password is current on some system or in history.
            for (int w = 0; w < writers; w++) {
                ReuseCheck r = host1.check("jsmith", "system0", pw("pw-" + w + "-0"), 100);
                assertThat(r.reusedFromHistory()).as("writer %d", w).isTrue();
            }
        }
    }

    @Test
    void dueListsCompromisedAndOverduePrivilegedFirst() {
        TermCalendar cal = TermCalendar.englandDefault(); // spring 2025 starts Wed 1 January
        RotationPolicy aup = RotationPolicy.aup();
        try (CredentialStore store = open()) {
            store.record("teacher1", "google", Set.of("teacher"), pw("teacher one pass"), "t", T0);
            store.record("office1", "sims", Set.of("office"), pw("office one pass"), "t", T0);
            store.record("slt1", "sims", Set.of("slt"), pw("slt one pass"), "t",
                    Instant.parse("2025-01-02T10:00:00Z"));
            assertThat(store.markCompromised("teacher1", "google", "found in breach corpus")).isEqualTo(1);
            assertThat(store.markCompromised("nobody", "google", "x")).isZero();
            RotationService rotation = rotation(store, cal, aup);
            List<ChangeDue> due = rotation.due(LocalDate.parse("2025-01-20"));
            assertThat(due).extracting(ChangeDue::user, ChangeDue::system, ChangeDue::reason, ChangeDue::dueDate)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("office1", "sims", ChangeReason.OVERDUE,
                                    LocalDate.parse("2025-01-07")),
                            org.assertj.core.groups.Tuple.tuple("teacher1", "google", ChangeReason.COMPROMISED,
                                    LocalDate.parse("2025-01-20")));
            assertThat(due.get(0).privileged()).isTrue();
            assertThat(due.get(0).roles()).containsExactly("office");
            assertThat(due.get(0).detail()).isEqualTo("termly: not changed since Spring 2025 started on 2025-01-01;"
                    + " 5 school days' grace");
            assertThat(due.get(1).detail()).isEqualTo("found in breach corpus");
            assertThat(rotation.status("slt1", "sims", LocalDate.parse("2025-01-20"))).isEmpty();
            assertThat(rotation.status("office1", "SIMS", LocalDate.parse("2025-01-03")))
                    .map(ChangeDue::reason).contains(ChangeReason.DUE);
            // A new password clears the flag.
            store.record("teacher1", "google", Set.of(), pw("teacher new pass"), "t", T0.plusSeconds(3600 * 24 * 100));
            assertThat(rotation.status("teacher1", "google", LocalDate.parse("2025-01-20"))).isEmpty();
            // Everywhere at once.
            store.record("office1", "google", Set.of(), pw("office google pass"), "t",
                    Instant.parse("2025-01-06T10:00:00Z"));
            assertThat(store.markCompromised("office1", "phished")).isEqualTo(2);
            assertThat(store.requireChange("slt1", "sims", "temporary password")).isEqualTo(1);
            assertThat(rotation.due(LocalDate.parse("2025-01-20"))).extracting(ChangeDue::reason)
                    .containsExactly(ChangeReason.COMPROMISED, ChangeReason.COMPROMISED, ChangeReason.MUST_CHANGE);
        }
    }

    CredentialStore openReadOnly() {
        return CredentialStore.builder().url(url).pepperFile(pepper).fingerprintCost(TEST_COST).readOnly().open();
    }

    List<byte[]> storedValues(String user) throws SQLException {
        List<byte[]> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fingerprint FROM credential WHERE username = '" + user
                     + "' ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getBytes(1));
            }
        }
        return out;
    }

    @Test
    void samePasswordTwiceIsStoredAsDifferentValues() throws Exception {
        try (CredentialStore store = open()) {
            store.record("jsmith", "google", Set.of(), pw("the same one twice"), "test", T0);
            store.record("jsmith", "ad", Set.of(), pw("the same one twice"), "test", T0);
            store.record("jsmith", "ad", Set.of(), pw("then another"), "test", T0.plusSeconds(1));
            store.record("jsmith", "ad", Set.of(), pw("the same one twice"), "test", T0.plusSeconds(2));
            List<byte[]> values = storedValues("jsmith");
            assertThat(values).hasSize(4);
            assertThat(values.stream().map(java.util.HexFormat.of()::formatHex).distinct()).hasSize(4);
            // Still found, across systems and in history.
            assertThat(store.check("jsmith", "wifi", pw("the same one twice"), 5).otherSystems())
                    .containsExactly("ad", "google");
            assertThat(store.check("jsmith", "ad", pw("then another"), 5).reusedFromHistory()).isTrue();
        }
    }

    @Test
    void missingPepperForAnExistingStoreIsAnErrorNotANewKey() throws Exception {
        try (CredentialStore store = open()) {
            store.record("jsmith", "google", Set.of(), pw("recorded before"), "test", T0);
        }
        Path missing = dir.resolve("keys/elsewhere.key");
        assertThatThrownBy(() -> open(missing)).isInstanceOf(StoreException.class)
                .hasMessage("pepper file " + missing + " does not exist, but the store " + CredentialStore.redact(url)
                        + " was fingerprinted with pepper key [1]: give its pepper file (--pepper or"
                        + " PASSHYGIENE_PEPPER); a new pepper would match none of its history");
        assertThat(missing).doesNotExist();
    }

    @Test
    void pepperRotationKeepsOldRowsCheckableAndUsesTheNewKeyForNewRows() throws Exception {
        try (CredentialStore store = open()) {
            store.record("jsmith", "google", Set.of(), pw("fingerprinted with key one"), "test", T0);
        }
        Path oldCopy = dir.resolve("keys/old-copy.key");
        Files.copy(pepper, oldCopy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        try (CredentialStore store = open(); CredentialStore otherHost = open()) {
            assertThat(store.rotatePepper()).isEqualTo(2);
            store.record("jsmith", "ad", Set.of(), pw("fingerprinted with key two"), "test", T0);
            assertThat(store.check("jsmith", "wifi", pw("fingerprinted with key one"), 5).otherSystems())
                    .containsExactly("google");
            assertThat(store.check("jsmith", "wifi", pw("fingerprinted with key two"), 5).otherSystems())
                    .containsExactly("ad");
            // Opened before the rotation: it reads the new key when it first meets a row made with it.
            assertThat(otherHost.check("jsmith", "wifi", pw("fingerprinted with key two"), 5).otherSystems())
                    .containsExactly("ad");
            assertThat(store.fingerprintsByPepperKey()).containsExactly(java.util.Map.entry(1, 1L),
                    java.util.Map.entry(2, 1L));
            // The current password on google, when next recorded, moves to the new key.
            store.record("jsmith", "google", Set.of(), pw("google again, new key"), "test", T0.plusSeconds(5));
            assertThat(store.fingerprintsByPepperKey()).containsEntry(2, 2L);
        }
        assertThat(Files.readString(pepper).lines().filter(l -> !l.startsWith("#")).toList())
                .hasSize(2).allMatch(l -> l.matches("[12]:[0-9a-f]{64}"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pepper))).isEqualTo("rw-------");
        try (CredentialStore reopened = open()) {
            assertThat(reopened.check("jsmith", "wifi", pw("google again, new key"), 5).otherSystems())
                    .containsExactly("google");
            assertThat(reopened.check("jsmith", "google", pw("fingerprinted with key one"), 5).reusedFromHistory())
                    .isTrue();
        }
        // A host still holding the old pepper file is told which key it lacks.
        assertThatThrownBy(() -> open(oldCopy)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("pepper file " + oldCopy + " has no key 2, which the store "
                        + CredentialStore.redact(url) + " uses (it has keys [1], the store [1, 2])");
    }

    @Test
    void readOnlyOpenOfAMissingStoreCreatesNothing() throws Exception {
        assertThatThrownBy(this::openReadOnly).isInstanceOf(StoreException.class)
                .hasMessage("no credential store at " + CredentialStore.redact(url) + ": record a password first"
                        + " with store record");
        assertThat(pepper).doesNotExist();
        assertThat(pepper.getParent()).doesNotExist();
    }

    @Test
    void readOnlyOpenReadsButNeverWrites() throws Exception {
        try (CredentialStore store = open()) {
            store.record("jsmith", "google", Set.of("office"), pw("recorded for reading"), "test", T0);
        }
        try (CredentialStore ro = openReadOnly()) {
            assertThat(ro.readOnly()).isTrue();
            assertThat(ro.check("jsmith", "ad", pw("recorded for reading"), 5).otherSystems())
                    .containsExactly("google");
            assertThat(rotation(ro, TermCalendar.englandDefault(), RotationPolicy.aup())
                    .due(LocalDate.parse("2025-01-20")))
                    .extracting(ChangeDue::user).containsExactly("jsmith");
            assertThatThrownBy(() -> ro.record("jsmith", "ad", Set.of(), pw("x y z w"), "t", T0))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> ro.markCompromised("jsmith", "phished"))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(storedValues("jsmith")).hasSize(1);
    }

    @Test
    void namesWithControlCharactersOrTooLongAreRefusedBeforeAnythingIsWritten() throws Exception {
        try (CredentialStore store = open()) {
            assertThatThrownBy(() -> store.record("j\nsmith", "ad", Set.of(), pw("p q r s"), "t", T0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("user: character 2 is U+000A (a control character), which is not allowed in a name");
            assertThatThrownBy(() -> store.record(" ", "ad", Set.of(), pw("p q r s"), "t", T0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("user: empty name");
            assertThatThrownBy(() -> store.check("jsmith", "a".repeat(129), pw("p q r s"), 5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("system: name too long: 129 characters, at most 128");
            store.record("\u00e9l\u00e8ve-\uD83D\uDE00", "ad", Set.of(), pw("p q r s"), "t", T0);
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT username FROM person")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("\u00e9l\u00e8ve-\uD83D\uDE00");
            assertThat(rs.next()).isFalse();
        }
    }

    /**
     * A store as schema version 1 left it (the fingerprint column held the Argon2id output itself, the pepper file
     * one bare hex line, the check value in store_meta): migrating keeps every row checkable and gives each a nonce.
     */
    @Test
    void migratesAVersionOneStoreKeepingEveryRowUsable() throws Exception {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        Files.createDirectories(pepper.getParent());
        Files.writeString(pepper, java.util.HexFormat.of().formatHex(key) + "\n");
        Files.setPosixFilePermissions(pepper, PosixFilePermissions.fromString("rw-------"));
        byte[] salt = Fingerprinter.newSalt();
        byte[] v1Google = Fingerprinter.argon2(pw("version one google"), salt, key, TEST_COST);
        byte[] v1Ad = Fingerprinter.argon2(pw("version one ad"), salt, key, TEST_COST);
        Dialect dialect = Dialect.of(url);
        if (dialect == Dialect.SQLITE) {
            Files.createDirectories(Path.of(url.substring("jdbc:sqlite:".length())).getParent());
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                    + " script VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
            String v1;
            try (var in = Migrations.class.getResourceAsStream("migrations/V1__credential_history.sql")) {
                v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            for (String sql : Migrations.statements(dialect.expand(v1))) {
                s.execute(sql);
            }
            s.execute("INSERT INTO schema_version VALUES (1, 'V1__credential_history.sql', 0)");
            try (var p = c.prepareStatement("INSERT INTO store_meta VALUES ('pepper_check', ?)")) {
                p.setString(1, PepperFile.checkValue(key));
                p.executeUpdate();
            }
            try (var p = c.prepareStatement("INSERT INTO person VALUES ('jsmith', ?, 'office', 0)")) {
                p.setBytes(1, salt);
                p.executeUpdate();
            }
            try (var p = c.prepareStatement("INSERT INTO credential (username, system_name, fingerprint,"
                    + " argon2_memory_kib, argon2_iterations, argon2_parallelism, set_at, set_by)"
                    + " VALUES ('jsmith', ?, ?, 256, 1, 1, ?, 'v1')")) {
                p.setString(1, "google");
                p.setBytes(2, v1Google);
                p.setLong(3, T0.toEpochMilli());
                p.executeUpdate();
                p.setString(1, "ad");
                p.setBytes(2, v1Ad);
                p.setLong(3, T0.toEpochMilli());
                p.executeUpdate();
            }
        }
        // Read-only commands cannot migrate: they say how.
        assertThatThrownBy(this::openReadOnly).isInstanceOf(StoreException.class)
                .hasMessageContaining("store schema version 1 is older than this passhygiene's (2)");
        try (CredentialStore store = open()) {
            assertThat(store.check("jsmith", "wifi", pw("version one google"), 5).otherSystems())
                    .containsExactly("google");
            assertThat(store.check("jsmith", "wifi", pw("version one ad"), 5).otherSystems())
                    .containsExactly("ad");
            assertThat(store.check("jsmith", "ad", pw("version one ad"), 5).reusedFromHistory()).isTrue();
            assertThat(store.check("jsmith", "wifi", pw("something else"), 5).fresh()).isTrue();
            assertThat(store.fingerprintsByPepperKey()).containsExactly(java.util.Map.entry(1, 2L));
            store.record("jsmith", "wifi", Set.of(), pw("after the migration"), "t", T0);
        }
        List<byte[]> values = storedValues("jsmith");
        assertThat(values).hasSize(3).noneMatch(v -> java.util.Arrays.equals(v, v1Google)
                || java.util.Arrays.equals(v, v1Ad));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM credential WHERE nonce IS NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        try (CredentialStore ro = openReadOnly()) {
            assertThat(ro.check("jsmith", "sims", pw("version one google"), 5).otherSystems())
                    .containsExactly("google");
        }
    }
}
