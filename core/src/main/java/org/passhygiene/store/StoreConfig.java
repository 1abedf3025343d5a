package org.passhygiene.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

/**
 * What a {@link CredentialStore.Builder} collects, and how a store is opened from it: the URL and pepper file
 * checked given, the pepper file checked before a new database is made, the SQLite file prepared (created, or
 * required) and the store initialised.
 */
final class StoreConfig {
    String url;
    Path pepperFile;
    FingerprintCost cost = FingerprintCost.DEFAULT;
    Clock clock = Clock.systemUTC();
    boolean readOnly;
    boolean existing;
    final Properties properties = new Properties();

    /** See {@link CredentialStore.Builder#open()}. */
    CredentialStore open() {
        if (url == null) {
            throw new IllegalStateException("url is required");
        }
        if (pepperFile == null) {
            throw new IllegalStateException("pepperFile is required");
        }
        if (!readOnly) {
            // A bad pepper file fails before a new store's database is created.
            PepperFile.requireValidIfPresent(pepperFile);
        }
        boolean sqlite = Dialect.of(url) == Dialect.SQLITE;
        String connectUrl = sqlite ? SqliteFiles.prepare(url, readOnly, existing) : url;
        boolean queryOnly = readOnly && sqlite && connectUrl.equals(url) && SqliteFiles.writableFile(url);
        return CredentialStore.open(this, connectUrl, queryOnly);
    }
}
