package org.passhygiene.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.BreachIndexes;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.rotation.RotationService;
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
public final class Auditor implements AutoCloseable {

    /** Default days without sign-in after which an enabled account is dormant. */
    public static final int DEFAULT_DORMANT_DAYS = 90;

    private final PasswordPolicy policy;
    private final List<BreachIndex> breachIndexes;
    /** whether this auditor opened {@link #breachIndexes} (the policy's {@code breach-indexes}) and so closes them */
    private final boolean ownsIndexes;
    private final LocalDate asOf;
    /** lower-case group name → role, from the policy's privileged-groups */
    private final Map<String, String> privileged;
    private final int dormantDays;
    /** the policy's rotation service, with the builder's calendar if one was given */
    private final RotationService rotation;
    private final LongConsumer progress;
    private final long acceptedSkipped;
    private final DateOrder dateOrder;
    /** the leavers list, or null */
    private final Leavers leavers;
    /** clauses and details under the policy */
    private final FindingTexts texts;
    private WeakHashes weakHashes;

    private Auditor(Builder b) {
        this.policy = b.policy;
        this.breachIndexes = b.breachIndexes != null ? List.copyOf(b.breachIndexes)
                : policy.settings().breachIndexes().stream().flatMap(n -> BreachIndexes.openAll(n).stream()).toList();
        this.ownsIndexes = b.breachIndexes == null;
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
        this.leavers = b.leavers;
        this.texts = FindingTexts.of(s);
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
        BreachCheck breach = new BreachCheck(breachIndexes, texts);
        AccountFindings accounts = new AccountFindings(new PrivilegedGroups(privileged), asOf, dormantDays, rotation,
                texts, leavers);
        PasswordTags tags = new PasswordTags();
        RecordJudge judge = new RecordJudge(policy, () -> weakHashes, breach, accounts, tags, texts);
        AuditRun run = new AuditRun(judge, tags, texts, progress, this::weakHashes);
        try {
            List<AuditReport.FileSummary> summaries = new ArrayList<>();
            List<String> fileNotes = new ArrayList<>();
            if (leavers != null) {
                run.skipped.addAll(leavers.skipped());
                fileNotes.addAll(leavers.notes(asOf));
            }
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
            String unmatched = leavers == null ? null : leavers.unmatchedNote(accounts.leaversFound());
            if (unmatched != null) {
                notes.add(unmatched);
            }
            String unchecked = breach.uncheckedNote();
            if (unchecked != null) {
                notes.add(unchecked);
            }
            AuditReport.Summary summary = new AuditReport.Summary(asOf, policy.settings().name(), summaries,
                    run.records, BreachCheck.describeAll(breachIndexes), weakHashes == null ? 0 : weakHashes.size(),
                    notes, acceptedSkipped, List.copyOf(run.privileged.values()));
            return new AuditReport(summary, findings, run.skipped);
        } finally {
            run.close();
        }
    }

    /**
     * Closes the breach indexes the auditor opened from the policy's {@code breach-indexes}; indexes given to the
     * builder belong to the caller and stay open.
     */
    @Override
    public void close() {
        if (ownsIndexes) {
            breachIndexes.forEach(BreachIndex::close);
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
        private Leavers leavers;

        private Builder() {
        }

        /**
         * The leavers list: an account still enabled after its leaver's leaving date is
         * {@link FindingCode#LEAVER_ENABLED}; the list's unreadable rows are the report's skipped rows too. Default:
         * none.
         */
        public Builder leavers(Leavers value) {
            leavers = value;
            return this;
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
        Builder weakHashes(WeakHashes value) {
            weakHashes = value;
            return this;
        }

        public Auditor build() {
            return new Auditor(this);
        }
    }
}
