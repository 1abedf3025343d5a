-- passhygiene credential store, schema version 1. Portable SQL for SQLite and PostgreSQL; ${id} and ${bytes}
-- are the only dialect switches. Times are epoch milliseconds (UTC). Flags are 0/1.
CREATE TABLE store_meta (
    meta_key VARCHAR(64) NOT NULL PRIMARY KEY,
    meta_value VARCHAR(512) NOT NULL
);

CREATE TABLE person (
    username VARCHAR(256) NOT NULL PRIMARY KEY,
    salt ${bytes} NOT NULL,
    roles VARCHAR(1024) NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE credential (
    id ${id},
    username VARCHAR(256) NOT NULL REFERENCES person (username),
    system_name VARCHAR(128) NOT NULL,
    fingerprint ${bytes} NOT NULL,
    argon2_memory_kib INTEGER NOT NULL,
    argon2_iterations INTEGER NOT NULL,
    argon2_parallelism INTEGER NOT NULL,
    set_at BIGINT NOT NULL,
    set_by VARCHAR(256) NOT NULL,
    compromised INTEGER NOT NULL DEFAULT 0,
    must_change INTEGER NOT NULL DEFAULT 0,
    flag_reason VARCHAR(1024),
    flagged_at BIGINT
);

CREATE INDEX credential_by_person ON credential (username, system_name, set_at);

INSERT INTO store_meta (meta_key, meta_value) VALUES ('application', 'passhygiene');
