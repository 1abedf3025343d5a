package org.passhygiene.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Versioned schema migrations: SQL resources applied in order, each in one transaction with its row in
 * {@code schema_version}. A database with tables but no {@code schema_version}, or without the passhygiene
 * marker, is someone else's and is left alone.
 */
final class Migrations {
    /** In order; the number before {@code __} is the version. Never edit a released one: add the next. */
    static final List<String> SCRIPTS = List.of("V1__credential_history.sql",
            "V2__pepper_keys_and_row_nonces.sql");
    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /** Brings the schema to {@link #LATEST}. Runs inside the caller's transaction; the caller commits. */
    static void migrate(Connection c, Dialect dialect, String where) throws SQLException {
        dialect.lockForMigration(c);
        List<String> tables = tables(c);
        if (!tables.contains("schema_version")) {
            if (!tables.isEmpty()) {
                throw new StoreException(where + ": not a passhygiene store: it has tables " + tables
                        + " but no schema_version; use an empty database (or schema) or a new file");
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                        + " script VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
            }
        }
        int current = currentVersion(c);
        if (current > LATEST) {
            throw new StoreException(where + ": store schema version " + current + " is newer than this passhygiene"
                    + " understands (" + LATEST + "): upgrade passhygiene");
        }
        if (current >= 1 && !isPasshygiene(c)) {
            throw new StoreException(where + ": not a passhygiene store: schema_version exists but the"
                    + " passhygiene marker in store_meta does not");
        }
        for (int v = current + 1; v <= LATEST; v++) {
            String script = SCRIPTS.get(v - 1);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(dialect.expand(resource(script)))) {
                    s.execute(sql);
                }
            }
            if (v == 2) {
                addRowNonces(c);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, v);
                p.setString(2, script);
                p.setLong(3, System.currentTimeMillis());
                p.executeUpdate();
            }
        }
    }

    /**
     * Read-only opens: the store must exist and be at {@link #LATEST}, since nothing may be written to migrate it.
     */
    static void requireCurrent(Connection c, String where) throws SQLException {
        List<String> tables = tables(c);
        if (tables.isEmpty()) {
            throw new StoreException(noStore(where));
        }
        if (!tables.contains("schema_version")) {
            throw new StoreException(where + ": not a passhygiene store: it has tables " + tables
                    + " but no schema_version");
        }
        int current = currentVersion(c);
        if (current > LATEST) {
            throw new StoreException(where + ": store schema version " + current + " is newer than this passhygiene"
                    + " understands (" + LATEST + "): upgrade passhygiene");
        }
        if (current < 1 || !isPasshygiene(c)) {
            throw new StoreException(current < 1 ? noStore(where) : where + ": not a passhygiene store:"
                    + " schema_version exists but the passhygiene marker in store_meta does not");
        }
        if (current < LATEST) {
            throw new StoreException(where + ": store schema version " + current + " is older than this"
                    + " passhygiene's (" + LATEST + ") and this command only reads: upgrade it once with"
                    + " 'passhygiene store migrate' (or any command that records)");
        }
    }

    /** {@link CredentialStore.Builder#existing()}: the store must have tables (any version; it is migrated next). */
    static void requireExists(Connection c, String where) throws SQLException {
        if (tables(c).isEmpty()) {
            throw new StoreException(noStore(where));
        }
    }

    static String noStore(String where) {
        return "no credential store at " + where + ": record a password first with store record";
    }

    /**
     * Version 2: every version-1 row's fingerprint was the Argon2id output itself; it becomes
     * {@link Fingerprinter#seal} of that output with a new random nonce, so no two rows are equal. Needs neither the
     * password nor the pepper.
     */
    private static void addRowNonces(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, fingerprint FROM credential WHERE nonce IS NULL")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                values.add(rs.getBytes(2));
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE credential SET fingerprint = ?, nonce = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                byte[] nonce = Fingerprinter.newNonce();
                byte[] argon = values.get(i);
                p.setBytes(1, Fingerprinter.seal(argon, nonce));
                java.util.Arrays.fill(argon, (byte) 0);
                p.setBytes(2, nonce);
                p.setLong(3, ids.get(i));
                p.addBatch();
                if (i % 500 == 499) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean isPasshygiene(Connection c) throws SQLException {
        if (!tables(c).contains("store_meta")) {
            return false;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT meta_value FROM store_meta WHERE meta_key = 'application'")) {
            return rs.next() && "passhygiene".equals(rs.getString(1));
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** Splits on semicolons at line ends; comment lines are dropped. The scripts hold no procedural code. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration resource missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration resource " + name, e);
        }
    }
}
