package org.passhygiene.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.audit.SkipCause;
import org.passhygiene.audit.SkippedRow;
import org.passhygiene.audit.StaffList;
import org.passhygiene.crypto.OpenPgpEncryptor;
import org.passhygiene.generator.GeneratedPassword;
import org.passhygiene.generator.Generator;
import org.passhygiene.generator.GeneratorOptions;
import org.passhygiene.input.IoReason;
import org.passhygiene.output.OutputPathException;
import org.passhygiene.output.OutputTarget;
import org.passhygiene.output.TerminalText;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.CurrentCredential;
import org.passhygiene.store.InitialPasswords;
import org.passhygiene.store.StoreNames;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code passhygiene provision USERS.csv --system S --out FILE --encrypt-to KEY}: an initial password for each person
 * of a staff list ({@link StaffList}), recorded in the credential store flagged must-change, handed out in an
 * OpenPGP-encrypted CSV. There is no plaintext output.
 *
 * <h2>Rows with problems: all or nothing by default</h2>
 * Every row with a problem is listed on stderr as {@code file:line: why}. By default one such row stops the run
 * before anything is generated (exit 5): the technician fixes the list and runs the same file again, and no one gets
 * a password twice. {@code --skip-bad-rows} provisions the valid rows and still exits 5, so the bad ones are not
 * forgotten; the fixed rows are then provisioned in a file of their own.
 * A person who already has a current password on the system is such a row unless {@code --replace}: provisioning
 * must not silently replace a password someone may be using.
 *
 * <h2>Atomicity</h2>
 * <ol>
 * <li>Every password is generated in memory ({@code char[]}; {@link InitialPasswordRows}) and fingerprinted into an
 * {@link InitialPasswords} batch; nothing is written yet.</li>
 * <li>{@link OutputTarget#writeFile} creates a hidden owner-only temporary file beside {@code --out}; the CSV is
 * streamed through the {@link OpenPgpEncryptor} into it, so only ciphertext reaches the disk, and it is forced to
 * disk. The passwords are cleared.</li>
 * <li>The batch is committed: every row, flagged must-change, in one transaction. If that fails, the temporary file
 * is deleted: nothing recorded, nothing written.</li>
 * <li>The temporary file is renamed to {@code --out}. If that fails (the path changed meanwhile, the disk failed), the
 * committed rows are deleted again ({@link InitialPasswords#undo()}); if even that fails, the users whose rows stand
 * without a delivered password are listed on stderr, exactly.</li>
 * </ol>
 * So an interrupted run leaves no partial output and no recorded fingerprint whose password is not in the output
 * (a kill between the commit and the rename, the one window, leaves the committed rows with a complete encrypted
 * temporary file {@code .FILE.*.tmp} beside {@code --out} that holds their passwords).
 */
@Command(name = "provision", mixinStandardHelpOptions = true,
        description = {"Generates an initial password for each person of a staff list (a CSV: username, full-name or"
            + " first-name and last-name, optional email and roles separated by ';'; other layouts with --columns),"
            + " each passing the whole policy and unique, records them in the credential store flagged must-change"
            + " (rotation due lists them as MUST_CHANGE until a new password is recorded) and writes them to an"
            + " OpenPGP-encrypted CSV: username,password[,email], or email,password with --layout gam. There is no"
            + " plaintext output.",
            "Rows with problems are listed as file:line: why (also a person who already has a password recorded on"
                + " the system, unless --replace); by default nothing is provisioned then (exit 5);"
                + " --skip-bad-rows provisions the others (still exit 5). Exit 4 if the store or the output fails:"
                + " nothing is recorded unless its password is in the output."})
final class ProvisionCommand extends LeafCommand {

    /** The must-change flag's reason, shown by {@code rotation due}. */
    static final String REASON = "initial password from provisioning: change at first sign-in";

    /**
     * The progress phases on a terminal ({@link ProgressBar}): passwords generated and fingerprinted, then the rows
     * written through the encryptor; counted in rows.
     */
    static final String GENERATING = "generating";
    static final String ENCRYPTING = "encrypting";
    static final String ROWS = "rows";

    /** The two moments a test may look at the run (the directory, the store): see {@link #hook}. */
    enum Phase {
        /** The encrypted temporary file is written and forced to disk; nothing is recorded yet. */
        WRITTEN,
        /** The batch is committed; the temporary file is not yet renamed. */
        COMMITTED
    }

    /** Test hook: called with each {@link Phase} and the temporary file. */
    interface Hook {
        void at(Phase phase, Path temporaryFile) throws IOException;
    }

    static Hook hook = (phase, temporaryFile) -> { };

    @Parameters(paramLabel = "USERS.csv", description = "The staff list (CSV).")
    private Path users;

    @Option(names = "--system", required = true, paramLabel = "NAME",
            description = "The system the passwords are for, e.g. google, ad (1 to 128 characters).")
    private String system;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The encrypted CSV to write (a new file; replaced atomically with --force).")
    private Path out;

    @Option(names = "--force", description = "Replace --out if it exists.")
    private boolean force;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "standard",
            description = "standard (default): username,password[,email]; gam: email,password (a row without email"
                    + " is a problem).")
    private InitialPasswordRows.Layout layout;

    @Option(names = "--columns", paramLabel = "MAPPING", converter = OptionConverters.StaffColumns.class,
            description = "Column mapping for another layout, e.g. username=Login,first-name=Forename,"
                    + "last-name=Surname,email=Work Email. Keys: username, full-name, first-name, last-name, email,"
                    + " roles.")
    private StaffList.Columns columns;

    @Option(names = "--org", paramLabel = "NAME", description = "Organisation name (a context word no password may"
            + " contain).")
    private String organisation;

    @Option(names = "--set-by", paramLabel = "TEXT",
            description = "Who or what set them (default: passhygiene-provision:<your login name>).")
    private String setBy;

    @Option(names = "--skip-bad-rows", description = "Provision the valid rows even if others have problems (exit 5).")
    private boolean skipBadRows;

    @Option(names = "--replace", description = "Also provision people who already have a password recorded on the"
            + " system: each gets a new initial password (otherwise such a row is a problem).")
    private boolean replace;

    @Mixin
    private GeneratorOptionsMixin generatorOptions;

    @Mixin
    private PolicyOptionsMixin policyOptions;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private EncryptionOptions encryption;

    @Override
    public Integer call() throws IOException {
        StoreOptions.requireNames(null, system);
        if (!encryption.requested()) {
            throw new ExitCodes.UsageException("provision writes passwords: give --encrypt-to KEYFILE or"
                    + " --encrypt-passphrase (there is no plaintext output)");
        }
        GeneratorOptions options = generatorOptions.options();
        OutputTarget target = OutputTarget.builder(out).overwrite(force).inputs(storeOptions.files()).input(users)
                .input(policyOptions.file()).input(encryption.keyFile()).open();
        // A bad policy, or options it makes impossible, fail here (exit 3): before the store is opened (or created).
        PolicySettings settings = policyOptions.settings();
        Generator.forSettings(settings).entropyBits(options);
        PrintWriter err = err();
        StaffList.Contents list = StaffList.read(users, columns, layout == InitialPasswordRows.Layout.gam);
        list.notes().forEach(n -> err.println("passhygiene: " + TerminalText.escape(n)));
        if (!list.problems().isEmpty() && !skipBadRows || list.people().isEmpty()) {
            return refuse(list.problems(), err);
        }
        try (OpenPgpEncryptor encryptor = encryption.encryptor(err, "the password list"); CredentialStore store = storeOptions.open();
             PasswordPolicy policy = PasswordPolicy.builder(settings).credentialStore(store).build()) {
            List<SkippedRow> problems = new ArrayList<>(list.problems());
            List<StaffList.Person> people = replace ? list.people() : withoutCurrentPassword(list, store, problems);
            problems.sort(Comparator.comparingLong(SkippedRow::line));
            if (!problems.isEmpty() && !skipBadRows || people.isEmpty()) {
                return refuse(problems, err);
            }
            problems.forEach(problem -> err.println("passhygiene: " + TerminalText.escape(problem.toString())));
            err.flush();
            InitialPasswordRows rows = new InitialPasswordRows(layout,
                    people.stream().anyMatch(p -> !p.email().isEmpty()));
            ProgressBar progress = ProgressBar.onTerminal(err);
            try {
                InitialPasswords batch = store.initialPasswords(system, setBy != null ? setBy
                        : "passhygiene-provision:" + System.getProperty("user.name"), Instant.now(), REASON);
                generate(people, policy, options, batch, rows, progress);
                int count = rows.size();
                boolean[] committed = {false};
                try {
                    target.writeFile(temporary -> {
                        progress.show(ENCRYPTING, 0, count, ROWS, true);
                        writeEncrypted(temporary, encryptor, rows);
                        progress.show(ENCRYPTING, count, count, ROWS, true);
                        hook.at(Phase.WRITTEN, temporary);
                        batch.commit();
                        committed[0] = true;
                        hook.at(Phase.COMMITTED, temporary);
                        return null;
                    });
                } catch (IOException | RuntimeException e) {
                    progress.end();
                    if (committed[0]) {
                        return undo(batch, e, err);
                    }
                    err.println("passhygiene: nothing recorded, " + TerminalText.escape(out.toString())
                            + " not written:");
                    throw e;
                }
                PrintWriter stdout = out();
                stdout.println("Provisioned " + count + " account(s) on " + batch.system() + ": initial passwords"
                        + " (must change at first sign-in) in " + TerminalText.escape(out.toString())
                        + (problems.isEmpty() ? "" : "; " + problems.size() + " row(s) with problems"
                        + " skipped (listed above)"));
                stdout.flush();
                return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
            } finally {
                progress.end();
                rows.clear();
            }
        }
    }

    /** Lists the problems and says why nothing was provisioned: problems, or no one left (exit 5). */
    private int refuse(List<SkippedRow> problems, PrintWriter err) {
        problems.forEach(problem -> err.println("passhygiene: " + TerminalText.escape(problem.toString())));
        err.println("passhygiene: " + (problems.isEmpty() || skipBadRows ? "no one to provision" : problems.size()
                + " row(s) with problems: nothing provisioned (fix them, or provision the other rows with"
                + " --skip-bad-rows)"));
        err.flush();
        return ExitCodes.INCOMPLETE;
    }

    /**
     * The people of the list with no current password on the system; each other one becomes a problem: replacing a
     * password someone may be using needs {@code --replace}.
     */
    private List<StaffList.Person> withoutCurrentPassword(StaffList.Contents list, CredentialStore store,
                                                          List<SkippedRow> problems) {
        String stored = StoreNames.system(system);
        Map<String, CurrentCredential> current = new HashMap<>();
        for (CurrentCredential c : store.currentCredentials()) {
            if (c.system().equals(stored)) {
                current.put(c.user(), c);
            }
        }
        List<StaffList.Person> people = new ArrayList<>();
        for (StaffList.Person p : list.people()) {
            CurrentCredential c = current.get(StoreNames.user(p.username()));
            if (c == null) {
                people.add(p);
            } else {
                problems.add(new SkippedRow(users.toString(), p.line(), 1, SkipCause.BAD_VALUE, p.username()
                        + " already has a password recorded on " + stored + " (set "
                        + LocalDate.ofInstant(c.setAt(), ZoneId.systemDefault()) + "); use --replace to issue a new"
                        + " initial password"));
            }
        }
        return people;
    }

    /**
     * A password for each person (the whole policy, unique, spreadsheet-safe), fingerprinted into the batch; the
     * progress shows the count of rows done, nothing of the rows.
     */
    private void generate(List<StaffList.Person> people, PasswordPolicy policy, GeneratorOptions options,
                          InitialPasswords batch, InitialPasswordRows rows, ProgressBar progress) {
        int done = 0;
        progress.show(GENERATING, done, people.size(), ROWS, false);
        for (StaffList.Person p : people) {
            Account account = Account.of(p.username()).withFullName(p.fullName()).withSystem(system)
                    .withRoles(p.roles());
            Account context = organisation == null ? account : account.withOrganisation(organisation);
            char[] password = rows.add(p, () -> {
                try (GeneratedPassword g = policy.generate(context, options)) {
                    return g.password().clone();
                }
            });
            batch.add(p.username(), p.roles(), password);
            progress.show(GENERATING, ++done, people.size(), ROWS, false);
        }
    }

    /** Streams the CSV through the encryptor into {@code temporary} and forces it to disk; clears the passwords. */
    private static void writeEncrypted(Path temporary, OpenPgpEncryptor encryptor, InitialPasswordRows rows)
            throws IOException {
        try (OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             Writer csv = new OutputStreamWriter(encryptor.open(file), StandardCharsets.UTF_8)) {
            rows.write(csv);
        } finally {
            rows.clear();
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** After a commit whose output could not be put in place: deletes the rows again, or lists them. */
    private int undo(InitialPasswords batch, Exception cause, PrintWriter err) {
        String why = TerminalText.escape(cause instanceof OutputPathException ? cause.getMessage()
                : out + ": " + (cause instanceof IOException io ? IoReason.of(io) : cause.getMessage()));
        try {
            batch.undo();
            err.println("passhygiene: " + why + ": the initial passwords recorded were removed again: nothing"
                    + " recorded, nothing written");
        } catch (RuntimeException e) {
            err.println("passhygiene: " + why + "; and the store could not remove the " + batch.users().size()
                    + " initial password(s) it had recorded (" + TerminalText.escape(String.valueOf(e.getMessage()))
                    + "): recorded without a delivered password on " + batch.system() + ": "
                    + TerminalText.escape(String.join(", ", batch.users())));
        }
        err.flush();
        return ExitCodes.IO;
    }
}
