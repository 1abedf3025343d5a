package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #9, the store's part: credentials in store URLs never printed, names with control characters refused,
 * store files owner-only, read-only commands never create a store, a missing pepper is an error.
 */
class StoreHardeningTest {

    static final String A = StoreCommandTest.A;

    @TempDir
    Path dir;
    String url;
    String pepper;

    @BeforeEach
    void setUp() {
        url = "jdbc:sqlite:" + dir.resolve("data/store.db");
        pepper = dir.resolve("keys/pepper.key").toString();
    }

    CliRun record(String password, String user, String system) {
        return CliRun.run(password + "\n", "store", "record", "--stdin", "--user", user, "--system", system,
                "--store", url, "--pepper", pepper);
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    List<String> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    // Item 7: credentials in JDBC URLs, in every position, in messages and --verbose traces.
    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:postgresql://admin:SECRET@127.0.0.1:1/db",
        "jdbc:postgresql://admin:SECRET@127.0.0.1:1/db?currentSchema=x",
        "jdbc:postgresql://127.0.0.1:1/db?user=admin&password=SECRET",
        "jdbc:postgresql://127.0.0.1:1/db?PassWord=SECRET&ssl=false",
        "jdbc:postgresql://127.0.0.1:1/db?sslpassword=SECRET",
        "jdbc:postgresql://127.0.0.1:1/db?sslkey=SECRET",
        "jdbc:postgresql://127.0.0.1:1/db;password=SECRET",
        "jdbc:postgresql://127.0.0.1:1/db?pwd=SECRET",
        "jdbc:postgresql://admin:SEC%52ET@127.0.0.1:1/db",
    })
    void aStorePasswordIsNeverPrintedWhereverItIsInTheUrl(String storeUrl) {
        for (String[] args : List.of(
                new String[] {"check", "--stdin", "--user", "jsmith", "--system", "ad", "--store", storeUrl,
                    "--pepper", pepper},
                new String[] {"--verbose", "rotation", "due", "--store", storeUrl, "--pepper", pepper},
                new String[] {"--verbose", "store", "record", "--stdin", "--user", "jsmith", "--system", "ad",
                    "--store", storeUrl, "--pepper", pepper},
                new String[] {"store", "mark-compromised", "--user", "jsmith", "--reason", "x", "--store", storeUrl,
                    "--pepper", pepper})) {
            CliRun r = CliRun.run(A + "\n", args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(4);
            assertThat(r.err()).startsWith("passhygiene: credential store: ").contains("***")
                    .doesNotContain("SECRET", "SECRET".toLowerCase());
            assertThat(r.out()).doesNotContain("SECRET");
        }
    }

    @Test
    void aWrongSchemeIsAUsageErrorWithTheUrlRedacted() {
        CliRun r = CliRun.run("", "rotation", "due", "--store", "jdbc:mysql://root:SECRET@db/x;password=SECRET");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passhygiene: --store=jdbc:mysql://root:***@db/x;password=***: must be"
                + " jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB\n");
    }

    // Items 9 and 10: names.
    @ParameterizedTest
    @ValueSource(strings = {"j\nsmith", "jsmith\r", "\u001b[31mjsmith", "js\u0000mith", "js\u007fmith",
        "js\u0085mith", "js\u009bmith", "js\u2028mith", "js\u2029mith", "js\u202emith", "js\u2066mith",
        "js\u200fmith", "js\u200bmith"})
    void controlAndInvisibleCharactersInNamesAreUsageErrors(String name) throws IOException {
        CliRun user = record(A, name, "ad");
        assertThat(user.exitCode()).isEqualTo(2);
        assertThat(user.err()).startsWith("passhygiene: --user: character ")
                .endsWith(", which is not allowed in a name\n");
        assertThat(user.err().lines()).hasSize(1);
        CliRun system = record(A, "jsmith", name);
        assertThat(system.exitCode()).isEqualTo(2);
        assertThat(system.err()).startsWith("passhygiene: --system: character ");
        CliRun check = CliRun.run(A + "\n", "check", "--stdin", "--user", name, "--system", "ad", "--store", url,
                "--pepper", pepper);
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(filesUnder(dir)).containsExactly("");
    }

    @Test
    void emptyAndOverLongNamesAreUsageErrors() throws IOException {
        CliRun empty = record(A, "", "ad");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("passhygiene: --user: empty name\n");
        CliRun blank = record(A, "jsmith", "  ");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).isEqualTo("passhygiene: --system: empty name\n");
        CliRun longUser = record(A, "u".repeat(257), "ad");
        assertThat(longUser.exitCode()).isEqualTo(2);
        assertThat(longUser.err()).isEqualTo("passhygiene: --user: name too long: 257 characters, at most 256\n");
        CliRun longSystem = record(A, "jsmith", "s".repeat(129));
        assertThat(longSystem.exitCode()).isEqualTo(2);
        assertThat(longSystem.err()).isEqualTo("passhygiene: --system: name too long: 129 characters, at most"
                + " 128\n");
        CliRun mark = CliRun.run("", "store", "mark-compromised", "--user", "", "--reason", "x", "--store", url,
                "--pepper", pepper);
        assertThat(mark.exitCode()).isEqualTo(2);
        assertThat(filesUnder(dir)).containsExactly("");
        assertThat(record(A, "u".repeat(256), "s".repeat(128)).exitCode()).isZero();
    }

    // Item 11: modes, read-only commands, missing pepper.
    @Test
    void storeFilesAndDirectoriesAreCreatedOwnerOnly() throws IOException {
        assertThat(record(A, "jsmith", "ad").exitCode()).isZero();
        assertThat(mode(dir.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("data/store.db"))).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("keys"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("keys/pepper.key"))).isEqualTo("rw-------");
        for (String f : filesUnder(dir.resolve("data"))) {
            if (!f.isEmpty()) {
                assertThat(mode(dir.resolve("data").resolve(f))).as(f).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void readOnlyCommandsOnAMissingStoreFailAndCreateNothing() throws IOException {
        String missing = "jdbc:sqlite:" + dir.resolve("nonexistent/dir/x.db");
        CliRun check = CliRun.run(A + "\n", "check", "--stdin", "--user", "jsmith", "--system", "ad", "--store",
                missing, "--pepper", pepper);
        assertThat(check.exitCode()).isEqualTo(4);
        assertThat(check.err()).isEqualTo("passhygiene: credential store: no credential store at " + missing
                + ": record a password first with store record\n");
        assertThat(check.out()).isEmpty();
        CliRun due = CliRun.run("", "rotation", "due", "--store", missing, "--pepper", pepper);
        assertThat(due.exitCode()).isEqualTo(4);
        assertThat(due.err()).isEqualTo(check.err());
        assertThat(filesUnder(dir)).containsExactly("");
    }

    // Review item 5: a failing store command leaves no store; read-only commands leave no -wal/-shm.
    @Test
    void aRefusedPepperFailsBeforeANewStoreIsCreated() throws IOException {
        CliRun r = CliRun.run(A + "\n", "store", "record", "--stdin", "--user", "jsmith", "--system", "ad",
                "--store", url, "--pepper", "/dev/null");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).startsWith("passhygiene: credential store: pepper file /dev/null: ");
        assertThat(filesUnder(dir)).containsExactly("");
        Path bad = dir.resolve("bad.key");
        Files.writeString(bad, "not a key\n");
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("rw-------"));
        CliRun damaged = CliRun.run(A + "\n", "store", "record", "--stdin", "--user", "jsmith", "--system", "ad",
                "--store", url, "--pepper", bad.toString());
        assertThat(damaged.exitCode()).isEqualTo(4);
        assertThat(damaged.err()).startsWith("passhygiene: credential store: pepper file " + bad + ":1: must be");
        assertThat(filesUnder(dir)).containsExactly("", "bad.key");
    }

    @Test
    void rotatePepperOrMarkCompromisedOnAMissingStoreIsAnErrorAndCreatesNothing() throws IOException {
        for (String[] args : List.of(new String[] {"store", "rotate-pepper", "--store", url, "--pepper", pepper},
                new String[] {"store", "mark-compromised", "--user", "jsmith", "--reason", "x", "--store", url,
                    "--pepper", pepper})) {
            CliRun r = CliRun.run("", args);
            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.err()).isEqualTo("passhygiene: credential store: no credential store at " + url
                    + ": record a password first with store record\n");
            assertThat(filesUnder(dir)).containsExactly("");
        }
    }

    @Test
    void readOnlyCommandsLeaveNoWalOrShmBesideTheStore() throws IOException {
        assertThat(record(A, "jsmith", "google").exitCode()).isZero();
        assertThat(filesUnder(dir.resolve("data"))).containsExactly("", "store.db");
        byte[] before = Files.readAllBytes(dir.resolve("data/store.db"));
        CliRun check = CliRun.run(A + "\n", "check", "--stdin", "--user", "jsmith", "--system", "ad", "--store", url,
                "--pepper", pepper);
        assertThat(check.out()).contains("REUSED_ACROSS_SYSTEMS");
        CliRun due = CliRun.run("", "rotation", "due", "--as-of", "2024-01-01", "--store", url, "--pepper", pepper);
        assertThat(due.exitCode()).as(due.err()).isZero();
        assertThat(filesUnder(dir.resolve("data"))).containsExactly("", "store.db");
        assertThat(Files.readAllBytes(dir.resolve("data/store.db"))).isEqualTo(before);
    }

    @Test
    void aReadOnlyStoreServesReadOnlyCommands() throws IOException {
        assertThat(record(A, "jsmith", "google").exitCode()).isZero();
        Path db = dir.resolve("data/store.db");
        byte[] before = Files.readAllBytes(db);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        CliRun check = CliRun.run(A + "\n", "check", "--stdin", "--user", "jsmith", "--system", "ad", "--store", url,
                "--pepper", pepper);
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("REUSED_ACROSS_SYSTEMS");
        CliRun due = CliRun.run("", "rotation", "due", "--as-of", "2024-01-01", "--store", url, "--pepper", pepper);
        assertThat(due.exitCode()).as(due.err()).isZero();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aMissingPepperForAnExistingStoreIsAnErrorNotANewKey() throws IOException {
        assertThat(record(A, "jsmith", "google").exitCode()).isZero();
        Path other = dir.resolve("keys/typo.key");
        CliRun check = CliRun.run(A + "\n", "check", "--stdin", "--user", "jsmith", "--system", "ad", "--store", url,
                "--pepper", other.toString());
        assertThat(check.exitCode()).isEqualTo(4);
        assertThat(check.err()).isEqualTo("passhygiene: credential store: pepper file " + other + " does not exist,"
                + " but the store " + url + " was fingerprinted with pepper key [1]: give its pepper file (--pepper"
                + " or PASSHYGIENE_PEPPER); a new pepper would match none of its history\n");
        CliRun rec = CliRun.run(StoreCommandTest.B + "\n", "store", "record", "--stdin", "--user", "jsmith",
                "--system", "ad", "--store", url, "--pepper", other.toString());
        assertThat(rec.exitCode()).isEqualTo(4);
        assertThat(rec.err()).isEqualTo(check.err());
        assertThat(other).doesNotExist();
    }

    // Item 12: pepper rotation from the command line.
    @Test
    void rotatePepperAddsAKeyAndOldPasswordsStillCount() throws IOException {
        assertThat(record(A, "jsmith", "google").exitCode()).isZero();
        CliRun rotate = CliRun.run("", "store", "rotate-pepper", "--store", url, "--pepper", pepper);
        assertThat(rotate.exitCode()).isZero();
        assertThat(rotate.out()).isEqualTo("Added pepper key 2; new passwords are fingerprinted with it."
                + " Fingerprints by key: key 1: 1, key 2: 0. Copy the pepper file to every host that uses this"
                + " store.\n");
        assertThat(mode(Path.of(pepper))).isEqualTo("rw-------");
        assertThat(filesUnder(dir.resolve("keys"))).containsExactly("", "pepper.key");
        CliRun reuse = record(A, "jsmith", "ad");
        assertThat(reuse.exitCode()).isEqualTo(1);
        assertThat(reuse.out()).contains("REUSED_ACROSS_SYSTEMS");
        assertThat(record(StoreCommandTest.B, "jsmith", "ad").exitCode()).isZero();
        CliRun again = CliRun.run("", "store", "rotate-pepper", "--store", url, "--pepper", pepper);
        assertThat(again.out()).startsWith("Added pepper key 3;").contains("key 1: 1, key 2: 1, key 3: 0");
    }

    // Review item 2: a symlinked pepper path is read through but never replaced by the rotation.
    @Test
    void rotatePepperRefusesASymlinkedPepperPathAndTouchesNothing() throws IOException {
        assertThat(record(A, "jsmith", "google").exitCode()).isZero();
        Path real = Path.of(pepper);
        Path link = real.resolveSibling("link.key");
        Files.createSymbolicLink(link, real.getFileName());
        byte[] before = Files.readAllBytes(real);
        CliRun rotate = CliRun.run("", "store", "rotate-pepper", "--store", url, "--pepper", link.toString());
        assertThat(rotate.exitCode()).isEqualTo(4);
        assertThat(rotate.err()).isEqualTo("passhygiene: credential store: pepper file " + link + ": is a symbolic link to a regular"
                + " file; links are neither followed nor replaced: give the path of a regular file\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(before);
        assertThat(filesUnder(dir.resolve("keys"))).containsExactly("", "link.key", "pepper.key");
        // The store did not register a key 2 either: rotating through the real path gives key 2.
        CliRun real2 = CliRun.run("", "store", "rotate-pepper", "--store", url, "--pepper", pepper);
        assertThat(real2.out()).startsWith("Added pepper key 2;");
        // Reading through the link still works: it now holds both keys.
        assertThat(CliRun.run(A + "\n", "check", "--stdin", "--user", "jsmith", "--system", "ad", "--store", url,
                "--pepper", link.toString()).out()).contains("REUSED_ACROSS_SYSTEMS");
    }

    @Test
    void noStorePasswordOrUserPasswordInAnyOutput() {
        List<String> outputs = new ArrayList<>();
        for (CliRun r : List.of(record(A, "jsmith", "google"),
                CliRun.run("", "store", "rotate-pepper", "--store", url, "--pepper", pepper),
                CliRun.run("", "store", "migrate", "--store", url, "--pepper", pepper))) {
            assertThat(r.exitCode()).as(r.err()).isZero();
            outputs.add(r.out() + r.err());
        }
        assertThat(outputs).noneMatch(o -> o.contains(A));
    }
}
