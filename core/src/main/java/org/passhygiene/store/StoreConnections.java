package org.passhygiene.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * How a {@link CredentialStore} talks to its database: a fresh connection per call (SQLite: WAL, immediate
 * transactions, busy timeout, foreign keys; read-only as asked), write transactions retried on busy /
 * serialization failures, and every failure a {@link StoreException} whose message names the store with its
 * credentials redacted. Thread-safe.
 */
final class StoreConnections {
    private static final int MAX_ATTEMPTS = 12;
    /** Transactions retried after busy / serialization failures, for tests and diagnostics. */
    static final AtomicLong RETRIES = new AtomicLong();

    private final String url;
    private final String where;
    private final Dialect dialect;
    /** SQLite read-only on a writable file: a normal connection with {@code PRAGMA query_only}. */
    private final boolean queryOnly;
    private final Properties connectionProperties;
    private final String[] propertySecrets;

    /**
     * @param connectUrl the URL to connect with (for SQLite, possibly made {@code immutable})
     * @param where the store's URL as messages show it, redacted
     * @param dialect the database's
     * @param given the caller's connection properties
     * @param readOnly whether nothing may be written
     * @param queryOnly whether a read-only SQLite store is read through normal connections with
     *                  {@code PRAGMA query_only}
     */
    StoreConnections(String connectUrl, String where, Dialect dialect, Properties given, boolean readOnly,
                     boolean queryOnly) {
        this.url = connectUrl;
        this.where = where;
        this.dialect = dialect;
        this.queryOnly = queryOnly;
        this.connectionProperties = connectionProperties(dialect, given, readOnly, queryOnly);
        this.propertySecrets = given.stringPropertyNames().stream().filter(StoreUrl::isSecretName)
                .map(given::getProperty).toArray(String[]::new);
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in a write transaction on a fresh connection, retrying on busy / serialization failures. */
    <T> T transaction(String what, Work<T> work) {
        return run(what, work, true);
    }

    /** Runs read-only {@code work} in auto-commit mode: no write lock on SQLite. */
    <T> T read(String what, Work<T> work) {
        return run(what, work, false);
    }

    private <T> T run(String what, Work<T> work, boolean write) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = DriverManager.getConnection(url, connectionProperties)) {
                if (queryOnly) {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA query_only = 1");
                    }
                }
                if (!write) {
                    return work.run(c);
                }
                if (dialect == Dialect.POSTGRESQL) {
                    c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                }
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    try {
                        c.rollback();
                    } catch (SQLException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                    throw e;
                }
            } catch (SQLException e) {
                if (dialect.retryable(e) && attempt < MAX_ATTEMPTS) {
                    RETRIES.incrementAndGet();
                    pause(attempt);
                    continue;
                }
                String message = StoreUrl.redactMessage(e.getMessage(), url, propertySecrets);
                Throwable cause = RedactedCause.of(e, url, propertySecrets);
                if (dialect.notADatabase(e)) {
                    throw new StoreException(where + ": not a passhygiene store: the file is not an SQLite database"
                            + " or is corrupted (" + message + ")", cause);
                }
                if (dialect == Dialect.POSTGRESQL && message.startsWith("No suitable driver")) {
                    message += " (the PostgreSQL driver refused the URL: write it as"
                            + " jdbc:postgresql://HOST[:PORT][,HOST[:PORT]...]/DB, with user and password as"
                            + " ?user=...&password=... parameters)";
                }
                throw new StoreException(where + ": " + what + " failed"
                        + (attempt > 1 ? " after " + attempt + " attempts" : "") + ": " + message, cause);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * Math.min(attempt, 8)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying a store transaction");
        }
    }

    private static Properties connectionProperties(Dialect dialect, Properties given, boolean readOnly,
            boolean queryOnly) {
        Properties p = new Properties();
        if (dialect == Dialect.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            if (readOnly) {
                config.setReadOnly(!queryOnly);
                // Never create the file, even if it vanished since it was checked.
                config.resetOpenMode(SQLiteOpenMode.CREATE);
            } else {
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            }
            config.setBusyTimeout(10_000);
            config.enforceForeignKeys(true);
            p.putAll(config.toProperties());
        } else if (readOnly) {
            p.setProperty("readOnly", "true");
            p.setProperty("readOnlyMode", "always");
        }
        p.putAll(given);
        return p;
    }
}
