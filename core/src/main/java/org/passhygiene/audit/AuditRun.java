package org.passhygiene.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * State of one audit: reads records into batches, judges each batch in parallel ({@link RecordJudge}) and merges the
 * verdicts in order; at the end, judges what needs every record: shared passwords, passwords reused across systems
 * and exports holding plaintext. Not thread-safe (one audit at a time); {@link #close()} forgets the tag key.
 */
final class AuditRun implements AutoCloseable {

    private static final int BATCH = 4096;

    private final RecordJudge judge;
    private final PasswordTags tags;
    private final FindingTexts texts;
    private final LongConsumer progress;
    /** builds the weak NT-hash set, before the first batch that needs it */
    private final Runnable buildWeakHashes;
    private final List<ExportRecord> batch = new ArrayList<>(BATCH);
    final List<SkippedRow> skipped = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    /** tag → person → labels (systems) */
    private final Map<Long, Map<String, Set<String>>> groups = new HashMap<>();
    /** tag → person → entries (file and line: the sites of one saved login share them) */
    private final Map<Long, Map<String, Set<String>>> entries = new HashMap<>();
    /** file → accounts holding plaintext */
    private final Map<String, List<String>> plaintext = new LinkedHashMap<>();
    /** file → lines of the entries holding plaintext */
    private final Map<String, Set<Long>> plaintextEntries = new HashMap<>();
    /** account → its privileged groups, for the access review */
    final Map<String, AuditReport.PrivilegedAccount> privileged = new TreeMap<>();
    long records;
    boolean needWeakHashes;

    AuditRun(RecordJudge judge, PasswordTags tags, FindingTexts texts, LongConsumer progress,
             Runnable buildWeakHashes) {
        this.judge = judge;
        this.tags = tags;
        this.texts = texts;
        this.progress = progress;
        this.buildWeakHashes = buildWeakHashes;
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
            buildWeakHashes.run();
        }
        List<RecordJudge.Verdict> verdicts;
        try {
            verdicts = batch.parallelStream().map(judge::judge).collect(Collectors.toList());
        } finally {
            batch.forEach(ExportRecord::clear);
        }
        for (RecordJudge.Verdict v : verdicts) {
            if (v == null) {
                continue;
            }
            if (!(v.record().password() != null && v.record().has(AccountFlag.REVERSIBLE_ENCRYPTION))) {
                records++; // a dump's CLEARTEXT line adds the password of an account already counted
            }
            findings.addAll(v.findings());
            if (!v.privileged().isEmpty()) {
                privileged.put(v.label(), new AuditReport.PrivilegedAccount(v.label(), v.privileged(),
                        !Boolean.FALSE.equals(v.record().enabled())));
            }
            if (v.tag() != 0) {
                groups.computeIfAbsent(v.tag(), t -> new HashMap<>(2))
                        .computeIfAbsent(v.record().person(), p -> new TreeSet<>()).add(v.label());
                entries.computeIfAbsent(v.tag(), t -> new HashMap<>(2))
                        .computeIfAbsent(v.record().person(), p -> new HashSet<>(2))
                        .add(v.record().file() + "\0" + v.record().line());
            }
            if (v.plaintext()) {
                plaintext.computeIfAbsent(v.record().file(), f -> new ArrayList<>()).add(v.label());
                plaintextEntries.computeIfAbsent(v.record().file(), f -> new HashSet<>())
                        .add(v.record().line());
            }
        }
        if (progress != null) {
            progress.accept(records);
        }
        batch.clear();
    }

    /** Every finding, worst first (severity, then code, then first account). */
    List<Finding> finish() {
        for (Map.Entry<Long, Map<String, Set<String>>> e : groups.entrySet()) {
            Map<String, Set<String>> byPerson = e.getValue();
            String tag = String.format(Locale.ROOT, "%08x", e.getKey() >>> 32);
            if (byPerson.size() > 1) {
                List<String> accounts = byPerson.values().stream().flatMap(Set::stream).sorted()
                        .collect(Collectors.toList());
                findings.add(texts.finding(FindingCode.SHARED_PASSWORD, accounts,
                        texts.detail(FindingCode.SHARED_PASSWORD, null, "people", byPerson.size()), tag));
            }
            for (Map.Entry<String, Set<String>> p : byPerson.entrySet()) {
                // the sites of one saved login are one entry, not reuse
                if (p.getValue().size() > 1 && entries.get(e.getKey()).get(p.getKey()).size() > 1) {
                    findings.add(texts.finding(FindingCode.REUSED_ACROSS_SYSTEMS, List.copyOf(p.getValue()),
                            texts.detail(FindingCode.REUSED_ACROSS_SYSTEMS, null, "systems", p.getValue().size(),
                                    "person", p.getKey()), tag));
                }
            }
        }
        for (Map.Entry<String, List<String>> e : plaintext.entrySet()) {
            findings.add(texts.finding(FindingCode.PLAINTEXT_IN_EXPORT, e.getValue(),
                    texts.detail(FindingCode.PLAINTEXT_IN_EXPORT, null, "file", e.getKey(),
                            "entries", plaintextEntries.get(e.getKey()).size()), null));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code)
                .thenComparing(f -> f.accounts().isEmpty() ? "" : f.accounts().get(0)));
        return findings;
    }

    @Override
    public void close() {
        batch.forEach(ExportRecord::clear);
        tags.close();
        groups.clear();
        entries.clear();
    }
}
