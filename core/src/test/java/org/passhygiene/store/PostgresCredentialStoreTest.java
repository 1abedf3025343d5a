package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real PostgreSQL server: see {@link TestPostgres} for where it comes from. */
class PostgresCredentialStoreTest extends CredentialStoreContract {
    @BeforeAll
    static void announce() {
        System.out.println("PostgreSQL store tests run against " + TestPostgres.describe());
    }

    @Override
    String newUrl() {
        return TestPostgres.newSchemaUrl();
    }

    @Test
    void foreignSchemaIsLeftAlone() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessage(CredentialStore.redact(url) + ": not a passhygiene store: it has tables [invoices] but no"
                        + " schema_version; use an empty database (or schema) or a new file");
    }
}
