package org.passhygiene.store;

/** Against a real PostgreSQL server: see {@link TestPostgres} for where it comes from. */
class PostgresInitialPasswordsTest extends InitialPasswordsContract {
    @Override
    String newUrl() {
        return TestPostgres.newSchemaUrl();
    }
}
