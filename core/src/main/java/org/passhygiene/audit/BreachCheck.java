package org.passhygiene.audit;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.BreachIndexes;
import org.passhygiene.breach.BreachResult;
import org.passhygiene.breach.HashKind;

/**
 * Looks the passwords of one audit up in its breach indexes: a plaintext password in any index, an NT hash in the
 * NTLM ones. Counts the NT hashes no index could serve (every index SHA-1) for the report's note. Thread-safe.
 */
final class BreachCheck {

    private final List<BreachIndex> breachIndexes;
    private final boolean ntlmIndex;
    private final FindingTexts texts;
    /** Records with only an NT hash when every breach index is SHA-1. */
    private final LongAdder hashOnlyUnchecked = new LongAdder();

    BreachCheck(List<BreachIndex> breachIndexes, FindingTexts texts) {
        this.breachIndexes = breachIndexes;
        this.ntlmIndex = breachIndexes.stream().anyMatch(i -> i.kind() == HashKind.NTLM);
        this.texts = texts;
    }

    /** Adds a {@link FindingCode#BREACHED_PASSWORD} finding to {@code out} if an index holds the password. */
    void judge(ExportRecord r, byte[] nt, String label, List<Finding> out) {
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
                String detail = result.countKnown()
                        ? texts.detail(FindingCode.BREACHED_PASSWORD, "count", "count", result.minCount()
                        == result.maxCount() ? result.minCount() + "" : result.minCount() + "+", "index",
                        describe(index))
                        : texts.detail(FindingCode.BREACHED_PASSWORD, null, "index", describe(index));
                out.add(texts.finding(FindingCode.BREACHED_PASSWORD, List.of(label), detail, null));
                return;
            }
        }
    }

    /** The note on NT hashes no index could serve, or null when there were none. */
    String uncheckedNote() {
        long unchecked = hashOnlyUnchecked.sum();
        if (unchecked == 0) {
            return null;
        }
        return texts.note("hashOnlyUnchecked", "accounts", unchecked, "indexes", describeAll(breachIndexes),
                "indexKind", texts.note(breachIndexes.size() == 1 ? "hashOnlyUnchecked.one"
                        : "hashOnlyUnchecked.many"));
    }

    /** The indexes as reports name them, or null when there are none. */
    static String describeAll(List<BreachIndex> indexes) {
        return indexes.isEmpty() ? null : indexes.stream().map(BreachCheck::describe).collect(Collectors.joining(", "));
    }

    /** An index as reports name it: its file name (the embedded one by its policy name) and kind. */
    static String describe(BreachIndex index) {
        String file = index.file().getFileName().toString();
        String name = file.startsWith(BreachIndexes.EMBEDDED) ? BreachIndexes.EMBEDDED : file;
        return name + " (" + index.kind().displayName() + ")";
    }
}
