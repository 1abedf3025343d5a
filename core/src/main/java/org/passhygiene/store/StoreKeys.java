package org.passhygiene.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;

/**
 * The pepper keys of one open {@link CredentialStore}: established when it opens (the schema migrated or checked,
 * the pepper file checked against the store's keys, created only with a new store), read again when another host
 * rotated the pepper since, and rotated on request. Thread-safe.
 */
final class StoreKeys {

    private final StoreConnections connections;
    private final Path pepperFile;
    private final String where;
    private final Clock clock;
    private volatile PepperKeys keys;

    /**
     * Migrates the schema (unless read-only, where it must be current) and checks the pepper file against the
     * store's keys, creating the pepper only for a new store.
     *
     * @param mustExist whether a missing store is an error rather than created
     */
    StoreKeys(StoreConnections connections, Dialect dialect, Path pepperFile, String where, Clock clock,
              boolean readOnly, boolean mustExist) {
        this.connections = connections;
        this.pepperFile = pepperFile;
        this.where = where;
        this.clock = clock;
        if (readOnly) {
            keys = connections.read("open", c -> {
                Migrations.requireCurrent(c, where);
                return PepperKeys.establish(c, pepperFile, false, where, clock.millis());
            });
        } else {
            keys = connections.transaction("open", c -> {
                if (mustExist) {
                    Migrations.requireExists(c, where);
                }
                Migrations.migrate(c, dialect, where);
                return PepperKeys.establish(c, pepperFile, true, where, clock.millis());
            });
        }
    }

    /** The keys as last read: the newest makes new fingerprints. */
    PepperKeys current() {
        return keys;
    }

    /**
     * A lookup of the key each compared row of {@code user} was made with, on connection {@code c}: when a row's key
     * is missing, another host rotated the pepper since this store was opened, so the keys are read again (an error
     * naming the missing key if this host's pepper file does not have it yet).
     */
    Fingerprinter.KeyOf lookup(Connection c, String user) {
        PepperKeys[] pepper = {keys};
        return row -> {
            if (pepper[0].key(row.keyId()) == null) {
                pepper[0] = PepperKeys.establish(c, pepperFile, false, where, clock.millis());
                keys = pepper[0];
            }
            byte[] key = pepper[0].key(row.keyId());
            if (key == null) {
                throw new StoreException(where + ": a fingerprint of " + user + " on " + row.system()
                        + " was made with pepper key " + row.keyId() + ", which the store does not list");
            }
            return key;
        };
    }

    /** Adds a key to the pepper file and the store and makes it the newest; returns its id. */
    int rotate(Dialect dialect) {
        int id = connections.transaction("rotate-pepper", c -> PepperKeys.rotate(c, dialect, pepperFile,
                clock.millis()));
        keys = connections.transaction("open", c -> PepperKeys.establish(c, pepperFile, true, where, clock.millis()));
        return id;
    }
}
