-- passhygiene credential store, schema version 2: versioned pepper keys, and a random nonce per row.
-- Each credential row records which pepper key fingerprinted it (existing rows: key 1, the only one there was) and
-- its stored value becomes HMAC-SHA256(key = the Argon2id output, nonce): Migrations converts the existing rows
-- after this script (the version 1 value is the Argon2id output itself, so no password is needed).
CREATE TABLE pepper_key (
    key_id INTEGER NOT NULL PRIMARY KEY,
    check_value VARCHAR(64) NOT NULL,
    added_at BIGINT NOT NULL
);

INSERT INTO pepper_key (key_id, check_value, added_at) SELECT 1, meta_value, 0 FROM store_meta WHERE meta_key = 'pepper_check';

DELETE FROM store_meta WHERE meta_key = 'pepper_check';

ALTER TABLE credential ADD COLUMN pepper_key_id INTEGER NOT NULL DEFAULT 1;

ALTER TABLE credential ADD COLUMN nonce ${bytes};
