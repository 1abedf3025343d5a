package org.passhygiene.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes settings as a policy file ({@link PolicyFile#write}) that {@link PolicyFile#read} reads back into the same
 * settings, and values as YAML (flow style) for the file and the README key reference.
 */
final class PolicyYamlWriter {

    private PolicyYamlWriter() {
    }

    /** See {@link PolicyFile#write}. */
    static String write(PolicySettings settings, boolean comments) {
        StringBuilder out = new StringBuilder();
        if (comments) {
            out.append("# passhygiene policy file. Every key overrides the preset named by 'extends'.\n")
               .append("# Check it with: passhygiene policy lint --policy FILE\n\n");
        }
        out.append(PolicyKey.EXTENDS).append(": ").append(settings.basePreset()).append('\n');
        for (PolicyKey key : PolicyKey.values()) {
            Object v = key.get(settings);
            if (comments) {
                out.append("\n# ").append(key.comment()).append('\n');
            }
            if (v == null) {
                out.append("# ").append(key.key()).append(":\n");
                continue;
            }
            String value = yaml(v);
            if (v instanceof List<?> list && value.length() > 1_000) {
                // One item a line: a long list on one line would pass MAX_LINE, and reads badly anyway.
                out.append(key.key()).append(":\n");
                list.forEach(o -> out.append("  - ").append(quote(o.toString())).append('\n'));
                continue;
            }
            out.append(key.key()).append(": ").append(value).append('\n');
        }
        return out.toString();
    }

    /** A value as YAML (flow style): also how the README key reference shows defaults. */
    static String yaml(Object v) {
        if (v instanceof Map<?, ?> map) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                items.add(quote(e.getKey().toString()) + ": " + quote(e.getValue().toString()));
            }
            return "{" + String.join(", ", items) + "}";
        }
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(quote(o.toString()));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (v instanceof MatchMode m) {
            return m.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof String s) {
            return quote(s);
        }
        return v.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
