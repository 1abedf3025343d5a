package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.passhygiene.PasswordPolicy;

class SqliteEmbeddedValidatorTest extends EmbeddedValidatorContract {
    @Override
    String newUrl() {
        return "jdbc:sqlite:" + dir.resolve("data/store.db");
    }

    /** A store that cannot be read is not a verdict on the password: check throws instead of accepting. */
    @Test
    void unreadableStoreThrowsStoreExceptionFromCheck() throws Exception {
        PasswordPolicy p = policy;
        p.record(pw("Tulip#harbour9"), jane("google"), "t", AUTUMN);
        for (String f : new String[] {"store.db-wal", "store.db-shm"}) {
            Files.deleteIfExists(dir.resolve("data").resolve(f));
        }
        Files.write(dir.resolve("data/store.db"), "not a database at all, just text...".repeat(200).getBytes(
                java.nio.charset.StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> p.check(pw("Tulip#harbour9"), jane("ad"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a passhygiene store");
    }
}
