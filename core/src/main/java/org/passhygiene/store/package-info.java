/**
 * Credential history store: for each person and system, an Argon2id fingerprint of every password set (never the
 * password), when and by what it was set, and compromised / must-change flags. It answers the questions a password
 * alone cannot: is this password the person's current one on another system, was it used recently on this one, and
 * whose password is due for a change. {@link org.passhygiene.store.CredentialStore} is the entry point; it runs over
 * JDBC on an SQLite file (the embedded default) or PostgreSQL (one store shared by several provisioning hosts),
 * with one schema and versioned migrations shipped as SQL resources. Fingerprints are keyed with a secret pepper
 * held in a file outside the database. Problems with the database, the schema or the pepper throw
 * {@link org.passhygiene.store.StoreException}.
 */
package org.passhygiene.store;
