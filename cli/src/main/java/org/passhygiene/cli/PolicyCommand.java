package org.passhygiene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.output.OutputPathException;
import org.passhygiene.output.OutputTarget;
import org.passhygiene.output.TerminalText;
import org.passhygiene.policy.LintFinding;
import org.passhygiene.policy.PolicyFile;
import org.passhygiene.policy.PolicyLint;
import org.passhygiene.policy.PolicySettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code passhygiene policy lint|show|init}. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Explains, shows or starts a policy file.",
        subcommands = {PolicyCommand.Lint.class, PolicyCommand.Show.class, PolicyCommand.Init.class})
final class PolicyCommand extends CommandGroup {

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Lists, clause by clause, where the policy departs from NIST SP 800-63B-4, Cyber Essentials "
                + "v3.2, the DfE cyber security standards for schools and colleges and NCSC guidance, citing each by "
                + "document and section, with the safer equivalent.",
                "Exit code 1 when it departs anywhere, 0 when it meets them all (notes are information only)."})
    static final class Lint extends LeafCommand {

        @Mixin
        private PolicyOptionsMixin policyOptions;

        @Override
        public Integer call() {
            PolicySettings settings = policyOptions.builder().settings();
            List<LintFinding> findings = PolicyLint.lint(settings);
            PrintWriter out = out();
            if (findings.isEmpty()) {
                out.println("Policy '" + settings.name() + "' meets NIST SP 800-63B-4, Cyber Essentials v3.2, the DfE "
                        + "cyber security standards and NCSC password guidance.");
                notes(settings, out);
                return ExitCodes.OK;
            }
            out.println("Policy '" + settings.name() + "' departs from published guidance in " + findings.size()
                    + (findings.size() == 1 ? " place:" : " places:"));
            int i = 1;
            for (LintFinding f : findings) {
                out.println();
                out.println(i++ + ". " + f.code() + " (" + String.join(", ", f.keys()) + ")");
                out.println("   Policy: " + f.setting());
                for (String g : f.guidance()) {
                    out.println("   - " + g);
                }
                out.println("   Safer:  " + f.safer());
            }
            notes(settings, out);
            out.flush();
            return ExitCodes.REJECTED;
        }

        private static void notes(PolicySettings settings, PrintWriter out) {
            for (String note : PolicyLint.notes(settings)) {
                out.println();
                out.println("Note: " + note);
            }
            out.flush();
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints the effective policy (presets resolved) as a policy file.")
    static final class Show extends LeafCommand {

        @Mixin
        private PolicyOptionsMixin policyOptions;

        @Override
        public Integer call() {
            PolicySettings settings = policyOptions.builder().settings();
            out().print(PolicyFile.write(settings, false));
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Writes a commented starter policy file (every key, with the preset's values).")
    static final class Init extends LeafCommand {

        @Option(names = "--preset", paramLabel = "NAME", defaultValue = PasswordPolicy.DEFAULT_PRESET,
                description = "Preset to start from: aup (default), ncsc or nist.")
        private String preset;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "school-policy.yaml",
                description = "File to write (default: ${DEFAULT-VALUE}); '-' for standard output.")
        private Path out;

        @Option(names = "--force", description = "Replace the file if it exists.")
        private boolean force;

        @Override
        public Integer call() throws IOException {
            OutputTarget target;
            try {
                target = OutputTarget.builder(out).standardOutput(true).overwrite(force).open();
            } catch (OutputPathException e) {
                if (e.reason() == OutputPathException.Reason.EXISTS) {
                    throw new ExitCodes.UsageException(e.getMessage() + ": choose another --out or add --force");
                }
                throw e;
            }
            String text = PolicyFile.write(PasswordPolicy.builder(preset).settings(), true);
            if (target.isStandardOutput()) {
                out().print(text);
                out().flush();
                return ExitCodes.OK;
            }
            target.write(o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
            String shown = TerminalText.escape(out.toString());
            out().println("Wrote " + shown + " (from preset " + preset + "). Check it with: "
                    + "passhygiene policy lint --policy " + shown);
            return ExitCodes.OK;
        }
    }
}
