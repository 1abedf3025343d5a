package org.passhygiene.messages;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A properties bundle (en-GB) of texts with {@code {name}} placeholders, and the clause label of the active policy.
 * Immutable and thread-safe.
 *
 * <p>Internal to passhygiene (public only so that its packages can share it): embedders read the texts through
 * {@code Violation.message()}, {@code Finding.detail()} and the like.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class MessageBundle {

    /**
     * The bundle: violation messages and clauses (keys: {@code ViolationCode} names), audit findings
     * ({@code finding.*}: {@code FindingCode} names) and the guidance lint ({@code lint.*}: {@code LintCode} names).
     */
    static final String BUNDLE = "org.passhygiene.Messages";

    private static final Locale LOCALE = Locale.UK;

    private final ResourceBundle bundle;
    private final String clauseLabel;

    private MessageBundle(ResourceBundle bundle, String clauseLabel) {
        this.bundle = bundle;
        this.clauseLabel = clauseLabel;
    }

    /**
     * The texts, with the clause label of the policy whose clauses they name.
     *
     * @param clauseLabel the active policy's {@code clause-label}, e.g. "AUP"
     */
    public static MessageBundle forLabel(String clauseLabel) {
        return new MessageBundle(ResourceBundle.getBundle(BUNDLE, LOCALE),
                Objects.requireNonNull(clauseLabel, "clauseLabel"));
    }

    /** The clause label this bundle prefixes clauses with, e.g. "AUP". */
    public String clauseLabel() {
        return clauseLabel;
    }

    /** Whether the bundle has this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text of {@code key} with its placeholders filled from {@code params}.
     *
     * @throws java.util.MissingResourceException if there is no such key
     */
    public String text(String key, Map<String, ?> params) {
        return fill(bundle.getString(key), params);
    }

    /** The text of {@code key}, which has no placeholders. */
    public String text(String key) {
        return text(key, Map.of());
    }

    /** The texts of {@code key.1}, {@code key.2}, … up to the first missing one, each filled from {@code params}. */
    public List<String> texts(String key, Map<String, ?> params) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 1; has(key + "." + i); i++) {
            out.add(text(key + "." + i, params));
        }
        return out;
    }

    /** {@code "<clause label>: "} followed by the text of {@code key}: the clause of the active policy. */
    public String clause(String key, Map<String, ?> params) {
        return clauseLabel + ": " + text(key, params);
    }

    /**
     * Replaces each {@code {name}} of the template with its parameter (integers grouped: "100,000"). A value is put
     * in as it is, never read as a template; an unknown name gives "null"; a brace without its partner stays.
     */
    public static String fill(String template, Map<String, ?> params) {
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
            out.append(text(params.get(template.substring(i + 1, close))));
            i = close + 1;
        }
        return out.toString();
    }

    /** Large counts read better grouped: "100,000". */
    private static String text(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return NumberFormat.getIntegerInstance(LOCALE).format(value);
        }
        return String.valueOf(value);
    }

    /**
     * How often a clause asks for a change: "at least once a term", "at least every 90 days", "when asked to".
     *
     * @param kind a {@code ChangeInterval.Kind} name: TERMLY, EVERY or NEVER
     * @param days for EVERY, the number of days
     */
    public String interval(String kind, int days) {
        return text("interval." + kind, Map.of("days", String.valueOf(days)));
    }

    /**
     * Roles as a clause names them, "SLT, office and welfare": short role names read as acronyms and come first.
     * "privileged" when there are none.
     */
    public static String roleList(Collection<String> roles) {
        List<String> names = roles.stream().sorted()
                .map(r -> r.length() <= 3 ? r.toUpperCase(Locale.ROOT) : r)
                .sorted((a, b) -> Boolean.compare(!a.equals(a.toUpperCase(Locale.ROOT)),
                        !b.equals(b.toUpperCase(Locale.ROOT))))
                .toList();
        if (names.isEmpty()) {
            return "privileged";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
