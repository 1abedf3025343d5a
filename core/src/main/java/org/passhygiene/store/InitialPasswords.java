package org.passhygiene.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Initial passwords for many people on one system, recorded together and each flagged must-change ("change at first
 * sign-in"): a provisioning run. Made by {@link CredentialStore#initialPasswords}; not thread-safe.
 *
 * <pre>{@code
 * InitialPasswords batch = store.initialPasswords("google", "provision@host1", Instant.now(),
 *         "initial password: change at first sign-in");
 * batch.add("jsmith", Set.of("office"), password);   // fingerprinted now; the password is not kept
 * // ... hand the passwords out (e.g. an encrypted file), then:
 * batch.commit();                                    // every row in one transaction, or none
 * }</pre>
 *
 * <p>{@link #add} computes each fingerprint at once (one Argon2id, as {@link CredentialStore#record}), so no password
 * is held by the batch; nothing is written until {@link #commit()}, which inserts every person not yet in the store
 * and every row, flagged must-change with the reason, in one transaction: all of them or, on any failure, none. A
 * person added by another host between {@code add} and {@code commit} (so with another salt) fails the commit and
 * nothing is recorded. If the caller cannot deliver the passwords after committing, {@link #undo()} deletes exactly the
 * rows this batch inserted (and the people it created, if nothing else was recorded for them since), so the store is
 * as it was. Passwords are fingerprinted exactly as given, like {@link CredentialStore#record}: normalise them first
 * if they may not be in NFC form.
 */
public final class InitialPasswords {

    /** One row to insert: the fingerprint and its nonce, never the password. */
    private record Row(String user, String roles, byte[] salt, boolean newPerson, byte[] fingerprint, byte[] nonce,
                       int keyId) {
    }

    private final StoreConnections connections;
    private final PepperKeys keys;
    private final FingerprintCost cost;
    private final Clock clock;
    private final String where;
    private final String system;
    private final String setBy;
    private final Instant setAt;
    private final String reason;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private boolean committed;

    InitialPasswords(StoreConnections connections, PepperKeys keys, FingerprintCost cost, Clock clock, String where,
                     String system, String setBy, Instant setAt, String reason) {
        this.connections = connections;
        this.keys = keys;
        this.cost = cost;
        this.clock = clock;
        this.where = where;
        this.system = system;
        this.setBy = setBy;
        this.setAt = setAt;
        this.reason = reason;
    }

    /**
     * Fingerprints {@code password} as {@code user}'s initial password on the batch's system; nothing is written
     * until {@link #commit()}.
     *
     * @param user the person's username
     * @param roles the person's roles; they replace the recorded ones, an empty collection keeps them
     * @param password the password; not kept, not cleared (the caller owns it)
     * @throws IllegalArgumentException if a name is empty, too long or has a character {@link StoreNames} refuses, a
     *                                  role contains a comma, or {@code user} is already in the batch
     * @throws IllegalStateException if the batch was committed
     * @throws StoreException if the person's salt cannot be read
     */
    public void add(String user, Collection<String> roles, char[] password) {
        String u = StoreNames.user(user);
        String roleText = CredentialRows.roles(roles);
        Objects.requireNonNull(password, "password");
        requireOpen();
        if (rows.containsKey(u)) {
            throw new IllegalArgumentException("user: " + u + " is already in this batch");
        }
        byte[] stored = connections.read("read", c -> CredentialRows.salt(c, u));
        byte[] salt = stored != null ? stored : Fingerprinter.newSalt();
        int keyId = keys.newest();
        byte[] nonce = Fingerprinter.newNonce();
        rows.put(u, new Row(u, roleText, salt, stored == null,
                Fingerprinter.fingerprint(password, salt, keys.key(keyId), cost, nonce), nonce, keyId));
    }

    /** @return the users added, in their stored form (lower case), in the order added */
    public List<String> users() {
        return List.copyOf(rows.keySet());
    }

    /** @return the system the passwords are for, in its stored form */
    public String system() {
        return system;
    }

    /**
     * Records every row added, flagged must-change, in one transaction: all of them or none.
     *
     * @throws StoreException if the write fails (nothing was recorded), also when a new person of the batch was
     *                        added by another host meanwhile
     * @throws IllegalStateException if the batch was committed before
     */
    public void commit() {
        requireOpen();
        long now = clock.millis();
        connections.transaction("record", c -> {
            for (Row r : rows.values()) {
                if (r.newPerson() && !Arrays.equals(CredentialRows.addPerson(c, r.user(), r.salt(), r.roles(), now),
                        r.salt())) {
                    throw new StoreException(where + ": " + r.user() + " was added to the store by another host while"
                            + " this batch was prepared: nothing recorded; run it again");
                }
                CredentialRows.insert(c, r.user(), system, r.roles(), r.fingerprint(), cost, setAt, setBy, r.nonce(),
                        r.keyId());
                onRow(c, "UPDATE credential SET must_change = 1, flag_reason = ?, flagged_at = ? WHERE username = ?"
                        + " AND system_name = ? AND nonce = ?", r, reason, now);
            }
            return null;
        });
        committed = true;
    }

    /**
     * After {@link #commit()}: deletes, in one transaction, exactly the rows this batch inserted, and the people it
     * created that have no other row; for a caller that could not deliver the passwords it committed. Rows recorded
     * since by others stay.
     *
     * @return the users whose rows were deleted (stored form)
     * @throws StoreException if the delete fails (the committed rows stay)
     * @throws IllegalStateException if the batch was not committed
     */
    public List<String> undo() {
        if (!committed) {
            throw new IllegalStateException("the batch was not committed: nothing to undo");
        }
        return connections.transaction("undo", c -> {
            List<String> undone = new ArrayList<>();
            for (Row r : rows.values()) {
                if (onRow(c, "DELETE FROM credential WHERE username = ? AND system_name = ? AND nonce = ?", r) > 0) {
                    undone.add(r.user());
                }
                if (r.newPerson()) {
                    deletePerson(c, r);
                }
            }
            return undone;
        });
    }

    private void requireOpen() {
        if (committed) {
            throw new IllegalStateException("the batch was committed: start a new one");
        }
    }

    /** Runs {@code sql} with {@code first} (e.g. flag reason and time), then the row's username, system and nonce. */
    private int onRow(Connection c, String sql, Row r, Object... first) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (Object o : first) {
                p.setObject(i++, o);
            }
            p.setString(i++, r.user());
            p.setString(i++, system);
            p.setBytes(i, r.nonce());
            return p.executeUpdate();
        }
    }

    /** Deletes the person this batch created, unless a row of theirs remains. */
    private static void deletePerson(Connection c, Row r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM person WHERE username = ? AND salt = ? AND NOT"
                + " EXISTS (SELECT 1 FROM credential WHERE credential.username = person.username)")) {
            p.setString(1, r.user());
            p.setBytes(2, r.salt());
            p.executeUpdate();
        }
    }

    @Override
    public String toString() {
        return "InitialPasswords[" + system + ", " + rows.size() + " users" + (committed ? ", committed" : "") + "]";
    }
}
