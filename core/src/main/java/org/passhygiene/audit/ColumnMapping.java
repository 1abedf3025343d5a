package org.passhygiene.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which header column holds which field of an {@link ExportRecord}, for the {@link ExportFormat#GENERIC} format.
 * Parsed from {@code username=Login,password=Pass,system=Site}; {@code username} is required. Keys:
 * {@value #KEYS_TEXT}.
 *
 * @param columns field key → header name (header names match case-insensitively)
 */
public record ColumnMapping(Map<String, String> columns) {

    static final String KEYS_TEXT = "username, password, nt-hash, system, person, display-name, enabled, groups, "
            + "password-last-set, last-logon, never-expires, not-required";
    /** The keys a mapping may use. */
    public static final List<String> KEYS = List.of(KEYS_TEXT.split(", "));

    /**
     * @throws IllegalArgumentException for an unknown key or a mapping without {@code username}
     */
    public ColumnMapping {
        columns = checked(columns, KEYS_TEXT);
    }

    /**
     * The mapping's columns, checked: every key one of {@code keysText} (comma-separated), {@code username} among
     * them; shared with the other mappings of the same {@code key=COLUMN} form.
     *
     * @throws IllegalArgumentException for an unknown key or a mapping without {@code username}
     */
    static Map<String, String> checked(Map<String, String> columns, String keysText) {
        Objects.requireNonNull(columns, "columns");
        List<String> keys = List.of(keysText.split(", "));
        for (String key : columns.keySet()) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("unknown column mapping key '" + key + "'; keys: " + keysText);
            }
        }
        if (!columns.containsKey("username")) {
            throw new IllegalArgumentException("a column mapping needs username=COLUMN; keys: " + keysText);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /**
     * Parses {@code key=Column,key=Column}.
     *
     * @throws IllegalArgumentException naming the bad part
     */
    public static ColumnMapping parse(String text) {
        return new ColumnMapping(pairs(text, KEYS_TEXT));
    }

    /**
     * The {@code key=Column} pairs of {@code text}, keys lower-cased, in order.
     *
     * @param keysText the keys allowed, for messages
     * @throws IllegalArgumentException naming the bad part
     */
    static Map<String, String> pairs(String text, String keysText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : Objects.requireNonNull(text, "text").split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("column mapping '" + part.trim()
                        + "' is not key=COLUMN; keys: " + keysText);
            }
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (m.put(key, part.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("column mapping key '" + key + "' given twice");
            }
        }
        return m;
    }

    /** The header name for a key, or null when not mapped. */
    String column(String key) {
        return columns.get(key);
    }
}
