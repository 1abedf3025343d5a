package org.passhygiene;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Turns a rule's error code and named parameters into a {@link Violation}: the message and clause come from the
 * {@code org.passhygiene.Messages} bundle (en-GB; {@code {name}} placeholders), so wording changes and translations
 * need no code.
 */
final class Messages {

    private static final String BUNDLE = "org.passhygiene.Messages";
    private final ResourceBundle bundle;
    private final String clauseLabel;

    private Messages(ResourceBundle bundle, String clauseLabel) {
        this.bundle = bundle;
        this.clauseLabel = clauseLabel;
    }

    static Messages forLabel(String clauseLabel) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, Locale.UK), clauseLabel);
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
        String message = format(bundle.getString(key), p);
        String clauseKey = bundle.containsKey("clause." + key) ? "clause." + key : "clause." + code.name();
        String clause = clauseLabel + ": " + format(bundle.getString(clauseKey), p);
        return new Violation(code, p, message, clause);
    }

    /** Replaces {name} with the parameter; {disguise} is derived from reversed/disguised. */
    private String format(String template, Map<String, Object> params) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = template.substring(i + 1, close);
            out.append(name.equals("disguise") ? disguise(params)
                    : name.equals("prevalence") ? prevalence(params) : text(params.get(name)));
            i = close + 1;
        }
        return out.toString();
    }

    /** Large counts read better grouped: "100,000". */
    private static String text(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return NumberFormat.getIntegerInstance(Locale.UK).format(value);
        }
        return String.valueOf(value);
    }

    /** " (seen 256 to 1,023 times)" from minCount/maxCount; empty when the count is unknown. */
    private String prevalence(Map<String, Object> params) {
        Object min = params.get("minCount");
        Object max = params.get("maxCount");
        if (!(min instanceof Long lo) || !(max instanceof Long hi) || hi == 0) {
            return "";
        }
        if (lo.equals(hi)) {
            return format(bundle.getString("prevalence.exact"), params);
        }
        return format(bundle.getString(hi == Long.MAX_VALUE ? "prevalence.atLeast" : "prevalence.range"), params);
    }

    /** " (written backwards)" or " (written with look-alike characters)" from the booleans; never the password. */
    private String disguise(Map<String, Object> params) {
        if (Boolean.TRUE.equals(params.get("reversed"))) {
            return format(bundle.getString("disguise.reversed"), params);
        }
        if (Boolean.TRUE.equals(params.get("disguised"))) {
            return format(bundle.getString("disguise.written"), params);
        }
        return "";
    }
}
