package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.CurrentCredential;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * {@code provision}, black-box: the output decrypts with the real gpg to exactly the rows given, each password passes
 * an independently built policy and is the one recorded (flagged must-change) in the store; no file in the output
 * directory ever holds plaintext, watched during the run and checked after; bad rows, refusals and failures leave
 * nothing half-done.
 */
class ProvisionCommandTest {

    static final String PASSPHRASE = "staple battery horse correct";

    static GpgKeyring gpg;

    @TempDir
    static Path keys;

    @TempDir
    Path dir;
    Path outDir;
    Path out;
    String url;
    Path pepper;

    @BeforeAll
    static void keyring() throws Exception {
        assumeTrue(GpgKeyring.installed(), "gpg is installed by .ci/run");
        gpg = GpgKeyring.create(keys.resolve("gnupg"));
    }

    @AfterAll
    static void stopAgent() throws IOException {
        if (gpg != null) {
            gpg.close();
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        outDir = Files.createDirectories(dir.resolve("handout"));
        out = outDir.resolve("new-staff.csv.gpg");
        url = "jdbc:sqlite:" + dir.resolve("data/store.db");
        pepper = dir.resolve("keys/pepper.key");
    }

    @AfterEach
    void restore() {
        ProvisionCommand.hook = (phase, temporaryFile) -> { };
        EncryptionOptions.environment = System::getenv;
        ProgressBar.terminal = () -> System.console() != null;
    }

    Path users(String text) throws IOException {
        return Files.writeString(dir.resolve("users.csv"), text, StandardCharsets.UTF_8);
    }

    CliRun provision(Path users, String... more) {
        List<String> args = new ArrayList<>(List.of("provision", users.toString(), "--system", "google", "--out",
                out.toString(), "--store", url, "--pepper", pepper.toString()));
        args.addAll(List.of(more));
        return CliRun.run("", args.toArray(String[]::new));
    }

    String encryptTo() {
        return gpg.publicKey().toString();
    }

    /** The decrypted CSV's records. */
    static List<List<String>> records(String csv) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(csv)) {
            r.forEach(rec -> rows.add(rec.getFields()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    CredentialStore store() {
        return CredentialStore.builder().url(url).pepperFile(pepper).open();
    }

    /** Every file of the output directory, as its bytes, into {@code seen} as often as it can while {@code run} runs. */
    static void watch(Path directory, Map<String, List<byte[]>> seen, Runnable run) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                try (Stream<Path> files = Files.list(directory)) {
                    for (Path f : files.toList()) {
                        try {
                            seen.computeIfAbsent(f.getFileName().toString(), k -> new ArrayList<>())
                                    .add(Files.readAllBytes(f));
                        } catch (NoSuchFileException e) {
                            // renamed or deleted while we looked
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        watcher.start();
        try {
            run.run();
        } finally {
            done.set(true);
            watcher.join();
        }
    }

    /** An OpenPGP message starts with a public-key (tag 1) or passphrase (tag 3) encrypted session key packet. */
    static void assertCiphertextOnly(String name, byte[] bytes, List<String> secrets) {
        if (bytes.length == 0) {
            return; // the temporary file just created, before anything was written
        }
        int tag = (bytes[0] & 0x40) != 0 ? bytes[0] & 0x3F : (bytes[0] & 0x3C) >> 2;
        assertThat(bytes[0] & 0x80).as("%s: an OpenPGP packet", name).isNotZero();
        assertThat(tag).as("%s: an encrypted session key packet", name).isIn(1, 3);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String s : secrets) {
            assertThat(text).as("%s holds no plaintext", name).doesNotContain(s);
        }
    }

    @Test
    void outputDecryptsWithGpgToExactlyTheRowsAndTheStoreHoldsThemMustChange() throws Exception {
        Path list = users("UserName,First Name,last_name,EMAIL,Roles\r\n"
                + "jsmith,Jane,Smith,jane.smith@school.example,office;teacher\r\n"
                + "bwayne,Bruce,Wayne,,\r\n"
                + "\"o'brien\",Siobhan,O'Brien,siobhan@school.example,slt\r\n");
        List<byte[]> atWrite = new ArrayList<>();
        Map<String, List<byte[]>> seen = new ConcurrentHashMap<>();
        ProvisionCommand.hook = (phase, temporary) -> {
            if (phase == ProvisionCommand.Phase.WRITTEN) {
                try (Stream<Path> files = Files.list(outDir)) {
                    assertThat(files.toList()).as("only the hidden temporary file").containsExactly(temporary);
                }
                assertThat(temporary.getFileName().toString()).startsWith(".new-staff.csv.gpg.").endsWith(".tmp");
                assertThat(Files.getPosixFilePermissions(temporary)).extracting(Object::toString)
                        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
                atWrite.add(Files.readAllBytes(temporary));
                // let the watcher look at the temporary file at least once, however loaded the machine
                for (int i = 0; i < 1000 && !seen.containsKey(temporary.getFileName().toString()); i++) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
            }
        };
        CliRun[] run = new CliRun[1];
        watch(outDir, seen, () -> run[0] = provision(list, "--encrypt-to", encryptTo()));
        CliRun r = run[0];
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Provisioned 3 account(s) on google: initial passwords (must change at first"
                + " sign-in) in " + out + "\n");
        assertThat(r.err()).startsWith("encrypting the password list to subkey ");

        String csv = gpg.decrypt(out, null);
        assertThat(csv).startsWith("username,password,email\r\n").endsWith("\r\n");
        List<List<String>> rows = records(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("username", "jsmith", "bwayne", "o'brien");
        assertThat(rows).extracting(row -> row.get(2)).containsExactly("email", "jane.smith@school.example", "",
                "siobhan@school.example");
        List<String> passwords = rows.subList(1, 4).stream().map(row -> row.get(1)).toList();
        assertThat(Set.copyOf(passwords)).as("unique").hasSize(3);

        PasswordPolicy independent = PasswordPolicy.preset("aup");
        Map<String, Account> accounts = new TreeMap<>(Map.of(
                "jsmith", Account.of("jsmith").withFullName("Jane Smith").withRoles(Set.of("office", "teacher")),
                "bwayne", Account.of("bwayne").withFullName("Bruce Wayne"),
                "o'brien", Account.of("o'brien").withFullName("Siobhan O'Brien").withRoles(Set.of("slt"))));
        try (CredentialStore store = store()) {
            for (int i = 1; i < rows.size(); i++) {
                String user = rows.get(i).get(0);
                char[] password = rows.get(i).get(1).toCharArray();
                Account account = accounts.get(user).withSystem("google");
                assertThat(independent.check(password, account).violations()).as(user).isEmpty();
                CurrentCredential row = store.currentCredential(user, "google").orElseThrow();
                assertThat(row.mustChange()).isTrue();
                assertThat(row.flagReason()).isEqualTo(ProvisionCommand.REASON);
                assertThat(row.roles()).isEqualTo(account.roles());
                assertThat(store.check(user, "google", password, 1).reusedFromHistory())
                        .as("the recorded fingerprint is of the password handed out").isTrue();
            }
        }

        List<String> secrets = new ArrayList<>(passwords);
        secrets.addAll(List.of("jsmith", "username,password"));
        assertThat(atWrite).hasSize(1);
        assertCiphertextOnly("the temporary file at the commit", atWrite.get(0), secrets);
        assertThat(seen).as("the watcher saw the temporary file").isNotEmpty();
        seen.forEach((name, snapshots) -> snapshots.forEach(b -> assertCiphertextOnly(name, b, secrets)));
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.toList()).containsExactly(out);
        }
        assertCiphertextOnly(out.toString(), Files.readAllBytes(out), secrets);
    }

    /** One drawing of the provision progress bar: a phase word, the bar, the percentage and rows done of the total. */
    static final Pattern PROGRESS = Pattern.compile("\r(generating|encrypting) \\[[# ]{30}] +\\d+%  (\\d)/3 rows\n?");

    @Test
    void onATerminalStderrShowsRowsDoneOfTheTotalPerPhaseAndNothingOfTheRows() throws Exception {
        ProgressBar.terminal = () -> true;
        Path list = users("username,first-name,last-name,email,roles\n"
                + "jsmith,Jane,Smith,jane.smith@school.example,office\n"
                + "bwayne,Bruce,Wayne,bruce.wayne@school.example,teacher\n"
                + "okafor,Chidi,Okafor,chidi.okafor@school.example,slt\n");
        CliRun r = provision(list, "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Provisioned 3 account(s) on google: initial passwords (must change at first"
                + " sign-in) in " + out + "\n");

        Matcher m = PROGRESS.matcher(r.err());
        List<String> drawn = new ArrayList<>();
        while (m.find()) {
            drawn.add(m.group(1) + " " + m.group(2));
        }
        assertThat(drawn).as(r.err()).startsWith("generating 0").endsWith("generating 3", "encrypting 0",
                "encrypting 3");
        assertThat(r.err()).as("the phases end their line").contains("3/3 rows\n\rencrypting [")
                .endsWith("] 100%  3/3 rows\n");
        assertThat(PROGRESS.matcher(r.err()).replaceAll("")).as("besides the bar, what a pipe gets")
                .startsWith("encrypting the password list to subkey ").hasLineCount(1).doesNotContain("\r");

        List<List<String>> rows = records(gpg.decrypt(out, null));
        assertThat(rows).hasSize(4);
        for (List<String> row : rows.subList(1, 4)) {
            assertThat(r.err()).doesNotContain(row.get(1)).doesNotContain(row.get(0)).doesNotContain(row.get(2));
        }
        assertThat(r.err()).doesNotContain("Jane").doesNotContain("Okafor").doesNotContain("teacher");
    }

    @Test
    void withoutATerminalStderrIsOnlyTheEncryptionLine() throws Exception {
        ProgressBar.terminal = () -> false;
        Path list = users("username,full-name\njsmith,Jane Smith\nbwayne,Bruce Wayne\nokafor,Chidi Okafor\n");
        CliRun r = provision(list, "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Provisioned 3 account(s) on google: initial passwords (must change at first"
                + " sign-in) in " + out + "\n");
        assertThat(r.err()).startsWith("encrypting the password list to subkey ").hasLineCount(1).endsWith("\n")
                .doesNotContain("\r").doesNotContain("rows");
    }

    @Test
    void rotationDueShowsThemMustChangeUntilANewPasswordIsRecorded() throws Exception {
        Path list = users("username,full-name\njsmith,Jane Smith\nbwayne,Bruce Wayne\n");
        CliRun r = provision(list, "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).as(r.err()).isZero();

        CliRun due = CliRun.run("", "rotation", "due", "--store", url, "--pepper", pepper.toString());
        assertThat(due.exitCode()).as(due.err()).isZero();
        assertThat(due.out().lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line)
                .containsPattern("^(jsmith|bwayne) on google: MUST_CHANGE, due \\d{4}-\\d\\d-\\d\\d \\(roles: none;"
                        + " set \\d{4}-\\d\\d-\\d\\d by passhygiene-provision:.*\\): " + ProvisionCommand.REASON + "$"));

        CliRun record = CliRun.run("Hb4!nW@x9Kd%\n", "store", "record", "--stdin", "--user", "jsmith", "--system",
                "google", "--store", url, "--pepper", pepper.toString());
        assertThat(record.exitCode()).as(record.out()).isZero();
        CliRun after = CliRun.run("", "rotation", "due", "--store", url, "--pepper", pepper.toString());
        assertThat(after.out().lines().toList()).singleElement().asString().startsWith("bwayne on google: MUST_CHANGE");
    }

    @Test
    void gamLayoutWithAPassphraseAndRowsWithoutEmail() throws Exception {
        EncryptionOptions.environment = name -> EncryptionOptions.PASSPHRASE_ENV.equals(name) ? PASSPHRASE : null;
        Path list = users("username,full-name,email\njsmith,Jane Smith,jane.smith@school.example\n"
                + "bwayne,Bruce Wayne,\n");
        CliRun refused = provision(list, "--layout", "gam", "--encrypt-passphrase");
        assertThat(refused.exitCode()).isEqualTo(5);
        assertThat(refused.err()).isEqualTo("passhygiene: " + list + ":3: no email address (the gam layout needs one)\n"
                + "passhygiene: 1 row(s) with problems: nothing provisioned (fix them, or provision the other rows"
                + " with --skip-bad-rows)\n");
        assertThat(refused.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(Path.of(url.substring("jdbc:sqlite:".length()))).as("the store is not even opened").doesNotExist();

        CliRun skipped = provision(list, "--layout", "gam", "--encrypt-passphrase", "--skip-bad-rows");
        assertThat(skipped.exitCode()).as(skipped.err()).isEqualTo(5);
        assertThat(skipped.err()).isEqualTo("passhygiene: " + list + ":3: no email address (the gam layout needs"
                + " one)\n");
        assertThat(skipped.out()).isEqualTo("Provisioned 1 account(s) on google: initial passwords (must change at"
                + " first sign-in) in " + out + "; 1 row(s) with problems skipped (listed above)\n");
        List<List<String>> rows = records(gpg.decrypt(out, PASSPHRASE));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("email", "password");
        assertThat(rows.get(1).get(0)).isEqualTo("jane.smith@school.example");
        try (CredentialStore store = store()) {
            assertThat(store.currentCredentials()).extracting(CurrentCredential::user).containsExactly("jsmith");
            assertThat(store.check("jsmith", "google", rows.get(1).get(1).toCharArray(), 1).reusedFromHistory())
                    .isTrue();
        }
    }

    @Test
    void aStaffExportWithAColumnMappingAndAnExistingOutputNeedsForce() throws Exception {
        Path list = users("Staff Code,Legal Forename,Legal Surname,Work Email\n"
                + "JSM,Jane,Smith,jane.smith@school.example\n");
        Files.writeString(out, "an older hand-out");
        String[] args = {"--columns", "username=Staff Code,first-name=Legal Forename,last-name=Legal Surname,"
            + "email=Work Email", "--encrypt-to", encryptTo()};
        CliRun exists = provision(list, args);
        assertThat(exists.exitCode()).isEqualTo(2);
        assertThat(exists.err()).isEqualTo("passhygiene: " + out + ": already exists\n");
        assertThat(Files.readString(out)).isEqualTo("an older hand-out");

        List<String> forced = new ArrayList<>(List.of(args));
        forced.add("--force");
        CliRun r = provision(list, forced.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<List<String>> rows = records(gpg.decrypt(out, null));
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("username", "JSM");
        assertThat(rows.get(1).get(2)).isEqualTo("jane.smith@school.example");
    }

    @Test
    void noEncryptionOptionIsRefusedBeforeAnythingIsRead() throws Exception {
        Path list = users("username,full-name\njsmith,Jane Smith\n");
        assertUsageErrorBeforeAnything(provision(list), "provision writes passwords: give --encrypt-to KEYFILE or"
                + " --encrypt-passphrase (there is no plaintext output)");
    }

    /** Exit 2 with exactly this one-line message, before the store or the output directory was touched. */
    void assertUsageErrorBeforeAnything(CliRun r, String message) {
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passhygiene: " + message + "\n");
        assertThat(outDir).isEmptyDirectory();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void badRowsAreListedWithFileAndLineAndNothingIsProvisioned() throws Exception {
        Path list = users("username,full-name,email\n"
                + "jsmith,Jane Smith,\n"
                + ",No Username,\n"
                + "bad\u001B[31muser,Escape Artist,\n"
                + "JSMITH,Jane Again,\n"
                + "mailer,Mail Er,not-an-address\n");
        CliRun r = provision(list, "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.err()).isEqualTo(String.join("\n",
                "passhygiene: " + list + ":2: username jsmith is also on line 5",
                "passhygiene: " + list + ":3: no username",
                "passhygiene: " + list + ":4: username: character 4 is U+001B (a control character), which is not"
                        + " allowed in a name",
                "passhygiene: " + list + ":5: username jsmith is also on line 2",
                "passhygiene: " + list + ":6: email: not an address of the form local@domain.example",
                "passhygiene: 5 row(s) with problems: nothing provisioned (fix them, or provision the other rows"
                        + " with --skip-bad-rows)", ""));
        assertThat(outDir).isEmptyDirectory();
    }

    /** Creates the store with a row the batch does not touch, then a trigger that fails one insert. */
    void storeWithFailingInsertFor(String user) throws Exception {
        assertThat(CliRun.run("Hb4!nW@x9Kd%\n", "store", "record", "--stdin", "--user", "other", "--system", "ad",
                "--store", url, "--pepper", pepper.toString()).exitCode()).isZero();
        sql("CREATE TRIGGER fail_insert BEFORE INSERT ON credential WHEN NEW.username = '" + user
                + "' BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
    }

    void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    List<String> credentialUsers() throws Exception {
        List<String> users = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT username FROM credential ORDER BY username")) {
            while (rs.next()) {
                users.add(rs.getString(1));
            }
        }
        return users;
    }

    @Test
    void aStoreFailureOnTheLastRowRecordsNothingAndWritesNothing() throws Exception {
        storeWithFailingInsertFor("zoe");
        Path list = users("username,full-name\nadam,Adam Ant\nzoe,Zoe Zed\n");
        CliRun r = provision(list, "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("passhygiene: nothing recorded, " + out + " not written:\n"
                + "passhygiene: credential store: jdbc:sqlite:").contains("simulated disk failure");
        assertThat(outDir).as("no output, no temporary file").isEmptyDirectory();
        assertThat(credentialUsers()).as("adam's row was rolled back with zoe's").containsExactly("other");
    }

    @Test
    void anOutputThatCannotBePutInPlaceAfterTheCommitIsUndone() throws Exception {
        Path list = users("username,full-name\nadam,Adam Ant\nzoe,Zoe Zed\n");
        ProvisionCommand.hook = (phase, temporary) -> {
            if (phase == ProvisionCommand.Phase.COMMITTED) {
                Files.writeString(out, "someone else's file"); // the rename must not replace it
            }
        };
        CliRun r = provision(list, "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).endsWith("passhygiene: " + out + ": already exists: the initial passwords recorded were"
                + " removed again: nothing recorded, nothing written\n");
        assertThat(Files.readString(out)).isEqualTo("someone else's file");
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.toList()).as("no temporary file left").containsExactly(out);
        }
        assertThat(credentialUsers()).isEmpty();
    }

    @Test
    void whenTheUndoFailsTooTheRecordedUsersAreListedExactly() throws Exception {
        Path list = users("username,full-name\nadam,Adam Ant\nzoe,Zoe Zed\n");
        ProvisionCommand.hook = (phase, temporary) -> {
            if (phase == ProvisionCommand.Phase.COMMITTED) {
                Files.writeString(out, "someone else's file");
                try {
                    sql("CREATE TRIGGER fail_delete BEFORE DELETE ON credential BEGIN SELECT RAISE(ABORT,"
                            + " 'simulated failure'); END");
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        };
        CliRun r = provision(list, "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("passhygiene: " + out + ": already exists; and the store could not remove the 2"
                + " initial password(s) it had recorded (").endsWith("): recorded without a delivered password on"
                + " google: adam, zoe\n");
        assertThat(credentialUsers()).containsExactly("adam", "zoe");
    }

    @Test
    void passphrasesWithTheGeneratorOptionsEachAcceptedByAnIndependentPolicy() throws Exception {
        Path list = users("username,full-name\njsmith,Jane Smith\nbwayne,Bruce Wayne\nokafor,Chidi Okafor\n");
        CliRun r = provision(list, "--mode", "passphrase", "--words", "5", "--separator", ".", "--capitalise",
                "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<List<String>> rows = records(gpg.decrypt(out, null));
        assertThat(rows).hasSize(4);
        PasswordPolicy independent = PasswordPolicy.preset("aup");
        Map<String, String> names = Map.of("jsmith", "Jane Smith", "bwayne", "Bruce Wayne", "okafor", "Chidi Okafor");
        try (CredentialStore store = store()) {
            for (List<String> row : rows.subList(1, 4)) {
                String password = row.get(1);
                assertThat(password.split("\\.")).as("five capitalised words, one with aup's digit").hasSize(5)
                        .allMatch(word -> word.matches("[A-Z][a-z]+[2-9]?"));
                assertThat(password.replaceAll("[^2-9]", "")).hasSize(1);
                Account account = Account.of(row.get(0)).withFullName(names.get(row.get(0))).withSystem("google");
                assertThat(independent.check(password.toCharArray(), account).violations()).as(row.get(0)).isEmpty();
                assertThat(store.check(row.get(0), "google", password.toCharArray(), 1).reusedFromHistory()).isTrue();
            }
        }
    }

    @Test
    void generatorOptionsOfTheOtherModeAreAUsageErrorBeforeAnythingIsRead() throws Exception {
        Path list = users("username,full-name\njsmith,Jane Smith\n");
        assertUsageErrorBeforeAnything(provision(list, "--mode", "passphrase", "--length", "20", "--encrypt-to",
                encryptTo()), "--length applies to --mode random; --words, --separator and --capitalise to --mode"
                + " passphrase");
    }

    @Test
    void aPolicyUnderWhichNoPasswordCanBeGeneratedRecordsNothingAndWritesNothing() throws Exception {
        Path policy = Files.writeString(dir.resolve("substring.yaml"), "extends: aup\ndictionary-match: substring\n");
        Path list = users("username,full-name\njsmith,Jane Smith\nbwayne,Bruce Wayne\n");
        CliRun r = provision(list, "--policy", policy.toString(), "--mode", "passphrase", "--encrypt-to",
                encryptTo());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).endsWith("passhygiene: cannot generate: passphrase mode cannot meet"
                + " dictionary-match=substring: 7655 of the 7772 EFF words contain a dictionary word, leaving 117"
                + " (fewer than 1024): set dictionary-match to guessable or whole, or use random mode\n");
        assertThat(r.out()).isEmpty();
        assertThat(outDir).as("no output, no temporary file").isEmptyDirectory();
        assertNoStoreCreated();
    }

    /** A run that fails before provisioning leaves no store file and no pepper file behind. */
    void assertNoStoreCreated() {
        assertThat(dir.resolve("data/store.db")).as("no store created").doesNotExist();
        assertThat(pepper).as("no pepper created").doesNotExist();
    }

    @Test
    void randomOptionsThePolicyMakesImpossibleCreateNoStore() throws Exception {
        Path list = users("username,full-name\njsmith,Jane Smith\n");
        CliRun r = provision(list, "--length", "4", "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("passhygiene: cannot generate: length=4 is outside the policy's min-length=");
        assertThat(r.out()).isEmpty();
        assertThat(outDir).isEmptyDirectory();
        assertNoStoreCreated();
    }

    @Test
    void anInvalidPolicyFileCreatesNoStore() throws Exception {
        Path policy = Files.writeString(dir.resolve("bad.yaml"), "min-length: many\n");
        Path list = users("username,full-name\njsmith,Jane Smith\n");
        CliRun r = provision(list, "--policy", policy.toString(), "--encrypt-to", encryptTo());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(outDir).isEmptyDirectory();
        assertNoStoreCreated();
    }

    /** Records a password for jsmith on google and one for bwayne on ad (another system: no conflict). */
    void existingPasswords() {
        for (String[] who : new String[][] {{"jsmith", "google"}, {"bwayne", "ad"}}) {
            CliRun record = CliRun.run("Hb4!nW@x9Kd%\n", "store", "record", "--stdin", "--user", who[0], "--system",
                    who[1], "--store", url, "--pepper", pepper.toString());
            assertThat(record.exitCode()).as(record.err()).isZero();
        }
    }

    @Test
    void someoneWithAPasswordOnTheSystemIsAProblemRowUnlessReplace() throws Exception {
        existingPasswords();
        Path list = users("username,full-name\nJSmith,Jane Smith\nbwayne,Bruce Wayne\n");
        String expected = "passhygiene: " + list + ":2: JSmith already has a password recorded on google (set "
                + java.time.LocalDate.now() + "); use --replace to issue a new initial password\n";

        CliRun refused = provision(list, "--encrypt-to", encryptTo());
        assertThat(refused.exitCode()).isEqualTo(5);
        assertThat(refused.err()).endsWith(expected + "passhygiene: 1 row(s) with problems: nothing provisioned (fix"
                + " them, or provision the other rows with --skip-bad-rows)\n");
        assertThat(outDir).isEmptyDirectory();
        try (CredentialStore store = store()) {
            assertThat(store.currentCredential("jsmith", "google").orElseThrow().mustChange()).isFalse();
            assertThat(store.currentCredential("bwayne", "google")).isEmpty();
        }

        CliRun skipped = provision(list, "--encrypt-to", encryptTo(), "--skip-bad-rows");
        assertThat(skipped.exitCode()).isEqualTo(5);
        assertThat(skipped.err()).endsWith(expected);
        assertThat(records(gpg.decrypt(out, null))).extracting(row -> row.get(0)).containsExactly("username",
                "bwayne");
        try (CredentialStore store = store()) {
            assertThat(store.currentCredential("jsmith", "google").orElseThrow().mustChange()).isFalse();
            assertThat(store.currentCredential("bwayne", "google").orElseThrow().mustChange()).isTrue();
        }
    }

    @Test
    void replaceIssuesANewInitialPasswordFlaggedMustChange() throws Exception {
        existingPasswords();
        Path list = users("username,full-name\njsmith,Jane Smith\nbwayne,Bruce Wayne\n");
        CliRun r = provision(list, "--encrypt-to", encryptTo(), "--replace");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<List<String>> rows = records(gpg.decrypt(out, null));
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("username", "jsmith", "bwayne");
        try (CredentialStore store = store()) {
            CurrentCredential jsmith = store.currentCredential("jsmith", "google").orElseThrow();
            assertThat(jsmith.mustChange()).isTrue();
            assertThat(store.check("jsmith", "google", rows.get(1).get(1).toCharArray(), 1).reusedFromHistory())
                    .as("the new password is the current one").isTrue();
        }
    }

    @Test
    void helpNamesTheOutputNotAReport() {
        CliRun r = CliRun.run("", "provision", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Encrypt the output (OpenPGP) to this public key file",
                "Encrypt the output (OpenPGP, AES-256", "--mode=MODE", "--words=N", "--replace")
                .doesNotContain("the report");
    }

    @Test
    void aSecretKeyOrAnExpiredCertificateIsRefusedBeforeTheStoreIsOpened() throws Exception {
        Path list = users("username,full-name\njsmith,Jane Smith\n");
        Path secret = gpg.exportSecretKey(dir.resolve("it-office-secret.asc"));
        CliRun r = provision(list, "--encrypt-to", secret.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("passhygiene: " + secret + ": is a secret key (gpg --export-secret-keys), which"
                + " must stay with whoever decrypts: give the public key, gpg --armor --export FINGERPRINT\n");
        String expired = AuditEncryptionTest.key("expired.asc");
        CliRun old = provision(list, "--encrypt-to", expired);
        assertThat(old.exitCode()).isEqualTo(4);
        assertThat(old.err()).startsWith("passhygiene: " + expired + ": certificate ")
                .endsWith(" expired on 2020-12-31 00:00:00 UTC\n");
        assertThat(outDir).isEmptyDirectory();
        assertThat(dir.resolve("data")).as("the store is not even opened").doesNotExist();
    }

    @Test
    void theOutputIsNeverTheStaffListNorALinkNorAFifo() throws Exception {
        Path list = users("username,full-name\njsmith,Jane Smith\n");
        String before = Files.readString(list);
        Path link = Files.createSymbolicLink(outDir.resolve("link.csv.gpg"), list);
        Path fifo = outDir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        for (Path target : List.of(list, link, fifo)) {
            List<String> args = new ArrayList<>(List.of("provision", list.toString(), "--system", "google", "--out",
                    target.toString(), "--force", "--store", url, "--pepper", pepper.toString(), "--encrypt-to",
                    encryptTo()));
            CliRun r = CliRun.run("", args.toArray(String[]::new));
            assertThat(r.exitCode()).as(target.toString()).isEqualTo(2);
            assertThat(r.err()).startsWith("passhygiene: " + target + ": ");
        }
        assertThat(Files.readString(list)).isEqualTo(before);
        assertThat(dir.resolve("data")).doesNotExist();
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.toList()).containsExactlyInAnyOrder(link, fifo);
        }
    }

    @Test
    void excelUnicodeTextAndSemicolonCsvAreRead() throws Exception {
        EncryptionOptions.environment = name -> EncryptionOptions.PASSPHRASE_ENV.equals(name) ? PASSPHRASE : null;
        Path unicodeText = dir.resolve("unicode.txt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("Username\tFirst Name\tLast Name\tRoles\r\nzo\u00eb\tZo\u00eb\tBront\u00eb\toffice;slt\r\n"
                .getBytes(StandardCharsets.UTF_16LE));
        Files.write(unicodeText, bytes.toByteArray());
        CliRun r = provision(unicodeText, "--encrypt-passphrase");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(records(gpg.decrypt(out, PASSPHRASE)).get(1).get(0)).isEqualTo("zo\u00eb");

        Path semicolons = Files.writeString(dir.resolve("semicolons.csv"), "\uFEFFusername;full-name;roles\r\n"
                + "bwayne;Bruce Wayne;\"office;teacher\"\r\n", StandardCharsets.UTF_8);
        CliRun s = provision(semicolons, "--encrypt-passphrase", "--force");
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(records(gpg.decrypt(out, PASSPHRASE)).get(1).get(0)).isEqualTo("bwayne");
        try (CredentialStore store = store()) {
            assertThat(store.currentCredential("zo\u00eb", "google").orElseThrow().roles())
                    .containsExactlyInAnyOrder("office", "slt");
            assertThat(store.currentCredential("bwayne", "google").orElseThrow().roles())
                    .containsExactlyInAnyOrder("office", "teacher");
        }
    }
}
