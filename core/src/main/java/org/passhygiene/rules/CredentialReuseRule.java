package org.passhygiene.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.Rule;
import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.ReuseCheck;

/**
 * REUSED_ACROSS_SYSTEMS: the password is the person's current password on another system ({@code one-system});
 * REUSED_FROM_HISTORY: it is one of their last {@code history} passwords on the same system. Asks the
 * {@link CredentialStore} (one Argon2id computation) with exactly the characters the other rules see, so inside a
 * {@code PasswordPolicy} the fingerprint is of the NFC-normalised password. Needs the account's username and
 * system; without either it passes (there is nothing to compare with).
 *
 * <p>Unlike the other rules this one can fail for a reason that is not the password: a store that cannot be read
 * throws {@link org.passhygiene.store.StoreException} out of {@link #validate}.
 */
public final class CredentialReuseRule implements Rule {

    private final CredentialStore store;
    private final boolean oneSystem;
    private final int history;

    /**
     * @param store     the credential store
     * @param oneSystem report REUSED_ACROSS_SYSTEMS
     * @param history   how many previous passwords on the same system count, 0 (off) to 50
     */
    public CredentialReuseRule(CredentialStore store, boolean oneSystem, int history) {
        this.store = Objects.requireNonNull(store, "store");
        if (history < 0 || history > 50) {
            throw new IllegalArgumentException("history=" + history + ": must be between 0 and 50");
        }
        this.oneSystem = oneSystem;
        this.history = history;
    }

    @Override
    public RuleResult validate(PasswordData data) {
        AccountPasswordData account = AccountPasswordData.contextOf(data);
        if (account.username() == null || account.system() == null || (!oneSystem && history == 0)) {
            return new SuccessRuleResult();
        }
        ReuseCheck reuse = AccountPasswordData.withChars(data,
                chars -> store.check(account.username(), account.system(), chars, history));
        List<RuleResultDetail> details = new java.util.ArrayList<>();
        if (oneSystem && reuse.reusedAcrossSystems()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("systems", String.join(", ", reuse.otherSystems()));
            details.add(new RuleResultDetail("REUSED_ACROSS_SYSTEMS", p));
        }
        if (history > 0 && reuse.reusedFromHistory()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("system", account.system().strip().toLowerCase(java.util.Locale.ROOT));
            p.put("history", history);
            details.add(new RuleResultDetail("REUSED_FROM_HISTORY", p));
        }
        return details.isEmpty() ? new SuccessRuleResult() : new FailureRuleResult(details);
    }

    @Override
    public String toString() {
        return "CredentialReuseRule[one-system=" + oneSystem + ", history=" + history + "]";
    }
}
