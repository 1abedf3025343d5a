/**
 * Credential history store: for each person and system, a keyed fingerprint of every password set (never the
 * password), when and by what it was set, and compromised / must-change flags. It answers the questions a password
 * alone cannot: is this password the person's current one on another system, was it used recently on this one; and
 * it returns each current password's row ({@link org.passhygiene.store.CurrentCredential}: set time, roles, flags)
 * for the rotation service to judge whose password is due for a change. Provisioning records a batch of initial
 * passwords flagged must-change in one transaction ({@link org.passhygiene.store.InitialPasswords}).
 * {@link org.passhygiene.store.CredentialStore} is the entry point; it runs over
 * JDBC on an SQLite file (the embedded default) or PostgreSQL (one store shared by several provisioning hosts),
 * with one schema and versioned migrations shipped as SQL resources. Problems with the database, the schema or the
 * pepper throw {@link org.passhygiene.store.StoreException}; names are validated by
 * {@link org.passhygiene.store.StoreNames}, and every message naming a store goes through
 * {@link org.passhygiene.store.StoreUrl#redact}.
 *
 * <h2>Fingerprints</h2>
 * A row's stored value is computed in two steps:
 * <ol>
 * <li>{@code A = Argon2id(password, salt = the person's random 16-byte salt, secret = pepper key k, cost)}: the
 * expensive step (19 MiB, 2 passes by default), never stored;</li>
 * <li>{@code stored = HMAC-SHA256(key = A, "passhygiene row fingerprint v2" || nonce)} with a random 16-byte nonce
 * per row, stored with the row together with {@code k} (column {@code pepper_key_id}) and the Argon2id cost.</li>
 * </ol>
 * A check computes {@code A} once per distinct (key, cost) among the rows compared, in practice once, and then one
 * HMAC per row: comparing a candidate against N rows costs one Argon2id and N cheap HMACs, not N Argon2ids. Because
 * every row has its own nonce, two rows of the same password (one person reusing it on two systems or going back to
 * an old one) have different stored values: someone holding a copy of the database without the pepper cannot see
 * reuse, and with the pepper still has to guess each password at one Argon2id per guess and person.
 *
 * <h2>Pepper keys</h2>
 * The pepper file ({@code PepperFile}) holds one or more 32-byte keys with ids; the store keeps a keyed check value
 * per id (table {@code pepper_key}), so a wrong or incomplete pepper file is an error on open, never a silent
 * mismatch, and a missing pepper file for a store that has keys is an error, never a new key. New rows use the
 * newest key; rows keep the key they were made with and are checked with it. {@code rotatePepper} adds a key (after
 * a suspected leak): from then on each newly recorded password, and so each system's current password as it is
 * next changed, is fingerprinted with the new key; older history rows stay on their key until they age out of use
 * (a fingerprint cannot be re-keyed without its password). The file is created and rewritten crash-safely: an
 * owner-only temp file, fsync, then a hard link (which never replaces an existing file, so concurrent creators
 * cannot overwrite each other) or an atomic rename.
 *
 * <h2>Migrations</h2>
 * Schema version 1 stored {@code A} itself. Version 2 adds {@code pepper_key_id} (existing rows: key 1) and
 * {@code nonce}, and converts every existing row in the migration: since the stored value is {@code A}, the new
 * value {@code HMAC(A, nonce)} needs neither the password nor the pepper, so every row stays usable.
 *
 * <h2>Files and read-only use</h2>
 * An SQLite store is created owner-only: its directories 0700 and the database file 0600 before the driver opens it
 * (SQLite gives its -wal and -shm files the database's permissions); the pepper file 0600. A store opened
 * {@code readOnly()} is never created, migrated or written, and works on a read-only file or directory.
 */
package org.passhygiene.store;
