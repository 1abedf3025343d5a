package org.passhygiene.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The SQL of {@link CredentialStore}'s person and credential rows (their current rows: {@link CurrentRows}): each
 * method runs inside the store's transaction or read on {@code c}, with names already checked by
 * {@link StoreNames}.
 */
final class CredentialRows {

    /** A stored fingerprint to compare a candidate password with. */
    record Candidate(String system, byte[] fingerprint, byte[] nonce, int keyId, FingerprintCost cost,
                     boolean sameSystem) {
    }

    private CredentialRows() {
    }

    /** The roles column: each role checked by {@link StoreNames#role}, sorted, comma-separated. */
    static String roles(Collection<String> roles) {
        Objects.requireNonNull(roles, "roles");
        Set<String> set = new TreeSet<>();
        for (String r : roles) {
            set.add(StoreNames.role(r));
        }
        return String.join(",", set);
    }

    /** The person's salt, or null for a person not yet recorded. */
    static byte[] salt(Connection c, String user) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT salt FROM person WHERE username = ?")) {
            p.setString(1, user);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /**
     * The rows a reuse check compares: the latest {@code historyDepth} on {@code system}, the current one on every
     * other system.
     */
    static List<Candidate> candidates(Connection c, String user, String system, int historyDepth)
            throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT system_name, fingerprint, argon2_memory_kib,"
                + " argon2_iterations, argon2_parallelism, nonce, pepper_key_id FROM credential WHERE username = ?"
                + " ORDER BY system_name, set_at DESC, id DESC")) {
            p.setString(1, user);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String sys = rs.getString(1);
                    int n = seen.merge(sys, 1, Integer::sum);
                    boolean same = sys.equals(system);
                    if (same ? n <= historyDepth : n == 1) {
                        candidates.add(new Candidate(sys, rs.getBytes(2), rs.getBytes(6), rs.getInt(7),
                                new FingerprintCost(rs.getInt(3), rs.getInt(4), rs.getInt(5)), same));
                    }
                }
            }
        }
        return candidates;
    }

    /** Adds the person with a new salt unless they are recorded (another host may just have); returns the salt. */
    static byte[] addPerson(Connection c, String user, String roles, long now) throws SQLException {
        return addPerson(c, user, Fingerprinter.newSalt(), roles, now);
    }

    /** Adds the person with {@code salt} unless they are recorded; returns the salt the store holds for them. */
    static byte[] addPerson(Connection c, String user, byte[] salt, String roles, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO person (username, salt, roles, created_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING")) {
            p.setString(1, user);
            p.setBytes(2, salt);
            p.setString(3, roles);
            p.setLong(4, now);
            p.executeUpdate();
        }
        return salt(c, user);
    }

    /** Inserts the new current row of {@code user} on {@code system}; non-empty {@code roles} replace the person's. */
    static void insert(Connection c, String user, String system, String roles, byte[] fingerprint,
                       FingerprintCost cost, Instant setAt, String setBy, byte[] nonce, int keyId) throws SQLException {
        if (!roles.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("UPDATE person SET roles = ? WHERE username = ?")) {
                p.setString(1, roles);
                p.setString(2, user);
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO credential (username, system_name,"
                + " fingerprint, argon2_memory_kib, argon2_iterations, argon2_parallelism, set_at, set_by,"
                + " nonce, pepper_key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, user);
            p.setString(2, system);
            p.setBytes(3, fingerprint);
            p.setInt(4, cost.memoryKib());
            p.setInt(5, cost.iterations());
            p.setInt(6, cost.parallelism());
            p.setLong(7, setAt.toEpochMilli());
            p.setString(8, setBy);
            p.setBytes(9, nonce);
            p.setInt(10, keyId);
            p.executeUpdate();
        }
    }

    /**
     * Flags the current row of {@code user} on {@code system} (or on every system) must-change, and compromised if
     * {@code compromised}.
     *
     * @return how many rows were flagged
     */
    static int flag(Connection c, String user, Optional<String> system, String reason, long now,
                    boolean compromised) throws SQLException {
        String sql = "UPDATE credential SET must_change = 1, flag_reason = ?, flagged_at = ?"
                + (compromised ? ", compromised = 1" : "")
                + " WHERE id IN (SELECT c.id FROM credential c WHERE c.username = ?"
                + (system.isPresent() ? " AND c.system_name = ?" : "")
                + " AND c.id = (SELECT c2.id FROM credential c2 WHERE c2.username = c.username"
                + " AND c2.system_name = c.system_name ORDER BY c2.set_at DESC, c2.id DESC LIMIT 1))";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, reason);
            p.setLong(2, now);
            p.setString(3, user);
            if (system.isPresent()) {
                p.setString(4, system.get());
            }
            return p.executeUpdate();
        }
    }

    /** Fingerprint count by pepper key id, every key of the store included. */
    static SortedMap<Integer, Long> countByPepperKey(Connection c) throws SQLException {
        SortedMap<Integer, Long> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT k.key_id, COUNT(c.id) FROM pepper_key k"
                + " LEFT JOIN credential c ON c.pepper_key_id = k.key_id GROUP BY k.key_id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return out;
    }
}
