package org.passhygiene.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.passhygiene.messages.MessageBundle;

/**
 * What changed between a previous JSON report and this audit, for the termly access review: findings new, resolved
 * and unchanged, and privileged accounts added and removed. Findings are matched by code and account (account names
 * without regard to case), never by anything about a password: a report holds none, and a finding's group tag is
 * keyed per report, so it means nothing across two. Immutable.
 *
 * <pre>{@code
 * AuditComparison.Previous last = AuditComparison.read(Path.of("autumn.json"));  // before the audit: fails fast
 * AuditReport report = auditor.audit(files, null, null);
 * report = report.withComparison(AuditComparison.of(last, report));
 * }</pre>
 */
public final class AuditComparison {

    /** How a finding stands since the previous report. */
    public enum Change { NEW, RESOLVED, UNCHANGED }

    /**
     * One finding for one account: a grouped finding ({@code SHARED_PASSWORD}) gives one entry per account.
     *
     * @param code     the finding code's name (a previous report may name a code this version does not know)
     * @param severity the finding's own severity
     * @param account  the account as the report names it
     * @param detail   why, as the report says it
     */
    public record Entry(String code, Severity severity, String account, String detail) {
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(detail, "detail");
        }

        String key() {
            return code + "\0" + account.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A previous report as read back from its JSON.
     *
     * @param file          the file as given
     * @param schemaVersion its {@code schemaVersion} (1 when it has none)
     * @param asOf          the day that audit judged dates against
     * @param policy        the policy it ran under
     * @param complete      whether every row of that audit was read
     * @param findings      its findings, one entry per account, worst first
     * @param privileged    its privileged accounts, or null when its schema (1) does not list them
     */
    public record Previous(String file, int schemaVersion, LocalDate asOf, String policy, boolean complete,
                           List<Entry> findings, List<AuditReport.PrivilegedAccount> privileged) {
        public Previous {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(policy, "policy");
            findings = List.copyOf(findings);
            privileged = privileged == null ? null : List.copyOf(privileged);
        }
    }

    private final Previous previous;
    private final List<Entry> added = new ArrayList<>();
    private final List<Entry> resolved = new ArrayList<>();
    private final List<Entry> unchanged = new ArrayList<>();
    private final Map<String, Change> changes = new LinkedHashMap<>();
    private final List<AuditReport.PrivilegedAccount> privilegedAdded = new ArrayList<>();
    private final List<AuditReport.PrivilegedAccount> privilegedRemoved = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private AuditComparison(Previous previous, AuditReport current) {
        this.previous = previous;
        Map<String, Entry> before = new LinkedHashMap<>();
        for (Entry e : previous.findings()) {
            before.putIfAbsent(e.key(), e);
        }
        for (Finding f : current.findings()) {
            for (String account : f.accounts()) {
                Entry e = new Entry(f.code().name(), f.severity(), account, f.detail());
                if (changes.containsKey(e.key())) {
                    continue;
                }
                boolean seen = before.remove(e.key()) != null;
                changes.put(e.key(), seen ? Change.UNCHANGED : Change.NEW);
                (seen ? unchanged : added).add(e);
            }
        }
        resolved.addAll(before.values());
        MessageBundle bundle = MessageBundle.forLabel(current.summary().policy());
        if (previous.privileged() == null) {
            notes.add(bundle.text("compare.note.noPrivileged", Map.of("version", previous.schemaVersion())));
        } else if (current.summary().files().stream().noneMatch(f -> f.format().groups())) {
            if (!previous.privileged().isEmpty()) {
                notes.add(bundle.text("compare.note.noGroupsCurrent", Map.of("count", previous.privileged().size(),
                        "formats", current.summary().files().stream().map(f -> f.format().id()).distinct()
                                .collect(Collectors.joining(", ")))));
            }
        } else if (previous.privileged().isEmpty() && !current.summary().privileged().isEmpty()) {
            notes.add(bundle.text("compare.note.noGroupsPrevious",
                    Map.of("count", current.summary().privileged().size())));
        } else {
            privilegedAdded.addAll(missing(current.summary().privileged(), previous.privileged()));
            privilegedRemoved.addAll(missing(previous.privileged(), current.summary().privileged()));
        }
        if (!previous.complete()) {
            notes.add(bundle.text("compare.note.previousIncomplete"));
        }
        if (!current.complete()) {
            notes.add(bundle.text("compare.note.currentIncomplete"));
        }
        if (!previous.policy().equals(current.summary().policy())) {
            notes.add(bundle.text("compare.note.policy", Map.of("previous", previous.policy(),
                    "current", current.summary().policy())));
        }
    }

    /** The accounts of {@code from} that {@code other} does not have, in {@code from}'s order. */
    private static List<AuditReport.PrivilegedAccount> missing(List<AuditReport.PrivilegedAccount> from,
                                                               List<AuditReport.PrivilegedAccount> other) {
        Set<String> names = new HashSet<>();
        other.forEach(p -> names.add(p.account().toLowerCase(Locale.ROOT)));
        return from.stream().filter(p -> !names.contains(p.account().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * Reads a previous JSON report ({@code --report json}, schema 1 or 2), bounded: at most
     * {@link PreviousReportReader#MAX_BYTES} bytes, nesting and string lengths limited.
     *
     * @throws java.io.UncheckedIOException naming the file and the problem when it is not such a report (malformed
     *                                      JSON, a limit exceeded, a missing or wrong field, a newer schema)
     * @throws IOException                  if the file cannot be read
     */
    public static Previous read(Path file) throws IOException {
        return PreviousReportReader.read(Objects.requireNonNull(file, "file"));
    }

    /** What changed from {@code previous} to {@code current}. */
    public static AuditComparison of(Previous previous, AuditReport current) {
        return new AuditComparison(Objects.requireNonNull(previous, "previous"),
                Objects.requireNonNull(current, "current"));
    }

    /** The previous report compared against. */
    public Previous previous() {
        return previous;
    }

    /** Findings (per account) in this report and not the previous one, worst first. */
    public List<Entry> newFindings() {
        return List.copyOf(added);
    }

    /** Findings (per account) in the previous report and not this one, as the previous report gave them. */
    public List<Entry> resolved() {
        return List.copyOf(resolved);
    }

    /** Findings (per account) in both, as this report gives them. */
    public List<Entry> unchanged() {
        return List.copyOf(unchanged);
    }

    /** Accounts privileged now and not in the previous report (empty when it did not list them). */
    public List<AuditReport.PrivilegedAccount> privilegedAdded() {
        return List.copyOf(privilegedAdded);
    }

    /** Accounts privileged in the previous report and not now, as it gave them. */
    public List<AuditReport.PrivilegedAccount> privilegedRemoved() {
        return List.copyOf(privilegedRemoved);
    }

    /**
     * Caveats for the reader: an incomplete audit on either side, a different policy, no privileged list, or group
     * membership on one side only (this audit read no directory export, or the previous report listed no privileged
     * account): privileged accounts are then not compared, rather than all listed as removed or added.
     */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** How this report's finding for {@code account} stands: NEW or UNCHANGED. */
    Change change(FindingCode code, String account) {
        return changes.get(code.name() + "\0" + account.toLowerCase(Locale.ROOT));
    }
}
