package org.passhygiene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.Violation;
import org.passhygiene.output.TerminalText;
import org.passhygiene.store.CredentialStore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code passhygiene check}: the verdict on passwords typed at a prompt or read from standard input. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks passwords against the policy and prints the verdict, never the password.",
            "Without --stdin, prompts for one password without echo. Passwords are never taken from arguments."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    private static final JsonFactory JSON = new JsonFactory();

    @ParentCommand
    private PasshygieneCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptionsMixin policyOptions;

    @Option(names = "--stdin", description = "Read one password per line from standard input (UTF-8; CRLF ok).")
    private boolean stdin;

    @Option(names = "--user", paramLabel = "NAME", description = "Username (a context word).")
    private String user;

    @Option(names = "--full-name", paramLabel = "NAME", description = "The person's name, e.g. \"Jane Smith\".")
    private String fullName;

    @Option(names = "--org", paramLabel = "NAME", description = "Organisation name (a context word).")
    private String organisation;

    @Option(names = "--system", paramLabel = "NAME",
            description = "The system the password is for (with --store and --user: reuse checks).")
    private String system;

    @Option(names = "--roles", paramLabel = "ROLE", split = ",", description = "The person's roles, e.g. slt,office.")
    private Set<String> roles = Set.of();

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
        PrintWriter out = spec.commandLine().getOut();
        Account account = account(user, fullName, organisation, system, roles);
        PasswordPolicy.Builder builder = policyOptions.builder();
        if (breachIndexes != null) {
            builder.breachIndexes(breachIndexes.stream().map(p -> p.toAbsolutePath().toString()).toList());
        }
        if (!storeOptions.given()) {
            PasswordPolicy policy = builder.build();
            return stdin ? checkStream(policy, account, out) : checkPrompt(policy, account, out);
        }
        if (user == null || system == null) {
            throw new ExitCodes.UsageException("--store needs --user and --system: reuse is per person and system");
        }
        StoreOptions.requireNames(user, system);
        try (CredentialStore store = storeOptions.openReadOnly()) {
            PasswordPolicy policy = builder.credentialStore(store).build();
            return stdin ? checkStream(policy, account, out) : checkPrompt(policy, account, out);
        }
    }

    /** The account context from the options every password-taking command shares; nulls are left out. */
    static Account account(String user, String fullName, String organisation, String system, Set<String> roles) {
        Account a = user == null ? Account.anonymous() : Account.of(user);
        if (fullName != null) {
            a = a.withFullName(fullName);
        }
        if (organisation != null) {
            a = a.withOrganisation(organisation);
        }
        if (system != null) {
            a = a.withSystem(system);
        }
        return a.withRoles(roles);
    }

    private int checkStream(PasswordPolicy policy, Account account, PrintWriter out) {
        boolean allAccepted = true;
        try (PasswordLines lines = new PasswordLines(parent.stdin(), "stdin")) {
            char[] password;
            while ((password = lines.next()) != null) {
                CheckResult result;
                try {
                    result = policy.check(password, account);
                } finally {
                    Arrays.fill(password, '\0');
                }
                allAccepted &= result.accepted();
                out.println(format == Format.json ? json(lines.lineNumber(), result)
                        : line(lines.lineNumber(), result));
            }
            if (lines.lineNumber() == 0) {
                throw new ExitCodes.UsageException(PasswordLines.NOTHING_READ);
            }
        }
        out.flush();
        return allAccepted ? ExitCodes.OK : ExitCodes.REJECTED;
    }

    private int checkPrompt(PasswordPolicy policy, Account account, PrintWriter out) {
        char[] password = Prompt.password("passwords");
        CheckResult result;
        try {
            result = policy.check(password, account);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (format == Format.json) {
            out.println(json(1, result));
        } else {
            printVerdict(out, policy, result);
        }
        out.flush();
        return result.accepted() ? ExitCodes.OK : ExitCodes.REJECTED;
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

    /** {"line":N,"accepted":bool,"violations":[{"code","message","clause"}]} */
    static String json(int lineNumber, CheckResult result) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("line", lineNumber);
            g.writeBooleanField("accepted", result.accepted());
            g.writeArrayFieldStart("violations");
            for (Violation v : result.violations()) {
                g.writeStartObject();
                g.writeStringField("code", v.code().name());
                g.writeStringField("message", v.message());
                g.writeStringField("clause", v.clause());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

}
