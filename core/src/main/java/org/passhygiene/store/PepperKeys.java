package org.passhygiene.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The pepper keys a store was opened with: those in the pepper file that the store knows (table {@code pepper_key},
 * one check value per key id), each verified against the store's check value. The highest id fingerprints new
 * passwords. Immutable.
 */
final class PepperKeys {
    private final SortedMap<Integer, byte[]> byId;

    private PepperKeys(SortedMap<Integer, byte[]> byId) {
        this.byId = Collections.unmodifiableSortedMap(byId);
    }

    int newest() {
        return byId.lastKey();
    }

    /** @return the key, or null if this store has no such key (a row with an unknown key id) */
    byte[] key(int id) {
        return byId.get(id);
    }

    /**
     * Reads the pepper file (creating it when neither it nor the store's keys exist yet, and {@code write}) and checks
     * every key the store has against it. With {@code write}, keys of the file the store does not know yet are
     * registered. Runs in the caller's transaction (or, read-only, connection).
     *
     * @throws StoreException if the file is missing while the store has keys, lacks a key the store has, or a key
     *                        does not match
     */
    static PepperKeys establish(Connection c, Path file, boolean write, String where, long now) throws SQLException {
        SortedMap<Integer, String> stored = stored(c);
        if (!PepperFile.exists(file)) {
            if (!stored.isEmpty()) {
                throw new StoreException("pepper file " + file + " does not exist, but the store " + where
                        + " was fingerprinted with pepper key" + (stored.size() == 1 ? " " : "s ")
                        + ids(stored) + ": give its pepper file (--pepper or PASSHYGIENE_PEPPER); a new pepper"
                        + " would match none of its history");
            }
            if (!write) {
                throw new StoreException("pepper file " + file + " does not exist and the store " + where
                        + " has no pepper key yet: record a password first with store record");
            }
            PepperFile.createIfAbsent(file);
        }
        SortedMap<Integer, byte[]> keys = PepperFile.load(file);
        try {
            if (write) {
                for (var k : keys.entrySet()) {
                    if (!stored.containsKey(k.getKey())) {
                        register(c, k.getKey(), PepperFile.checkValue(k.getValue()), now);
                    }
                }
                stored = stored(c);
            }
            for (var s : stored.entrySet()) {
                byte[] key = keys.get(s.getKey());
                if (key == null) {
                    throw new StoreException("pepper file " + file + " has no key " + s.getKey() + ", which the"
                            + " store " + where + " uses (it has keys " + ids(keys) + ", the store " + ids(stored)
                            + "): use the pepper file with every key (after store rotate-pepper elsewhere, copy"
                            + " that host's pepper file)");
                }
                if (!MessageDigest.isEqual(s.getValue().getBytes(StandardCharsets.US_ASCII),
                        PepperFile.checkValue(key).getBytes(StandardCharsets.US_ASCII))) {
                    throw new StoreException("pepper file " + file + " does not match the store " + where
                            + (stored.size() > 1 ? " (key " + s.getKey() + ")" : "")
                            + ": the store was created with a different pepper, so no fingerprint could ever"
                            + " match. Use the original pepper file; if it is lost, the history cannot be checked:"
                            + " start a new store");
                }
            }
            if (stored.isEmpty()) {
                throw new StoreException("the store " + where + " has no pepper key yet: record a password first"
                        + " with store record");
            }
            SortedMap<Integer, byte[]> usable = new TreeMap<>();
            for (Integer id : stored.keySet()) {
                usable.put(id, keys.get(id).clone());
            }
            return new PepperKeys(usable);
        } finally {
            PepperFile.clear(keys);
        }
    }

    /**
     * Adds a key to the pepper file and registers it: the next id after every key of the file and the store. If
     * the file already has a key newer than the store's (a rotation interrupted before its registration), that key
     * is registered instead of adding another. Runs in the caller's write transaction.
     *
     * @return the new key's id
     */
    static int rotate(Connection c, Dialect dialect, Path file, long now) throws SQLException {
        dialect.lockForMigration(c);
        SortedMap<Integer, String> stored = stored(c);
        int newestStored = stored.isEmpty() ? 0 : stored.lastKey();
        SortedMap<Integer, byte[]> keys = PepperFile.load(file);
        int newestInFile = keys.lastKey();
        PepperFile.clear(keys);
        int id = newestInFile > newestStored ? newestInFile : newestStored + 1;
        if (id > PepperFile.MAX_KEY_ID) {
            throw new StoreException("pepper file " + file + ": already at key " + PepperFile.MAX_KEY_ID);
        }
        if (id != newestInFile) {
            PepperFile.addKey(file, id);
        }
        keys = PepperFile.load(file);
        try {
            register(c, id, PepperFile.checkValue(keys.get(id)), now);
        } finally {
            PepperFile.clear(keys);
        }
        return id;
    }

    private static void register(Connection c, int id, String check, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO pepper_key (key_id, check_value, added_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (key_id) DO NOTHING")) {
            p.setInt(1, id);
            p.setString(2, check);
            p.setLong(3, now);
            p.executeUpdate();
        }
    }

    private static SortedMap<Integer, String> stored(Connection c) throws SQLException {
        SortedMap<Integer, String> out = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT key_id, check_value FROM pepper_key")) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }

    private static String ids(SortedMap<Integer, ?> m) {
        return m.keySet().toString();
    }
}
