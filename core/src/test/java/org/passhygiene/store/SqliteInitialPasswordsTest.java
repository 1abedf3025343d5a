package org.passhygiene.store;

class SqliteInitialPasswordsTest extends InitialPasswordsContract {
    @Override
    String newUrl() {
        return "jdbc:sqlite:" + dir.resolve("data/store.db");
    }
}
