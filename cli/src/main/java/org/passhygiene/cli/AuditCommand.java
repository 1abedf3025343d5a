package org.passhygiene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.policy.PolicyException;
import org.passhygiene.audit.AuditReport;
import org.passhygiene.audit.Auditor;
import org.passhygiene.audit.ColumnMapping;
import org.passhygiene.audit.DateOrder;
import org.passhygiene.audit.ExportFormat;
import org.passhygiene.audit.Leavers;
import org.passhygiene.audit.ReportFormat;
import org.passhygiene.audit.Severity;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.cli.OptionConverters.PrivilegedGroup;
import org.passhygiene.crypto.OpenPgpEncryptor;
import org.passhygiene.output.OutputTarget;
import org.passhygiene.output.TerminalText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code passhygiene audit}: findings against the AUP from account exports, as a report. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits account exports (Active Directory, Google Workspace, Microsoft 365, secretsdump/pwdump "
                + "NTLM dumps, Chrome/Firefox/Bitwarden, generic CSV) against the policy and reports findings, "
                + "worst first. Reports name accounts, never passwords or hashes.",
            "Exit 1 when a finding is at or above --fail-on (default LOW: any finding); exit 5 (incomplete, even "
                    + "with no findings) when more rows could not be read than --max-skipped allows."})
final class AuditCommand extends LeafCommand {

    @Mixin
    private PolicyOptionsMixin policyOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files to audit.")
    private List<Path> files;

    @Option(names = "--format-in", paramLabel = "FORMAT", converter = OptionConverters.ExportFormats.class,
            description = "Format of every FILE (default: detected from each header): ad, google, m365, "
                    + "secretsdump, chrome, firefox, bitwarden, safari, lastpass, 1password, keepassxc, generic, "
                    + "entra.")
    private ExportFormat formatIn;

    @Option(names = "--columns", paramLabel = "MAPPING", converter = OptionConverters.ColumnMappings.class,
            description = "Column mapping for --format-in generic, e.g. username=Login,password=Pass,system=Site. "
                    + "Keys: username, password, nt-hash, system, person, display-name, enabled, groups, "
                    + "password-last-set, last-logon, never-expires, not-required.")
    private ColumnMapping columns;

    @Option(names = "--breach-index", paramLabel = "FILE",
            description = "Breach index (see 'breach import'): SHA-1 for plaintext, NTLM also for hashes "
                    + "(default: the policy's breach-indexes).")
    private Path breachIndex;

    @Mixin
    private CalendarOption calendarOption;

    @Mixin
    private AsOfOption asOf;

    @Option(names = "--privileged-group", paramLabel = "NAME[=ROLE]",
            converter = OptionConverters.PrivilegedGroups.class,
            description = "AD group, OU, Google org unit or M365 role whose members are privileged, optionally "
                    + "with the role it means (default: the name in lower case, spaces as '-'). Repeatable; "
                    + "replaces the policy's privileged-groups.")
    private List<PrivilegedGroup> privilegedGroups = new ArrayList<>();

    @Option(names = "--dormant-days", paramLabel = "N", defaultValue = "90",
            description = "Days without sign-in after which an enabled account is dormant (default 90).")
    private int dormantDays;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE (a new or existing regular file, replaced atomically) instead "
                    + "of standard output; '-' for standard output.")
    private Path out;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            converter = OptionConverters.ReportFormats.class,
            description = "text (default), json, csv or html.")
    private ReportFormat report;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "LOW",
            converter = OptionConverters.Severities.class,
            description = "Exit 1 when a finding is at least this severe: CRITICAL, HIGH, MEDIUM, LOW (default).")
    private Severity failOn;

    @Option(names = "--date-order", paramLabel = "ORDER", converter = OptionConverters.DateOrders.class,
            description = "dmy, mdy or ymd: how to read day and month in an export whose dates cannot show it "
                    + "themselves (every day and month 12 or less). Each file's order is otherwise inferred from its "
                    + "values; such a file without this option is refused rather than guessed.")
    private DateOrder dateOrder;

    @Option(names = "--max-skipped", paramLabel = "N", defaultValue = "0",
            description = "Rows that may be skipped as known junk with the audit still counted complete (they are "
                    + "still listed); default 0: any row that could not be read makes the run incomplete (exit 5).")
    private long maxSkipped;

    @Mixin
    private EncryptionOptions encryption;

    @Mixin
    private LeaversOption leavers;

    @Mixin
    private CompareOption compare;

    @Override
    public Integer call() throws IOException {
        if (formatIn == ExportFormat.GENERIC && columns == null) {
            throw new ExitCodes.UsageException("--format-in generic needs --columns username=COLUMN,…");
        }
        OutputTarget target = out == null ? null : outputTarget();
        if (encryption.requested() && (target == null || target.isStandardOutput())) {
            throw new ExitCodes.UsageException("encryption needs --out FILE");
        }
        compare.load();
        PasswordPolicy policy = withPrivilegedGroups(calendarOption.apply(policyOptions.builder())).build();
        LocalDate day = asOf.day(policy.rotationService());
        Auditor.Builder builder = ExitCodes.usage(() -> Auditor.builder().policy(policy).asOf(day)
                .dormantDays(dormantDays).acceptedSkipped(maxSkipped).dateOrder(dateOrder));
        PrintWriter err = err();
        boolean progress = System.console() != null;
        if (progress) {
            builder.progress(n -> {
                err.print("\raudited " + n + " accounts");
                err.flush();
            });
        }
        Leavers leaverList = leavers.read(dateOrder);
        builder.leavers(leaverList);
        OpenPgpEncryptor encryptor = encryption.encryptor(err, "the report");
        try (policy; BreachIndex index = breachIndex == null ? null : BreachIndex.open(breachIndex)) {
            AuditReport result;
            try {
                if (breachIndex != null) {
                    builder.breachIndex(index);
                }
                try (Auditor auditor = builder.build()) {
                    result = compare.apply(auditor.audit(files, formatIn, columns));
                }
            } finally {
                if (progress) {
                    err.println();
                }
            }
            PrintWriter stdout = out();
            if (target == null || target.isStandardOutput()) {
                report.write(result, stdout);
            } else {
                report.writeFile(result, target, encryptor == null ? null : encryptor::open);
                stdout.println("wrote " + TerminalText.escape(out.toString()) + ": " + summaryLine(result));
            }
            stdout.flush();
            leavers.explain(leaverList, result, err);
            return exitCode(result, failOn, err);
        } finally {
            if (encryptor != null) {
                encryptor.close();
            }
        }
    }

    /** --out checked before any work: a regular file that is none of the inputs, or '-'. */
    private OutputTarget outputTarget() {
        OutputTarget.Builder b = OutputTarget.builder(out).overwrite(true).standardOutput(true).inputs(files)
                .input(policyOptions.file()).input(calendarOption.file).input(breachIndex).input(compare.file);
        return b.input(encryption.keyFile()).input(leavers.file()).open();
    }

    /** The policy builder with --privileged-group replacing its privileged-groups, if given. */
    private PasswordPolicy.Builder withPrivilegedGroups(PasswordPolicy.Builder policy) {
        if (privilegedGroups.isEmpty()) {
            return policy;
        }
        Map<String, String> groups = new LinkedHashMap<>();
        for (PrivilegedGroup group : privilegedGroups) {
            if (groups.putIfAbsent(group.name(), group.role()) != null) {
                throw new ExitCodes.UsageException("--privileged-group " + TerminalText.escape(group.given())
                        + ": given twice");
            }
        }
        try {
            return policy.privilegedGroups(groups);
        } catch (PolicyException e) {
            throw new ExitCodes.UsageException("--privileged-group: " + e.getMessage());
        }
    }

    /**
     * Incomplete (5) takes precedence over findings (1): a run that lost rows never looks clean; each file that lost
     * rows is named on stderr.
     */
    static int exitCode(AuditReport result, Severity threshold, PrintWriter err) {
        if (!result.complete()) {
            for (AuditReport.FileSummary f : result.summary().files()) {
                if (f.empty()) {
                    err.println("passhygiene: " + TerminalText.escape(f.file()) + ": no rows: the export holds only "
                            + "its header; the audit is incomplete");
                } else if (f.skippedRows() > 0) {
                    err.println("passhygiene: " + TerminalText.escape(f.file()) + ": " + f.skippedRows() + " of "
                            + f.rows() + " rows could not be read; the audit is incomplete");
                }
            }
            err.flush();
            return ExitCodes.INCOMPLETE;
        }
        return result.hasFindingsAtLeast(threshold) ? ExitCodes.REJECTED : ExitCodes.OK;
    }

    private static String summaryLine(AuditReport r) {
        String incomplete = r.complete() ? "" : r.skippedRows() == 0 ? "; INCOMPLETE: a file held no rows"
                : "; INCOMPLETE: " + r.skippedRows() + " row(s) could not be read";
        return findingsLine(r) + incomplete;
    }

    private static String findingsLine(AuditReport r) {
        if (r.findings().isEmpty()) {
            return r.complete() ? "no findings" : "no findings in the rows read";
        }
        StringBuilder sb = new StringBuilder().append(r.findings().size()).append(" findings (");
        int[] bySeverity = new int[Severity.values().length];
        for (AuditReport.Tally t : r.tallies()) {
            bySeverity[t.severity().ordinal()] += t.count(); // each finding's own severity
        }
        String sep = "";
        for (Severity s : Severity.values()) {
            if (bySeverity[s.ordinal()] > 0) {
                sb.append(sep).append(bySeverity[s.ordinal()]).append(' ').append(s.name().toLowerCase(Locale.ROOT));
                sep = ", ";
            }
        }
        return sb.append(")").toString();
    }
}
