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
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.BreachIndexes;
import org.passhygiene.breach.BreachResult;
import org.passhygiene.breach.HashKind;
import org.passhygiene.breach.PwnedPasswordsClient;

/**
 * BREACHED: the password is in a breach corpus — an offline index or, when configured, the Pwned Passwords range
 * API (only a 5-hex-character hash prefix leaves the machine). BREACH_CHECK_UNAVAILABLE when the online check
 * cannot be made and the client fails closed. {@link #close()} closes the indexes it was given: the
 * {@code PasswordPolicy} that built the rule from its {@code breach-indexes} owns them and closes the rule with itself.
 */
public final class BreachRule implements Rule, AutoCloseable {

    /** One offline index; {@code lowerCased} when it holds lower-cased passwords (the embedded common list). */
    public record Source(BreachIndex index, boolean lowerCased) {
        public Source {
            Objects.requireNonNull(index, "index");
        }
    }

    private final List<Source> sources;
    private final PwnedPasswordsClient online;

    /**
     * @param sources offline indexes, checked in order
     * @param online  the range-API client, or null for offline only
     */
    public BreachRule(List<Source> sources, PwnedPasswordsClient online) {
        this.sources = List.copyOf(sources);
        this.online = online;
    }

    @Override
    public RuleResult validate(PasswordData data) {
        return AccountPasswordData.withChars(data, this::check);
    }

    private RuleResult check(char[] password) {
        for (Source s : sources) {
            BreachResult r = BreachIndexes.check(s.index(), s.lowerCased(), password);
            if (r.found()) {
                return breached(r, s.index().info().description());
            }
        }
        if (online != null) {
            BreachResult r = online.check(password, HashKind.SHA1);
            if (r.found()) {
                return breached(r, "Pwned Passwords");
            }
            if (r.outcome() == BreachResult.Outcome.UNAVAILABLE) {
                return new FailureRuleResult(new RuleResultDetail("BREACH_CHECK_UNAVAILABLE", Map.of()));
            }
        }
        return new SuccessRuleResult();
    }

    private static RuleResult breached(BreachResult r, String corpus) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("corpus", corpus);
        if (r.countKnown()) {
            params.put("minCount", r.minCount());
            params.put("maxCount", r.maxCount());
        }
        return new FailureRuleResult(new RuleResultDetail("BREACHED", params));
    }

    /** Closes every offline index this rule was given (each is its owner's own instance; see BreachIndexes). */
    @Override
    public void close() {
        sources.forEach(s -> s.index().close());
    }

    @Override
    public String toString() {
        return "BreachRule[" + sources.size() + " index(es)" + (online == null ? "" : ", online") + "]";
    }
}
