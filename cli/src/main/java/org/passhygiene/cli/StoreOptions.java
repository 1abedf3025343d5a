package org.passhygiene.cli;

import java.nio.file.Path;
import java.util.Map;

import org.passhygiene.store.CredentialStore;

import picocli.CommandLine.Option;

/**
 * {@code --store URL} and {@code --pepper FILE}: where the credential store and its pepper are. Commands that are
 * about the store default to a SQLite file in the user's data directory; {@code check} uses a store only when one is
 * named.
 */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "URL", defaultValue = "${env:PASSHYGIENE_STORE}",
            description = {"Credential store: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (env PASSHYGIENE_STORE;"
                + " prefer it for a URL with a database password, which arguments would show to other users).",
                "Default for store and rotation commands: $XDG_DATA_HOME/passhygiene/store.db"
                        + " (~/.local/share/passhygiene/store.db)."})
    String url;

    @Option(names = "--pepper", paramLabel = "FILE", defaultValue = "${env:PASSHYGIENE_PEPPER}",
            description = {"The store's secret pepper key file, created owner-only on first use: back it up apart"
                + " from the database (env PASSHYGIENE_PEPPER).",
                "Default: $XDG_CONFIG_HOME/passhygiene/pepper.key (~/.config/passhygiene/pepper.key)."})
    Path pepper;

    /** Whether a store was named (by option or environment). */
    boolean given() {
        return url != null && !url.isBlank();
    }

    /**
     * Opens the named store, or the default SQLite file when none is named.
     *
     * @throws org.passhygiene.store.StoreException (exit 4) if it cannot be opened
     */
    CredentialStore open() {
        Map<String, String> env = System.getenv();
        String home = System.getProperty("user.home");
        String jdbc = given() ? url.strip() : "jdbc:sqlite:" + defaultStoreFile(env, home);
        if (!jdbc.startsWith("jdbc:sqlite:") && !jdbc.startsWith("jdbc:postgresql:")) {
            throw new ExitCodes.UsageException("--store=" + redact(jdbc) + ": must be jdbc:sqlite:FILE or"
                    + " jdbc:postgresql://HOST/DB");
        }
        return CredentialStore.builder().url(jdbc).pepperFile(pepper != null ? pepper : defaultPepperFile(env, home))
                .open();
    }

    /** {@code $XDG_DATA_HOME/passhygiene/store.db}, else {@code ~/.local/share/passhygiene/store.db}. */
    static Path defaultStoreFile(Map<String, String> env, String home) {
        return base(env.get("XDG_DATA_HOME"), home, ".local/share").resolve("passhygiene").resolve("store.db");
    }

    /** {@code $XDG_CONFIG_HOME/passhygiene/pepper.key}, else {@code ~/.config/passhygiene/pepper.key}. */
    static Path defaultPepperFile(Map<String, String> env, String home) {
        return base(env.get("XDG_CONFIG_HOME"), home, ".config").resolve("passhygiene").resolve("pepper.key");
    }

    /** The XDG variable when set to an absolute path (as the spec says), else the fallback under home. */
    private static Path base(String xdg, String home, String fallback) {
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(home).resolve(fallback);
    }

    /** The URL without its query string, where a database password may be. */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
