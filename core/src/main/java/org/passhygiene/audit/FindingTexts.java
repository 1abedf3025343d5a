package org.passhygiene.audit;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.messages.MessageBundle;
import org.passhygiene.policy.MatchMode;
import org.passhygiene.policy.PolicySettings;

/**
 * The texts of the findings of an audit under one policy, from the message bundle ({@code finding.*}): each code's
 * clause, with the clause label and numbers of that policy ("NIST: 15 or more characters"), or where a published
 * standard says it whatever the policy, that standard's own words ({@code finding.standard.*}, naming it), and the
 * details and notes. Details take names, dates and counts only, put in as they are (counts not grouped); never a password.
 */
final class FindingTexts {

    private final MessageBundle bundle;
    private final Map<FindingCode, String> clauses = new EnumMap<>(FindingCode.class);

    private FindingTexts(PolicySettings s) {
        bundle = MessageBundle.forLabel(s.clauseLabel());
        Map<String, Object> p = new HashMap<>();
        p.put("minLength", String.valueOf(s.minLength()));
        p.put("composition", s.composition() ? bundle.text("finding.clause.WEAK_PASSWORD.composition") : "");
        p.put("dictionary", s.dictionaryMatch() != MatchMode.OFF
                ? bundle.text("finding.clause.WEAK_PASSWORD.dictionary") : "");
        p.put("privileged", MessageBundle.roleList(s.privilegedRoles()));
        p.put("privilegedInterval", bundle.interval(s.privilegedChange().kind().name(), s.privilegedChange().days()));
        for (FindingCode code : FindingCode.values()) {
            String practice = "finding.practice." + code.name();
            String standard = "finding.standard." + code.name();
            clauses.put(code, bundle.has(standard) ? bundle.text(standard)
                    : bundle.has(practice) ? bundle.text("finding.practice.label") + ": " + bundle.text(practice)
                    : bundle.clause("finding.clause." + code.name(), p));
        }
    }

    /** The texts under this policy. */
    static FindingTexts of(PolicySettings settings) {
        return new FindingTexts(settings);
    }

    /** The texts under the default policy (the {@code aup} preset). */
    static FindingTexts defaults() {
        return Default.TEXTS;
    }

    /** Built on first use. */
    private static final class Default {
        static final FindingTexts TEXTS = new FindingTexts(PasswordPolicy.builder().settings());
    }

    /** The clause the code's findings break, under this policy. */
    String clause(FindingCode code) {
        return clauses.get(code);
    }

    /** What to do next about the code's findings, and who does it: {@code finding.<CODE>.remedy}. */
    String remedy(FindingCode code) {
        return bundle.text("finding." + code.name() + ".remedy");
    }

    /**
     * The detail {@code finding.detail.<CODE>[.<variant>]}, its placeholders filled from name/value pairs.
     *
     * @param variant the case, or null for the code's plain detail
     */
    String detail(FindingCode code, String variant, Object... namesAndValues) {
        return bundle.text("finding.detail." + code.name() + (variant == null ? "" : "." + variant),
                params(namesAndValues));
    }

    /** How a detail names an administrator role the export states on {@code system}: {@code finding.role.<system>}. */
    String adminRole(String system) {
        return bundle.text("finding.role." + system);
    }

    /** The note {@code finding.note.<key>}, filled from name/value pairs. */
    String note(String key, Object... namesAndValues) {
        return bundle.text("finding.note." + key, params(namesAndValues));
    }

    /** A finding at its code's own severity, with this policy's clause. */
    Finding finding(FindingCode code, List<String> accounts, String detail, String tag) {
        return finding(code, accounts, detail, tag, code.severity());
    }

    /** A finding at this severity, with this policy's clause. */
    Finding finding(FindingCode code, List<String> accounts, String detail, String tag, Severity severity) {
        return new Finding(code, accounts, detail, tag, severity, clause(code));
    }

    /** Values as text, as string concatenation writes them ("1234", not "1,234"). */
    private static Map<String, String> params(Object... namesAndValues) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            p.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return p;
    }
}
