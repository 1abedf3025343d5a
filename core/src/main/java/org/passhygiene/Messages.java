package org.passhygiene;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.passhygiene.messages.MessageBundle;
import org.passhygiene.rotation.ChangeDue;
import org.passhygiene.rotation.ChangeInterval;
import org.passhygiene.rotation.RotationPolicy;

/**
 * Turns a rule's error code and named parameters into a {@link Violation}: the message and clause come from the
 * {@link MessageBundle} (en-GB; {@code {name}} placeholders), so wording changes and translations need no code.
 */
final class Messages {

    private final MessageBundle bundle;

    private Messages(MessageBundle bundle) {
        this.bundle = bundle;
    }

    static Messages forLabel(String clauseLabel) {
        return new Messages(MessageBundle.forLabel(clauseLabel));
    }

    Violation violation(String errorCode, Map<String, Object> params) {
        ViolationCode code = ViolationCode.valueOf(errorCode);
        Map<String, Object> p = new LinkedHashMap<>(params);
        String key = code.name();
        Object source = p.get("source");
        if (source != null) {
            key = key + "." + source;
        }
        Object reason = p.get("reason");
        if (reason != null) {
            key = key + "." + reason;
        }
        if (Boolean.TRUE.equals(p.get("whole"))) {
            key = key + ".whole";
        }
        Map<String, Object> fill = derived(p);
        String message = bundle.text(key, fill);
        String clauseKey = bundle.has("clause." + key) ? "clause." + key : "clause." + code.name();
        String clause = bundle.clause(clauseKey, fill);
        return new Violation(code, p, message, clause);
    }

    /**
     * A change required as a CHANGE_REQUIRED violation: params {@code system}, {@code reason}, {@code dueDate},
     * {@code detail}, and for the clause {@code who} (the privileged roles, or staff) and {@code interval} (the
     * bundle's wording of the rule that applies).
     */
    Violation changeRequired(ChangeDue due, RotationPolicy rules) {
        ChangeInterval interval = rules.interval(due.privileged());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("system", due.system());
        p.put("reason", due.reason().name());
        p.put("dueDate", due.dueDate());
        p.put("detail", due.detail());
        p.put("who", due.privileged() ? MessageBundle.roleList(rules.privilegedRoles()) + " staff" : "staff");
        p.put("interval", bundle.interval(interval.kind().name(), interval.days()));
        return violation(ViolationCode.CHANGE_REQUIRED.name(), p);
    }

    /** The parameters plus {disguise} and {prevalence}, derived from them (not parameters of the violation). */
    private Map<String, Object> derived(Map<String, Object> params) {
        Map<String, Object> fill = new HashMap<>(params);
        fill.put("disguise", disguise(params));
        fill.put("prevalence", prevalence(params));
        return fill;
    }

    /** " (seen 256 to 1,023 times)" from minCount/maxCount; empty when the count is unknown. */
    private String prevalence(Map<String, Object> params) {
        Object min = params.get("minCount");
        Object max = params.get("maxCount");
        if (!(min instanceof Long lo) || !(max instanceof Long hi) || hi == 0) {
            return "";
        }
        if (lo.equals(hi)) {
            return bundle.text("prevalence.exact", params);
        }
        return bundle.text(hi == Long.MAX_VALUE ? "prevalence.atLeast" : "prevalence.range", params);
    }

    /** " (written backwards)" or " (written with look-alike characters)" from the booleans; never the password. */
    private String disguise(Map<String, Object> params) {
        if (Boolean.TRUE.equals(params.get("reversed"))) {
            return bundle.text("disguise.reversed", params);
        }
        if (Boolean.TRUE.equals(params.get("disguised"))) {
            return bundle.text("disguise.written", params);
        }
        return "";
    }
}
