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
            s.execute("INSERT INTO schema_version (version, script, applied_at) VALUES (3, 'V3__future.sql', 0)");
        }
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessage(url + ": store schema version 3 is newer than this passhygiene understands (2): upgrade"
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

    static String mode(Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void createsTheDatabaseAndItsFilesOwnerOnlyWhateverTheUmask() throws Exception {
        Path db = dir.resolve("data/store.db");
        try (CredentialStore store = open();
             Connection held = DriverManager.getConnection(url)) {
            // A second connection keeps -wal and -shm in place (the last one to close removes them).
            store.record("jsmith", "ad", Set.of(), pw("mode check password"), "test", T0);
            try (Statement s = held.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM person")) {
                rs.next();
            }
            assertThat(mode(db)).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("data/store.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("data/store.db-shm"))).isEqualTo("rw-------");
        }
        assertThat(mode(dir.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("keys"))).isEqualTo("rwx------");
        assertThat(mode(pepper)).isEqualTo("rw-------");
    }

    @Test
    void nestedMissingDirectoriesAreAllCreatedOwnerOnly() throws Exception {
        url = "jdbc:sqlite:" + dir.resolve("a/b/c/store.db");
        open().close();
        for (String d : new String[] {"a", "a/b", "a/b/c"}) {
            assertThat(mode(dir.resolve(d))).as(d).isEqualTo("rwx------");
        }
        assertThat(mode(dir.resolve("a/b/c/store.db"))).isEqualTo("rw-------");
    }

    @Test
    void readOnlyOpenOfAMissingFileInAMissingDirectoryCreatesNothing() {
        url = "jdbc:sqlite:" + dir.resolve("nonexistent/dir/x.db");
        assertThatThrownBy(this::openReadOnly).isInstanceOf(StoreException.class)
                .hasMessage("no credential store at " + url + ": record a password first with store record");
        assertThat(dir.resolve("nonexistent")).doesNotExist();
        assertThat(pepper).doesNotExist();
    }

    @Test
    void aReadOnlyDatabaseFileAndDirectoryServeReadOnlyOpens() throws Exception {
        try (CredentialStore store = open()) {
            store.record("jsmith", "google", Set.of(), pw("read only file test"), "test", T0);
        }
        Path data = dir.resolve("data");
        Path db = data.resolve("store.db");
        byte[] before = Files.readAllBytes(db);
        Files.setPosixFilePermissions(db, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        try (CredentialStore ro = openReadOnly()) {
            assertThat(ro.check("jsmith", "ad", pw("read only file test"), 5).otherSystems())
                    .containsExactly("google");
        } finally {
            Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aReadOnlyDirectoryWithoutAWalIndexIsOpenedImmutable() throws Exception {
        Path db = dir.resolve("data/store.db");
        Files.createDirectories(db.getParent());
        Files.createFile(db);
        // Only a non-root user sees a read-only directory as unwritable; root is told the truth by isWritable.
        boolean writable = Files.isWritable(db.getParent());
        assertThat(SqliteFiles.needsImmutable(db)).isEqualTo(!writable);
        Files.writeString(db.resolveSibling("store.db-shm"), "");
        assertThat(SqliteFiles.needsImmutable(db)).isFalse();
    }
}
