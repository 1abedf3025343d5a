package org.passhygiene.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Arrays;

import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.StoreNames;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code passhygiene store record|mark-compromised|rotate-pepper|migrate}: the credential store, from the command
 * line.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Records passwords set on a system (as keyed Argon2id fingerprints, never the password) and"
            + " flags compromised ones, in the credential store."},
        subcommands = {StoreCommand.Record.class, StoreCommand.MarkCompromised.class, StoreCommand.RotatePepper.class,
            StoreCommand.Migrate.class})
final class StoreCommand extends CommandGroup {

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = {"Checks a password against the full policy, reuse across systems and history included,"
                + " and records it for the person on the system only if it is accepted.",
                "Without --stdin, prompts without echo. Exit 1 (nothing recorded) when the password is rejected."})
    static final class Record extends LeafCommand {

        @Mixin
        private PolicyOptionsMixin policyOptions;

        @Mixin
        private StoreOptions storeOptions;

        @Mixin
        private AccountOptions.Holder accountOptions;

        @Option(names = "--set-by", paramLabel = "TEXT",
                description = "Who or what set it (default: passhygiene-cli:<your login name>).")
        private String setBy;

        @Option(names = "--stdin", description = "Read the password from one line of standard input (UTF-8).")
        private boolean stdin;

        @Override
        public Integer call() {
            accountOptions.requireStoreNames();
            Account account = accountOptions.account();
            char[] password = stdin ? readOneLine() : Prompt.password("the password");
            try (CredentialStore credentials = storeOptions.open()) {
                PasswordPolicy policy = policyOptions.builder().credentialStore(credentials).build();
                PrintWriter out = out();
                CheckResult result = policy.check(password, account);
                if (!result.accepted()) {
                    CheckCommand.printVerdict(out, policy, result);
                    out.println("Not recorded.");
                    out.flush();
                    return ExitCodes.REJECTED;
                }
                try {
                    policy.record(password, account, setBy != null ? setBy
                            : "passhygiene-cli:" + System.getProperty("user.name"), Instant.now());
                } catch (IllegalArgumentException e) {
                    throw new ExitCodes.UsageException(e.getMessage());
                }
                out.println("Recorded: " + StoreNames.user(account.username()) + " on "
                        + StoreNames.system(account.system()) + " (meets the "
                        + policy.settings().name() + " policy).");
                out.flush();
                return ExitCodes.OK;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] readOneLine() {
            try (PasswordLines lines = new PasswordLines(PasshygieneCommand.stdin(spec()), "stdin")) {
                char[] password = lines.next();
                if (password == null) {
                    throw new ExitCodes.UsageException("no password on standard input");
                }
                char[] more = lines.next();
                if (more != null) {
                    Arrays.fill(more, '\0');
                    Arrays.fill(password, '\0');
                    throw new ExitCodes.UsageException("store record reads one password, but standard input has"
                            + " more than one line: nothing recorded");
                }
                return password;
            }
        }
    }

    @Command(name = "mark-compromised", mixinStandardHelpOptions = true,
            description = {"Flags a person's current password on one system (or, without --system, on every system)"
                + " as compromised: it must be changed now, and rotation due lists it until a new one is recorded.",
                "Exit 1 when no password is recorded for that person (and system): nothing was flagged."})
    static final class MarkCompromised extends LeafCommand {

        @Mixin
        private StoreOptions storeOptions;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The person's username.")
        private String user;

        @Option(names = "--system", paramLabel = "NAME", description = "Only this system (default: every system).")
        private String system;

        @Option(names = "--reason", required = true, paramLabel = "TEXT",
                description = "Why, for people, e.g. \"found in breach corpus 2025-03\" or \"phished\".")
        private String reason;

        @Override
        public Integer call() {
            StoreOptions.requireNames(user, system);
            int flagged = ExitCodes.usage(() -> {
                try (CredentialStore credentials = storeOptions.openExisting()) {
                    return system == null ? credentials.markCompromised(user, reason)
                            : credentials.markCompromised(user, system, reason);
                }
            });
            String who = StoreNames.user(user) + (system == null ? "" : " on " + StoreNames.system(system));
            if (flagged == 0) {
                PrintWriter err = err();
                err.println("passhygiene: no password recorded for " + who + ": nothing flagged");
                err.flush();
                return ExitCodes.REJECTED;
            }
            PrintWriter out = out();
            out.println("Flagged " + flagged + (flagged == 1 ? " password" : " passwords") + " of " + who
                    + " as compromised: change required now.");
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "rotate-pepper", mixinStandardHelpOptions = true,
            description = {"Adds a new key to the pepper file (rewritten crash-safely, owner-only) and makes it the"
                + " key new fingerprints use, e.g. after the pepper may have leaked. Passwords recorded before stay"
                + " checkable with their own key; each system's current password moves to the new key when it is"
                + " next recorded. Copy the new pepper file to every host that shares the store."})
    static final class RotatePepper extends LeafCommand {

        @Mixin
        private StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (CredentialStore credentials = storeOptions.openExisting()) {
                int id = credentials.rotatePepper();
                StringBuilder counts = new StringBuilder();
                credentials.fingerprintsByPepperKey().forEach((k, n) -> counts.append(counts.length() == 0 ? "" : ", ")
                        .append("key ").append(k).append(": ").append(n));
                PrintWriter out = out();
                out.println("Added pepper key " + id + "; new passwords are fingerprinted with it. Fingerprints by"
                        + " key: " + counts + ". Copy the pepper file to every host that uses this store.");
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = {"Upgrades the store's schema to this version of passhygiene (every command that records"
                + " does so too); read-only commands (check --store, rotation due) need a current schema."})
    static final class Migrate extends LeafCommand {

        @Mixin
        private StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (CredentialStore credentials = storeOptions.open()) {
                PrintWriter out = out();
                out.println("The store " + credentials + " is up to date.");
                out.flush();
                return ExitCodes.OK;
            }
        }
    }
}
