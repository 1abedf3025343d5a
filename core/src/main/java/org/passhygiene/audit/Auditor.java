package org.passhygiene.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.BreachIndexes;
import org.passhygiene.breach.BreachResult;
import org.passhygiene.breach.HashKind;
import org.passhygiene.crypto.PasswordHashes;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.rotation.RotationService;
import org.passhygiene.rotation.RotationStatus;
import org.passhygiene.rotation.TermCalendar;

/**
 * Audits account exports against a policy: which directory groups make an account privileged comes from the
 * policy's {@code privileged-groups} ({@link PolicySettings#privilegedGroups()}). Reads each file record by record, judges the records in parallel
 * batches, and returns an {@link AuditReport}. Configure with {@link #builder()}; one auditor may run several
 * audits (each gets a fresh grouping key) but not concurrently.
 *
 * <pre>{@code
 * AuditReport report = Auditor.builder()
 *         .policy(PasswordPolicy.defaults())
 *         .breachIndex(index)                       // optional; default: the policy's breach-indexes
 *         .calendar(TermCalendar.englandDefault())  // optional; default: the policy's calendar
 *         .asOf(LocalDate.parse("2026-03-16"))      // optional; default: today by the policy's clock
 *         .build()
 *         .audit(List.of(Path.of("ad-users.csv"), Path.of("ntds.dit.ntds")), null, null);
 * }</pre>
 */
public final class Auditor {

    /** Default days without sign-in after which an enabled account is dormant. */
    public static final int DEFAULT_DORMANT_DAYS = 90;

    private static final int BATCH = 4096;
    private static final byte[] EMPTY_NT = HexFormat.of().parseHex("31d6cfe0d16ae931b73c59d7e0c089c0");
    private static final Set<String> DIRECTORY_SYSTEMS = Set.of("ad", "sam", "google", "m365");

    private final PasswordPolicy policy;
    private final List<BreachIndex> breachIndexes;
    private final boolean ntlmIndex;
    private final LocalDate asOf;
    /** lower-case group name → role, from the policy's privileged-groups */
    private final Map<String, String> privileged;
    private final int dormantDays;
    /** the policy's rotation service, with the builder's calendar if one was given */
    private final RotationService rotation;
    private final LongConsumer progress;
    private final long acceptedSkipped;
    private final DateOrder dateOrder;
    private WeakHashes weakHashes;

    private Auditor(Builder b) {
        this.policy = b.policy;
        this.breachIndexes = b.breachIndexes != null ? List.copyOf(b.breachIndexes)
                : policy.settings().breachIndexes().stream().flatMap(n -> BreachIndexes.openAll(n).stream()).toList();
        this.ntlmIndex = breachIndexes.stream().anyMatch(i -> i.kind() == HashKind.NTLM);
        this.rotation = b.calendar != null ? policy.rotationService().withCalendar(b.calendar)
                : policy.rotationService();
        this.asOf = b.asOf != null ? b.asOf : rotation.today();
        PolicySettings s = policy.settings();
        Map<String, String> groups = new HashMap<>();
        s.privilegedGroups().forEach((group, role) -> groups.put(group.toLowerCase(Locale.ROOT), role));
        this.privileged = Map.copyOf(groups);
        this.dormantDays = b.dormantDays;
        this.progress = b.progress;
        this.acceptedSkipped = b.acceptedSkipped;
        this.dateOrder = b.dateOrder != null ? b.dateOrder
                : s.dateOrder() == null ? null : DateOrder.of(s.dateOrder());
        this.weakHashes = b.weakHashes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Audits the files: detects each file's format first (so a file of no known format fails before any work),
     * then reads them in order.
     *
     * @param format  the format of every file, or null to detect each one's
     * @param mapping the column mapping for {@link ExportFormat#GENERIC}, else null
     * @throws ExportFormatException if a file is of no known format or lacks a needed column
     * @throws IOException           if a file cannot be read
     */
    public AuditReport audit(List<Path> files, ExportFormat format, ColumnMapping mapping) throws IOException {
        Objects.requireNonNull(files, "files");
        List<ExportFormat> formats = new ArrayList<>();
        for (Path f : files) {
            formats.add(format != null ? format : ExportReader.detect(f));
        }
        Run run = new Run(newKey());
        try {
            List<AuditReport.FileSummary> summaries = new ArrayList<>();
            List<String> fileNotes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                // built before the first batch of this file is judged, not before reading: a file that cannot be
                // read fails at once
                run.needWeakHashes = formats.get(i) == ExportFormat.SECRETSDUMP
                        || (mapping != null && mapping.column("nt-hash") != null);
                SkipTally tally = new SkipTally(run.skipped::add);
                PasswordManagerLayouts.EntryCount entries = new PasswordManagerLayouts.EntryCount(run::add);
                long rows = ExportReader.read(file, formats.get(i), mapping, dateOrder, entries, tally,
                        fileNotes::add);
                run.flush();
                AuditReport.FileSummary fileSummary = tally.summary(file.toString(), formats.get(i), rows);
                summaries.add(fileSummary);
                String passedOver = PasswordManagerLayouts.passedOverNote(fileSummary, entries.count());
                if (passedOver != null) {
                    fileNotes.add(passedOver);
                }
            }
            List<Finding> findings = run.finish();
            List<String> notes = new ArrayList<>(fileNotes);
            long unchecked = run.hashOnlyUnchecked.sum();
            if (unchecked > 0) {
                notes.add(unchecked + " account(s) with only an NT hash were not checked for breaches: "
                        + breachIndexes.stream().map(Auditor::describe).collect(Collectors.joining(", "))
                        + (breachIndexes.size() == 1 ? " is a SHA-1 index" : " are SHA-1 indexes")
                        + "; an NTLM dump needs an NTLM index (passhygiene breach import --kind ntlm). Common "
                        + "passwords and dictionary words among them are still reported as WEAK_PASSWORD.");
            }
            AuditReport.Summary summary = new AuditReport.Summary(asOf, policy.settings().name(), summaries,
                    run.records, breachIndexes.isEmpty() ? null : breachIndexes.stream().map(Auditor::describe)
                    .collect(Collectors.joining(", ")), weakHashes == null ? 0 : weakHashes.size(), notes,
                    acceptedSkipped);
            return new AuditReport(summary, findings, run.skipped);
        } finally {
            run.close();
        }
    }

    /** The weak NT-hash set, built on first use. */
    WeakHashes weakHashes() {
        if (weakHashes == null) {
            PolicySettings s = policy.settings();
            weakHashes = WeakHashes.build(s.commonPasswords(), s.dictionaries(), asOf.getYear());
        }
        return weakHashes;
    }

    /** An index as reports name it: its file name (the embedded one by its policy name) and kind. */
    private static String describe(BreachIndex index) {
        String file = index.file().getFileName().toString();
        String name = file.startsWith(BreachIndexes.EMBEDDED) ? BreachIndexes.EMBEDDED : file;
        return name + " (" + index.kind().displayName() + ")";
    }

    private static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** What one record yields, computed in parallel; merged in order. */
    private record Verdict(ExportRecord record, String label, List<Finding> findings, long tag, boolean plaintext) {
    }

    /** State of one audit. */
    private final class Run implements AutoCloseable {
        final byte[] key;
        final List<ExportRecord> batch = new ArrayList<>(BATCH);
        final List<SkippedRow> skipped = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        /** tag → person → labels (systems) */
        final Map<Long, Map<String, Set<String>>> groups = new HashMap<>();
        /** tag → person → entries (file and line: the sites of one saved login share them) */
        final Map<Long, Map<String, Set<String>>> entries = new HashMap<>();
        /** file → accounts holding plaintext */
        final Map<String, List<String>> plaintext = new LinkedHashMap<>();
        /** file → lines of the entries holding plaintext */
        final Map<String, Set<Long>> plaintextEntries = new HashMap<>();
        final ThreadLocal<Mac> macs;
        /** Records with only an NT hash when every breach index is SHA-1. */
        final java.util.concurrent.atomic.LongAdder hashOnlyUnchecked = new java.util.concurrent.atomic.LongAdder();
        long records;
        boolean needWeakHashes;

        Run(byte[] key) {
            this.key = key;
            this.macs = ThreadLocal.withInitial(() -> {
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
                    return mac;
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
                }
            });
        }

        void add(ExportRecord r) {
            batch.add(r);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            if (needWeakHashes) {
                weakHashes();
            }
            List<Verdict> verdicts;
            try {
                verdicts = batch.parallelStream().map(this::judge).collect(Collectors.toList());
            } finally {
                batch.forEach(ExportRecord::clear);
            }
            for (Verdict v : verdicts) {
                if (v == null) {
                    continue;
                }
                if (!(v.record().password() != null && v.record().has(AccountFlag.REVERSIBLE_ENCRYPTION))) {
                    records++; // a dump's CLEARTEXT line adds the password of an account already counted
                }
                findings.addAll(v.findings());
                if (v.tag() != 0) {
                    groups.computeIfAbsent(v.tag(), t -> new HashMap<>(2))
                            .computeIfAbsent(v.record().person(), p -> new TreeSet<>()).add(v.label());
                    entries.computeIfAbsent(v.tag(), t -> new HashMap<>(2))
                            .computeIfAbsent(v.record().person(), p -> new java.util.HashSet<>(2))
                            .add(v.record().file() + "\0" + v.record().line());
                }
                if (v.plaintext()) {
                    plaintext.computeIfAbsent(v.record().file(), f -> new ArrayList<>()).add(v.label());
                    plaintextEntries.computeIfAbsent(v.record().file(), f -> new java.util.HashSet<>())
                            .add(v.record().line());
                }
            }
            if (progress != null) {
                progress.accept(records);
            }
            batch.clear();
        }

        Verdict judge(ExportRecord r) {
            if (r.history() > 0) {
                return null;
            }
            String label = DIRECTORY_SYSTEMS.contains(r.system()) ? r.username() : r.username() + " @ " + r.system();
            List<Finding> out = new ArrayList<>(2);
            long tag = 0;
            boolean plain = false;
            if (!r.machine() && r.hasSecret()) {
                byte[] nt = r.ntHash() != null ? r.ntHash() : PasswordHashes.ntlm(r.password());
                try {
                    boolean empty = Arrays.equals(nt, EMPTY_NT);
                    if (r.password() != null) {
                        plain = true;
                    }
                    if (empty) {
                        out.add(emptyPassword(r, label));
                    } else {
                        tag = tag(nt);
                        weak(r, nt, label, out);
                        breached(r, nt, label, out);
                    }
                    if (r.lmHash() != null) {
                        out.add(new Finding(FindingCode.LM_HASH, List.of(label), "LM hash stored", null));
                    }
                } finally {
                    if (r.ntHash() == null) {
                        Arrays.fill(nt, (byte) 0);
                    }
                }
            }
            account(r, label, out);
            return new Verdict(r, label, out, tag, plain);
        }

        /**
         * CRITICAL on an enabled account; LOW on a disabled one (it cannot sign in, as DSInternals'
         * Test-PasswordQuality leaves disabled accounts out by default); CRITICAL when the export does not say,
         * with the detail naming how to export the status.
         */
        private Finding emptyPassword(ExportRecord r, String label) {
            if (Boolean.FALSE.equals(r.enabled())) {
                return new Finding(FindingCode.EMPTY_PASSWORD, List.of(label), "no password (account disabled)",
                        null, Severity.LOW);
            }
            if (r.enabled() == null && r.ntHash() != null) {
                return new Finding(FindingCode.EMPTY_PASSWORD, List.of(label), "no password (account status not in "
                        + "this export: secretsdump -user-status shows it)", null);
            }
            return new Finding(FindingCode.EMPTY_PASSWORD, List.of(label), "no password", null);
        }

        private void weak(ExportRecord r, byte[] nt, String label, List<Finding> out) {
            if (r.password() != null) {
                CheckResult result = policy.check(r.password(), Account.of(r.username())
                        .withFullName(r.displayName()).withSystem(r.system()));
                if (!result.accepted()) {
                    out.add(new Finding(FindingCode.WEAK_PASSWORD, List.of(label), "policy: " + result.violations()
                            .stream().map(v -> v.code().name()).distinct().collect(Collectors.joining(", ")), null));
                }
            } else if (weakHashes != null && weakHashes.contains(nt)) {
                out.add(new Finding(FindingCode.WEAK_PASSWORD, List.of(label),
                        "NT hash of a common password or dictionary word", null));
            }
        }

        private void breached(ExportRecord r, byte[] nt, String label, List<Finding> out) {
            if (breachIndexes.isEmpty()) {
                return;
            }
            if (r.password() == null && !ntlmIndex) {
                hashOnlyUnchecked.increment();
                return;
            }
            for (BreachIndex index : breachIndexes) {
                BreachResult result;
                if (r.password() != null) {
                    result = BreachIndexes.check(index, BreachIndexes.isEmbedded(index), r.password());
                } else if (index.kind() == HashKind.NTLM) {
                    result = index.lookup(nt);
                } else {
                    continue; // SHA-1 of an unknown password cannot be computed from its NT hash
                }
                if (result.found()) {
                    out.add(new Finding(FindingCode.BREACHED_PASSWORD, List.of(label), result.countKnown()
                            ? "seen in breaches " + (result.minCount() == result.maxCount() ? result.minCount() + ""
                            : result.minCount() + "+") + " times (" + describe(index) + ")"
                            : "in the breach index " + describe(index), null));
                    return;
                }
            }
        }

        private void account(ExportRecord r, String label, List<Finding> out) {
            boolean active = !Boolean.FALSE.equals(r.enabled());
            List<String> privilegedGroups = r.groups().stream()
                    .filter(g -> privileged.containsKey(g.toLowerCase(Locale.ROOT))).sorted().collect(Collectors.toList());
            if (r.notRequired() && active) {
                out.add(new Finding(FindingCode.PASSWORD_NOT_REQUIRED, List.of(label), "PasswordNotRequired is set",
                        null));
            }
            if (r.has(AccountFlag.REVERSIBLE_ENCRYPTION)) {
                out.add(new Finding(FindingCode.REVERSIBLE_ENCRYPTION, List.of(label), "the password is stored with "
                        + "reversible encryption: anyone with the directory database can read it", null));
            }
            if (r.has(AccountFlag.PREAUTH_NOT_REQUIRED) && active) {
                out.add(new Finding(FindingCode.PREAUTH_NOT_REQUIRED, List.of(label), "Kerberos pre-authentication "
                        + "is not required: anyone can request a ticket and crack the password offline", null));
            }
            if (r.neverExpires() && active) {
                out.add(new Finding(FindingCode.PASSWORD_NEVER_EXPIRES, List.of(label),
                        privilegedGroups.isEmpty() ? "password never expires"
                                : "password never expires (privileged: " + String.join(", ", privilegedGroups) + ")",
                        null));
            }
            if (active && r.lastLogon() != null && ChronoUnit.DAYS.between(r.lastLogon(), asOf) > dormantDays) {
                out.add(new Finding(FindingCode.DORMANT_ACCOUNT, List.of(label), "last sign-in " + r.lastLogon()
                        + " (" + ChronoUnit.DAYS.between(r.lastLogon(), asOf) + " days ago)", null));
            }
            if (!privilegedGroups.isEmpty() && !active) {
                out.add(new Finding(FindingCode.DISABLED_PRIVILEGED, List.of(label), "disabled but still in "
                        + String.join(", ", privilegedGroups), null));
            }
            if (!privilegedGroups.isEmpty() && active && r.passwordLastSet() != null) {
                // Privileged by directory group (privileged-groups), not by role: privileged-change applies.
                RotationStatus s = rotation.privilegedStatus(r.passwordLastSet(), asOf);
                if (s.overdue()) {
                    out.add(new Finding(FindingCode.ROTATION_OVERDUE, List.of(label), "password set "
                            + r.passwordLastSet() + "; due by " + s.dueDate().map(Object::toString).orElse("?")
                            + " (" + String.join(", ", privilegedGroups) + ")", null));
                }
            }
        }

        long tag(byte[] nt) {
            byte[] mac = macs.get().doFinal(nt);
            long t = ByteBuffer.wrap(mac).getLong();
            return t == 0 ? 1 : t;
        }

        List<Finding> finish() {
            for (Map.Entry<Long, Map<String, Set<String>>> e : groups.entrySet()) {
                Map<String, Set<String>> byPerson = e.getValue();
                String tag = String.format(Locale.ROOT, "%08x", e.getKey() >>> 32);
                if (byPerson.size() > 1) {
                    List<String> accounts = byPerson.values().stream().flatMap(Set::stream).sorted()
                            .collect(Collectors.toList());
                    findings.add(new Finding(FindingCode.SHARED_PASSWORD, accounts, byPerson.size()
                            + " people share one password", tag));
                }
                for (Map.Entry<String, Set<String>> p : byPerson.entrySet()) {
                    // the sites of one saved login are one entry, not reuse
                    if (p.getValue().size() > 1 && entries.get(e.getKey()).get(p.getKey()).size() > 1) {
                        findings.add(new Finding(FindingCode.REUSED_ACROSS_SYSTEMS, List.copyOf(p.getValue()),
                                "one password on " + p.getValue().size() + " systems (" + p.getKey() + ")", tag));
                    }
                }
            }
            for (Map.Entry<String, List<String>> e : plaintext.entrySet()) {
                findings.add(new Finding(FindingCode.PLAINTEXT_IN_EXPORT, e.getValue(), e.getKey() + " holds "
                        + plaintextEntries.get(e.getKey()).size() + " plaintext passwords: securely delete it once "
                        + "audited", null));
            }
            findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code)
                    .thenComparing(f -> f.accounts().isEmpty() ? "" : f.accounts().get(0)));
            return findings;
        }

        @Override
        public void close() {
            batch.forEach(ExportRecord::clear);
            Arrays.fill(key, (byte) 0);
            groups.clear();
            entries.clear();
        }
    }

    /** Validating builder; every setting has a default except the policy (default: the {@code aup} preset). */
    public static final class Builder {
        private PasswordPolicy policy = PasswordPolicy.defaults();
        private List<BreachIndex> breachIndexes;
        private TermCalendar calendar;
        private LocalDate asOf;
        private int dormantDays = DEFAULT_DORMANT_DAYS;
        private LongConsumer progress;
        private WeakHashes weakHashes;
        private long acceptedSkipped;
        private DateOrder dateOrder;

        private Builder() {
        }

        /**
         * The date order for an export whose dates cannot settle it themselves (every day and month 12 or less);
         * default: the policy's {@code date-order}, else none: such a file is refused ({@link ExportFormatException}) rather than guessed. A file whose
         * values show their order is read in that order whatever this says (with a note when they differ).
         */
        public Builder dateOrder(DateOrder value) {
            dateOrder = value;
            return this;
        }

        /**
         * Rows that may be skipped (known junk) with the audit still {@link AuditReport#complete() complete};
         * they are still listed. Default 0: any skipped row makes the audit incomplete.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder acceptedSkipped(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("accepted skipped rows: " + value + ": must be 0 or more");
            }
            acceptedSkipped = value;
            return this;
        }

        public Builder policy(PasswordPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * The one breach index (SHA-1 or NTLM) to look passwords up in, replacing the policy's
         * {@code breach-indexes}; null for none.
         */
        public Builder breachIndex(BreachIndex value) {
            breachIndexes = value == null ? List.of() : List.of(value);
            return this;
        }

        /**
         * Breach indexes to look passwords up in, replacing the policy's {@code breach-indexes} (the default). SHA-1
         * indexes serve plaintext exports only; NT hashes need an NTLM index. The auditor does not close them.
         */
        public Builder breachIndexes(List<BreachIndex> value) {
            breachIndexes = List.copyOf(Objects.requireNonNull(value, "breachIndexes"));
            return this;
        }

        /** The term calendar for termly changes; default: the policy's ({@code calendar} key or England pattern). */
        public Builder calendar(TermCalendar value) {
            calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /** The day to judge on; default: today by the policy's clock, in the school's zone. */
        public Builder asOf(LocalDate value) {
            asOf = Objects.requireNonNull(value, "asOf");
            return this;
        }

        /** @throws IllegalArgumentException unless 1–3650 */
        public Builder dormantDays(int value) {
            if (value < 1 || value > 3650) {
                throw new IllegalArgumentException("dormant days: " + value + ": must be between 1 and 3650");
            }
            dormantDays = value;
            return this;
        }

        /** Called with the number of records judged so far, after each batch. */
        public Builder progress(LongConsumer value) {
            progress = value;
            return this;
        }

        /** A prebuilt weak NT-hash set (else built on first NTLM dump from the policy's lists). */
        public Builder weakHashes(WeakHashes value) {
            weakHashes = value;
            return this;
        }

        public Auditor build() {
            return new Auditor(this);
        }
    }
}
