package org.passhygiene.cli;

import java.io.PrintWriter;
import java.util.List;

import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.Violation;
import org.passhygiene.cli.serve.ResultJson;
import org.passhygiene.output.TerminalText;
import org.passhygiene.store.CredentialStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code passhygiene check}: the verdict on passwords typed at a prompt or read from standard input. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks passwords against the policy and prints the verdict, never the password.",
            "Without --stdin, prompts for one password without echo. Passwords are never taken from arguments."})
final class CheckCommand extends LeafCommand {

    enum Format { text, json }

    @Mixin
    private PolicyOptionsMixin policyOptions;

    @Mixin
    private PasswordInput passwords;

    @Mixin
    private AccountOptions.Context accountOptions;

    @Option(names = "--breach-index", paramLabel = "FILE",
            description = "Breach index to check (repeatable); replaces the policy's breach-indexes.")
    private List<java.nio.file.Path> breachIndexes;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (one object per line).")
    private Format format;

    @Mixin
    private StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Account account = accountOptions.account();
        PasswordPolicy.Builder builder = policyOptions.builder();
        if (breachIndexes != null) {
            builder.breachIndexes(breachIndexes.stream().map(p -> p.toAbsolutePath().toString()).toList());
        }
        if (!storeOptions.given()) {
            try (PasswordPolicy policy = builder.build()) {
                return check(policy, account, out);
            }
        }
        if (accountOptions.user() == null || accountOptions.system() == null) {
            throw new ExitCodes.UsageException("--store needs --user and --system: reuse is per person and system");
        }
        accountOptions.requireStoreNames();
        try (CredentialStore store = storeOptions.openReadOnly();
             PasswordPolicy policy = builder.credentialStore(store).build()) {
            return check(policy, account, out);
        }
    }

    /** Prompted: the verdict for people (or JSON as line 1); --stdin: one line per password. */
    private int check(PasswordPolicy policy, Account account, PrintWriter out) {
        boolean allAccepted = passwords.each(password -> policy.check(password, account),
                (result, line) -> {
                    if (format == Format.json) {
                        out.println(json(Math.max(line, 1), result));
                    } else if (line == 0) {
                        printVerdict(out, policy, result);
                    } else {
                        out.println(line(line, result));
                    }
                    return result.accepted();
                });
        out.flush();
        return allAccepted ? ExitCodes.OK : ExitCodes.REJECTED;
    }

    /**
     * The verdict on one password, for people: "Accepted: …" or "Rejected:" and one line per violation. The same
     * text as {@code --stdin} and JSON give: no part of the password (messages name the listed word only), and
     * messages escaped, since a context word comes from the command line.
     */
    static void printVerdict(PrintWriter out, PasswordPolicy policy, CheckResult result) {
        if (result.accepted()) {
            out.println("Accepted: meets the " + policy.settings().name() + " policy.");
        } else {
            out.println("Rejected:");
            for (Violation v : result.violations()) {
                out.println("  - " + TerminalText.escape(v.message()) + " [" + v.code() + "] ("
                        + TerminalText.escape(v.clause()) + ")");
            }
        }
    }

    /** One line per password: "line 3: rejected: CODE message; CODE message". */
    static String line(int lineNumber, CheckResult result) {
        if (result.accepted()) {
            return "line " + lineNumber + ": accepted";
        }
        StringBuilder sb = new StringBuilder("line ").append(lineNumber).append(": rejected: ");
        List<Violation> vs = result.violations();
        for (int i = 0; i < vs.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(vs.get(i).code()).append(' ').append(TerminalText.escape(vs.get(i).message()));
        }
        return sb.toString();
    }

    /** {"line":N,"accepted":bool,"violations":[{"code","message","clause"}]}: the shape the service answers with. */
    static String json(int lineNumber, CheckResult result) {
        return ResultJson.result(lineNumber, result);
    }

}
