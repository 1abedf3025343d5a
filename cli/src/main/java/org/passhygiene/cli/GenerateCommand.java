package org.passhygiene.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.generator.GeneratedPassword;
import org.passhygiene.generator.GeneratorMode;
import org.passhygiene.generator.GeneratorOptions;
import org.passhygiene.store.CredentialStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code passhygiene generate}: passwords that pass the whole policy for the account, printed to the terminal one
 * per line (standard output), with a summary on standard error. Refuses a pipe or file unless {@code --stdout}:
 * a generated password should not land in a file or a log by accident.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates passwords that pass the whole policy for the account (context words, common and"
            + " breached passwords, and with --store reuse and history) and prints them to the terminal, one per"
            + " line, with their entropy on standard error.",
            "Refuses to write to a pipe or file unless --stdout is given. Records nothing: after setting a password,"
                + " use 'store record'."})
final class GenerateCommand extends LeafCommand {

    /** Most passwords one run prints. */
    static final int MAX_COUNT = 10_000;

    @Mixin
    private PolicyOptionsMixin policyOptions;

    @Mixin
    private AccountOptions.Context accountOptions;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "random",
            converter = OptionConverters.GeneratorModes.class,
            description = "random (default: max(min-length, 14) characters without look-alikes) or passphrase"
                + " (words from the EFF long list).")
    private GeneratorMode mode;

    @Option(names = "--length", paramLabel = "N", description = "Random mode: characters (within the policy's"
            + " min-length and max-length).")
    private Integer length;

    @Option(names = "--words", paramLabel = "N", description = "Passphrase mode: words, 3 to 20 (default 4, more if"
            + " min-length needs them).")
    private Integer words;

    @Option(names = "--separator", paramLabel = "CHAR", description = "Passphrase mode: between words (default -):"
            + " a space or one of !()*+,-./:=?[]_{}.")
    private Character separator;

    @Option(names = "--capitalise", description = "Passphrase mode: start each word with a capital.")
    private boolean capitalise;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1",
            description = "How many passwords, 1 to " + MAX_COUNT + " (default 1).")
    private int count;

    @Option(names = "--stdout", description = "Print even when standard output is not a terminal (a pipe or file:"
            + " the passwords then go wherever it goes).")
    private boolean toAnyStdout;

    @Override
    public Integer call() {
        if (!toAnyStdout && !PasshygieneCommand.outIsTerminal(spec())) {
            throw new ExitCodes.UsageException("standard output is not a terminal: passwords are printed to the"
                    + " terminal only; add --stdout to send them to a pipe or file");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new ExitCodes.UsageException("--count: must be between 1 and " + MAX_COUNT);
        }
        GeneratorOptions options = ExitCodes.usage(this::options);
        Account account = accountOptions.account();
        PasswordPolicy.Builder builder = policyOptions.builder();
        if (!storeOptions.given()) {
            try (PasswordPolicy policy = builder.build()) {
                return generate(policy, account, options);
            }
        }
        if (accountOptions.user() == null || accountOptions.system() == null) {
            throw new ExitCodes.UsageException("--store needs --user and --system: reuse is per person and system");
        }
        accountOptions.requireStoreNames();
        try (CredentialStore store = storeOptions.openReadOnly();
             PasswordPolicy policy = builder.credentialStore(store).build()) {
            return generate(policy, account, options);
        }
    }

    /** The options as given; one out of range or of the other mode is an IllegalArgumentException (exit 2). */
    private GeneratorOptions options() {
        GeneratorOptions.Builder b = GeneratorOptions.builder().mode(mode);
        try {
            if (length != null) {
                b.length(length);
            }
            if (words != null) {
                b.words(words);
            }
            if (separator != null) {
                b.separator(separator);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage());
        }
        if (capitalise) {
            b.capitalise(true);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--length applies to --mode random; --words, --separator and"
                    + " --capitalise to --mode passphrase");
        }
    }

    private int generate(PasswordPolicy policy, Account account, GeneratorOptions options) {
        PrintWriter out = out();
        double bits = 0;
        for (int i = 0; i < count; i++) {
            try (GeneratedPassword p = policy.generate(account, options)) {
                out.println(p.password());
                bits = p.entropyBits();
            }
        }
        out.flush();
        err().println(String.format(Locale.ROOT, "%d %s (%s mode), %.1f bits each by the generator's model; each"
                + " passes the %s policy%s", count, count == 1 ? "password" : "passwords",
                mode.name().toLowerCase(Locale.ROOT), bits, policy.settings().name(),
                account.username() == null ? "" : " for this account"));
        err().flush();
        return ExitCodes.OK;
    }
}
