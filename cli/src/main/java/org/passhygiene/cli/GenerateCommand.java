package org.passhygiene.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.generator.GeneratedPassword;
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

    @Mixin
    private GeneratorOptionsMixin generatorOptions;

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
        GeneratorOptions options = generatorOptions.options();
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
                generatorOptions.modeName(), bits, policy.settings().name(),
                account.username() == null ? "" : " for this account"));
        err().flush();
        return ExitCodes.OK;
    }
}
