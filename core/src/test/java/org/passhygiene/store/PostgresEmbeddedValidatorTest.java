package org.passhygiene.store;

/** Against a real PostgreSQL server: see {@link TestPostgres} for where it comes from. */
class PostgresEmbeddedValidatorTest extends EmbeddedValidatorContract {
    @Override
    String newUrl() {
        return TestPostgres.newSchemaUrl();
    }
}
