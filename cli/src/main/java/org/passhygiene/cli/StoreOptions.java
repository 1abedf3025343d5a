package org.passhygiene.cli;

import java.nio.file.Path;
import java.util.Map;

import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.StoreNames;
import org.passhygiene.store.StoreUrl;

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
            description = {"The store's secret pepper key file, created owner-only with a new store (never for an"
                + " existing one): back it up apart from the database (env PASSHYGIENE_PEPPER).",
                "Default: $XDG_CONFIG_HOME/passhygiene/pepper.key (~/.config/passhygiene/pepper.key)."})
    Path pepper;

    /** Whether a store was named (by option or environment). */
    boolean given() {
        return url != null && !url.isBlank();
    }

    /**
     * Opens the named store, or the default SQLite file when none is named, for writing: creates it (owner-only)
     * or migrates it.
     *
     * @throws org.passhygiene.store.StoreException (exit 4) if it cannot be opened
     */
    CredentialStore open() {
        return builder().open();
    }

    /**
     * Opens an existing store for writing (never creates one): for commands that make no sense on a new store.
     *
     * @throws org.passhygiene.store.StoreException (exit 4) if it does not exist or cannot be opened
     */
    CredentialStore openExisting() {
        return builder().existing().open();
    }

    /**
     * Opens the store read-only, for commands that only read: never creates or migrates it, and works on a
     * read-only file.
     *
     * @throws org.passhygiene.store.StoreException (exit 4) if it does not exist or cannot be opened
     */
    CredentialStore openReadOnly() {
        return builder().readOnly().open();
    }

    private CredentialStore.Builder builder() {
        Map<String, String> env = System.getenv();
        String home = System.getProperty("user.home");
        String jdbc = given() ? url.strip() : "jdbc:sqlite:" + defaultStoreFile(env, home);
        if (!jdbc.startsWith("jdbc:sqlite:") && !jdbc.startsWith("jdbc:postgresql:")) {
            throw new ExitCodes.UsageException("--store=" + redact(jdbc) + ": must be jdbc:sqlite:FILE or"
                    + " jdbc:postgresql://HOST/DB");
        }
        return CredentialStore.builder().url(jdbc).pepperFile(pepper != null ? pepper : defaultPepperFile(env, home));
    }

    /**
     * The files the store is kept in (the SQLite file of a {@code jdbc:sqlite:} store, the pepper file): inputs no
     * output may replace.
     */
    java.util.List<Path> files() {
        Map<String, String> env = System.getenv();
        String home = System.getProperty("user.home");
        String jdbc = given() ? url.strip() : "jdbc:sqlite:" + defaultStoreFile(env, home);
        Path pepperFile = pepper != null ? pepper : defaultPepperFile(env, home);
        return jdbc.startsWith("jdbc:sqlite:") && !jdbc.contains("?")
                ? java.util.List.of(Path.of(jdbc.substring("jdbc:sqlite:".length())), pepperFile)
                : java.util.List.of(pepperFile);
    }

    /**
     * Checks a username and system name by the store's rules (before any password is asked for): a bad one is a
     * usage error (exit 2) naming the option and the problem.
     */
    static void requireNames(String user, String system) {
        try {
            if (user != null) {
                StoreNames.user(user);
            }
            if (system != null) {
                StoreNames.system(system);
            }
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException("--" + e.getMessage());
        }
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

    /** The URL with its credentials hidden, wherever they are: {@link StoreUrl#redact}. */
    static String redact(String url) {
        return StoreUrl.redact(url);
    }
}
