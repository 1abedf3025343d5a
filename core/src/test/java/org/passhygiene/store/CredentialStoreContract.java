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
import org.passhygiene.rotation.RotationPolicy;
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
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void pepperFileIsCreatedOwnerOnly() throws Exception {
        open().close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pepper))).isEqualTo("rw-------");
        assertThat(Files.readString(pepper).strip()).hasSize(64);
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
        Path other = dir.resolve("other.key");
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
            List<ChangeDue> due = store.due(LocalDate.parse("2025-01-20"), cal, aup);
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
            assertThat(store.status("slt1", "sims", LocalDate.parse("2025-01-20"), cal, aup)).isEmpty();
            assertThat(store.status("office1", "SIMS", LocalDate.parse("2025-01-03"), cal, aup))
                    .map(ChangeDue::reason).contains(ChangeReason.DUE);
            // A new password clears the flag.
            store.record("teacher1", "google", Set.of(), pw("teacher new pass"), "t", T0.plusSeconds(3600 * 24 * 100));
            assertThat(store.status("teacher1", "google", LocalDate.parse("2025-01-20"), cal, aup)).isEmpty();
            // Everywhere at once.
            store.record("office1", "google", Set.of(), pw("office google pass"), "t",
                    Instant.parse("2025-01-06T10:00:00Z"));
            assertThat(store.markCompromised("office1", "phished")).isEqualTo(2);
            assertThat(store.requireChange("slt1", "sims", "temporary password")).isEqualTo(1);
            assertThat(store.due(LocalDate.parse("2025-01-20"), cal, aup)).extracting(ChangeDue::reason)
                    .containsExactly(ChangeReason.COMPROMISED, ChangeReason.COMPROMISED, ChangeReason.MUST_CHANGE);
        }
    }
}
