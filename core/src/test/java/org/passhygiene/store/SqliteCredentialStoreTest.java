package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqliteCredentialStoreTest extends CredentialStoreContract {
    @Override
    String newUrl() {
        return "jdbc:sqlite:" + dir.resolve("data/store.db");
    }

    @Test
    void usesWalMode() throws Exception {
        open().close();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void corruptedFileIsAClearErrorNamingIt() throws Exception {
        Path file = dir.resolve("data/store.db");
        Files.createDirectories(file.getParent());
        Files.write(file, "this is not a database, it is a text file that happens to be long enough...".repeat(20)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(url + ": not a passhygiene store: the file is not an SQLite database or is"
                        + " corrupted");
    }

    @Test
    void foreignDatabaseIsLeftAlone() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
        }
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessage(url + ": not a passhygiene store: it has tables [moz_places] but no schema_version; use"
                        + " an empty database (or schema) or a new file");
    }

    @Test
    void newerSchemaIsRefused() throws Exception {
        open().close();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, script, applied_at) VALUES (2, 'V2__future.sql', 0)");
        }
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessage(url + ": store schema version 2 is newer than this passhygiene understands (1): upgrade"
                        + " passhygiene");
    }

    @Test
    void nothingLikeThePasswordIsStored() throws Exception {
        try (CredentialStore store = open()) {
            store.record("jsmith", "ad", Set.of(), pw("UniqueMarkerPassword"), "test", T0);
        }
        for (Path f : Files.list(dir.resolve("data")).toList()) {
            String raw = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(raw).as(f.toString()).doesNotContain("UniqueMarkerPassword");
        }
    }

    /** Measured, not asserted beyond a generous bound: one check is one Argon2id at the default cost. */
    @Test
    void defaultCostCheckTakesOneArgon2() {
        try (CredentialStore store = CredentialStore.builder().url(url).pepperFile(pepper).open()) {
            store.record("jsmith", "ad", Set.of(), pw("measure me please"), "test", T0);
            store.record("jsmith", "google", Set.of(), pw("measure me again"), "test", T0);
            store.check("jsmith", "wifi", pw("warm up"), 5);
            long start = System.nanoTime();
            int n = 5;
            for (int i = 0; i < n; i++) {
                store.check("jsmith", "wifi", pw("candidate " + i), 5);
            }
            long ms = (System.nanoTime() - start) / 1_000_000 / n;
            System.out.println("default-cost check: " + ms + " ms each (SQLite, 2 systems recorded)");
            assertThat(ms).isLessThan(5_000);
        }
    }
}
