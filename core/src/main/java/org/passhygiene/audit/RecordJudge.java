package org.passhygiene.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.crypto.PasswordHashes;

/**
 * Judges one record on its own: its password (empty, weak, breached, LM hash stored) and its account. Called in
 * parallel; what needs several records (shared and reused passwords) is judged from the tags it returns.
 */
final class RecordJudge {

    private static final byte[] EMPTY_NT = HexFormat.of().parseHex("31d6cfe0d16ae931b73c59d7e0c089c0");
    private static final Set<String> DIRECTORY_SYSTEMS = Set.of("ad", "sam", "google", "m365");

    private final PasswordPolicy policy;
    /** the weak NT-hash set if built, else null */
    private final Supplier<WeakHashes> weakHashes;
    private final BreachCheck breach;
    private final AccountFindings accounts;
    private final PasswordTags tags;
    private final FindingTexts texts;

    RecordJudge(PasswordPolicy policy, Supplier<WeakHashes> weakHashes, BreachCheck breach, AccountFindings accounts,
                PasswordTags tags, FindingTexts texts) {
        this.policy = policy;
        this.weakHashes = weakHashes;
        this.breach = breach;
        this.accounts = accounts;
        this.tags = tags;
        this.texts = texts;
    }

    /**
     * What one record yields.
     *
     * @param label     the account as findings name it: the username, with " @ system" outside a directory
     * @param tag       its password's group tag, or 0 when it has none (no password, or an empty one)
     * @param plaintext whether the export holds its password in plaintext
     * @param privileged the account's privileged groups, sorted; empty when none
     */
    record Verdict(ExportRecord record, String label, List<Finding> findings, long tag, boolean plaintext,
                   List<String> privileged) {
    }

    /** The record's verdict, or null for a history line. */
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
                    tag = tags.tag(nt);
                    weak(r, nt, label, out);
                    breach.judge(r, nt, label, out);
                }
                if (r.lmHash() != null) {
                    out.add(texts.finding(FindingCode.LM_HASH, List.of(label),
                            texts.detail(FindingCode.LM_HASH, null), null));
                }
            } finally {
                if (r.ntHash() == null) {
                    Arrays.fill(nt, (byte) 0);
                }
            }
        }
        accounts.judge(r, label, out);
        return new Verdict(r, label, out, tag, plain, accounts.privileged().of(r));
    }

    /**
     * CRITICAL on an enabled account; LOW on a disabled one (it cannot sign in, as DSInternals'
     * Test-PasswordQuality leaves disabled accounts out by default); CRITICAL when the export does not say,
     * with the detail naming how to export the status.
     */
    private Finding emptyPassword(ExportRecord r, String label) {
        if (Boolean.FALSE.equals(r.enabled())) {
            return texts.finding(FindingCode.EMPTY_PASSWORD, List.of(label),
                    texts.detail(FindingCode.EMPTY_PASSWORD, "disabled"), null, Severity.LOW);
        }
        if (r.enabled() == null && r.ntHash() != null) {
            return texts.finding(FindingCode.EMPTY_PASSWORD, List.of(label),
                    texts.detail(FindingCode.EMPTY_PASSWORD, "statusUnknown"), null);
        }
        return texts.finding(FindingCode.EMPTY_PASSWORD, List.of(label), texts.detail(FindingCode.EMPTY_PASSWORD, null),
                null);
    }

    private void weak(ExportRecord r, byte[] nt, String label, List<Finding> out) {
        WeakHashes weak = weakHashes.get();
        if (r.password() != null) {
            CheckResult result = policy.check(r.password(), Account.of(r.username())
                    .withFullName(r.displayName()).withSystem(r.system()));
            if (!result.accepted()) {
                out.add(texts.finding(FindingCode.WEAK_PASSWORD, List.of(label), texts.detail(FindingCode.WEAK_PASSWORD,
                        "policy", "codes", result.violations().stream().map(v -> v.code().name()).distinct()
                                .collect(Collectors.joining(", "))), null));
            }
        } else if (weak != null && weak.contains(nt)) {
            out.add(texts.finding(FindingCode.WEAK_PASSWORD, List.of(label),
                    texts.detail(FindingCode.WEAK_PASSWORD, "ntHash"), null));
        }
    }
}
