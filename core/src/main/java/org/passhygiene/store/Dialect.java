package org.passhygiene.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The few places where SQLite and PostgreSQL differ. */
enum Dialect {
    SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB"),
    POSTGRESQL("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BYTEA");

    private final String idColumn;
    private final String bytesType;

    Dialect(String idColumn, String bytesType) {
        this.idColumn = idColumn;
        this.bytesType = bytesType;
    }

    static Dialect of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("store URL must start with jdbc:sqlite: or jdbc:postgresql:, not "
                + StoreUrl.redact(url));
    }

    String expand(String sql) {
        return sql.replace("${id}", idColumn).replace("${bytes}", bytesType);
    }

    /** Serialises concurrent migrators. SQLite's write transactions are exclusive already. */
    void lockForMigration(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(7046385201)");
            }
        }
    }

    /** Busy or locked (SQLite), serialization failure or deadlock (PostgreSQL): worth another try. */
    boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                if (this == SQLITE) {
                    int code = s.getErrorCode() & 0xff;
                    if (code == 5 || code == 6) {
                        return true;
                    }
                } else if ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** SQLITE_CORRUPT or SQLITE_NOTADB. */
    boolean notADatabase(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return this == SQLITE && (code == 11 || code == 26);
    }
}
