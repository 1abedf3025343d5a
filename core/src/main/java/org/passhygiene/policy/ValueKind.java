package org.passhygiene.policy;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.passhygiene.breach.BreachIndexes;
import org.passhygiene.breach.PwnedPasswordsClient;
import org.passhygiene.dictionary.ShippedLists;
import org.passhygiene.rotation.CalendarException;
import org.passhygiene.rotation.ChangeInterval;
import org.passhygiene.rotation.TermCalendar;

/**
 * The kind of value a {@link PolicyKey} takes: how a file writes it ({@link Syntax}), what is allowed (the text the
 * key reference shows), how a value is checked and normalised (throwing {@link PolicyException} with the key, the
 * value as given and what is allowed), and, for keys naming a file, how the file is read.
 *
 * @param <T> the Java type of the value
 */
final class ValueKind<T> {

    /** How a value is written in a policy file; the text is what an empty value is told it needs. */
    enum Syntax {
        TEXT("text"), INT("whole number"), BOOL("true or false"), MODE("guessable, substring, whole or off"),
        LIST("list of text"), PATH("file path"), PATHS("list of file paths"),
        CHANGE("termly, never or every Nd such as every 90d"), GROUPS("mapping of group name: role");

        private final String text;

        Syntax(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private static final Pattern ROLE = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    static final ValueKind<Boolean> BOOL = new ValueKind<>(Syntax.BOOL, Boolean.class, false, null, (k, v) -> v);
    static final ValueKind<MatchMode> MODE = new ValueKind<>(Syntax.MODE, MatchMode.class, false, null, (k, v) -> v);
    static final ValueKind<ChangeInterval> CHANGE = new ValueKind<>(Syntax.CHANGE, ChangeInterval.class, false, null,
            (k, v) -> v);

    private final Syntax syntax;
    private final Class<?> type;
    private final boolean optional;
    private final String valueText;
    private final BiFunction<String, T, T> check;
    private final Function<T, ?> load;
    private final Function<T, ?> shown;

    private ValueKind(Syntax syntax, Class<?> type, boolean optional, String valueText,
                      BiFunction<String, T, T> check) {
        this(syntax, type, optional, valueText, check, v -> null, v -> v);
    }

    private ValueKind(Syntax syntax, Class<?> type, boolean optional, String valueText, BiFunction<String, T, T> check,
                      Function<T, ?> load, Function<T, ?> shown) {
        this.syntax = syntax;
        this.type = type;
        this.optional = optional;
        this.valueText = valueText == null ? syntax.text : valueText;
        this.check = check;
        this.load = load;
        this.shown = shown;
    }

    /** This kind, reading the file a value names with {@code loader} when the key is set. */
    private ValueKind<T> loading(Function<T, ?> loader) {
        return new ValueKind<>(syntax, type, optional, valueText, check, loader, shown);
    }

    /** This kind, shown by {@code policy show} as {@code display} gives. */
    private ValueKind<T> showing(Function<T, ?> display) {
        return new ValueKind<>(syntax, type, optional, valueText, check, load, display);
    }

    /** Text of 1 to {@code max} characters, stripped; {@code optional}: null means unset. */
    static ValueKind<String> text(int max, boolean optional) {
        String allowed = "text, 1 to " + max + " characters";
        return new ValueKind<>(Syntax.TEXT, String.class, optional, allowed, (key, value) -> {
            String t = value.strip();
            if (t.isEmpty() || t.length() > max) {
                throw new PolicyException(key, "'" + value + "'", "must be 1 to " + max + " characters");
            }
            return t;
        });
    }

    static ValueKind<Integer> integer(int min, int max) {
        String allowed = "whole number, " + min + " to " + max;
        return new ValueKind<>(Syntax.INT, Integer.class, false, allowed, (key, value) -> {
            if (value < min || value > max) {
                throw new PolicyException(key, Integer.toString(value), "must be between " + min + " and " + max);
            }
            return value;
        });
    }

    /** One of {@code values}, case-insensitive, stored lower-case; null means unset. */
    static ValueKind<String> choice(String... values) {
        List<String> all = List.of(values);
        String text = String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
        return new ValueKind<>(Syntax.TEXT, String.class, true, text, (key, value) -> {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (!all.contains(v)) {
                throw new PolicyException(key, value, "must be " + text);
            }
            return v;
        });
    }

    /** Names of shipped word lists, each once. */
    static ValueKind<List<String>> wordLists() {
        return new ValueKind<>(Syntax.LIST, List.class, false, "list of: " + String.join(", ", ShippedLists.names()),
                (key, value) -> {
                    List<String> known = ShippedLists.names();
                    for (String d : value) {
                        if (!known.contains(d)) {
                            throw new PolicyException(key, d, "unknown word list; allowed: " + String.join(", ",
                                    known));
                        }
                    }
                    return List.copyOf(new LinkedHashSet<>(value));
                });
    }

    /** Words or phrases, stripped, none empty or longer than {@link ExtraWordsFile#MAX_WORD_LENGTH}. */
    static ValueKind<List<String>> words() {
        int max = ExtraWordsFile.MAX_WORD_LENGTH;
        String allowed = "list of text, each at most " + max + " characters";
        return new ValueKind<>(Syntax.LIST, List.class, false, allowed, (key, value) -> {
            List<String> out = new ArrayList<>();
            for (String w : value) {
                String t = Objects.requireNonNull(w, "extra word").strip();
                if (t.isEmpty()) {
                    throw new PolicyException(key, "''", "words must not be empty");
                }
                if (t.codePointCount(0, t.length()) > max) {
                    throw new PolicyException(key, null, "word " + (out.size() + 1) + " is longer than " + max
                            + " characters");
                }
                out.add(t);
            }
            return List.copyOf(out);
        });
    }

    /** A file of words, read (within {@link ExtraWordsFile}'s limits) when the key is set; null means none. */
    static ValueKind<Path> wordsFile() {
        String allowed = "file path (UTF-8, one word a line; at most 16 MiB and " + ExtraWordsFile.MAX_WORDS
                + " words)";
        return new ValueKind<Path>(Syntax.PATH, Path.class, true, allowed, (k, v) -> v).loading(ExtraWordsFile::read);
    }

    /** A term calendar file, read when the key is set; null means the built-in England pattern. */
    static ValueKind<Path> calendarFile() {
        return new ValueKind<Path>(Syntax.PATH, Path.class, true, "file path (YAML, or iCalendar .ics)", (k, v) -> v)
                .loading(ValueKind::calendar);
    }

    private static TermCalendar calendar(Path file) {
        try {
            return TermCalendar.loadFile(file);
        } catch (CalendarException e) {
            throw new PolicyException("calendar", file.toString(), "invalid term calendar: " + e.getMessage());
        }
    }

    /** Role names, stripped and lower-case; shown sorted. */
    static ValueKind<Set<String>> roles() {
        return new ValueKind<Set<String>>(Syntax.LIST, Set.class, false,
                "list of role names (letters, digits, '-' and '_')", (key, value) -> {
                    Set<String> out = new LinkedHashSet<>();
                    for (String r : value) {
                        String role = Objects.requireNonNull(r, "role").strip().toLowerCase(Locale.ROOT);
                        if (!ROLE.matcher(role).matches()) {
                            throw new PolicyException(key, r, "role names are letters, digits, '-' and '_'");
                        }
                        out.add(role);
                    }
                    return Set.copyOf(out);
                }).showing(s -> s.stream().sorted().toList());
    }

    /** Group name → role name; names 1 to 256 characters, unique ignoring case. Shown sorted by name. */
    static ValueKind<Map<String, String>> groups() {
        return new ValueKind<Map<String, String>>(Syntax.GROUPS, Map.class, false, "mapping of group name: role; "
                + "names 1 to 256 characters, case-insensitive", ValueKind::groups).showing(TreeMap::new);
    }

    private static Map<String, String> groups(String key, Map<String, String> value) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, String> e : value.entrySet()) {
            String group = Objects.requireNonNull(e.getKey(), "group").strip();
            if (group.isEmpty() || group.length() > 256) {
                throw new PolicyException(key, "'" + e.getKey() + "'", "group names must be 1 to 256 characters");
            }
            String earlier = seen.putIfAbsent(group.toLowerCase(Locale.ROOT), group);
            if (earlier != null) {
                throw new PolicyException(key, group, "listed twice (also as '" + earlier
                        + "'; names are case-insensitive)");
            }
            String raw = e.getValue();
            String role = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            if (!ROLE.matcher(role).matches()) {
                throw new PolicyException(key, group, (raw == null ? "needs a role"
                        : "role '" + raw + "' is not a role name") + ": use letters, digits, '-' and '_', "
                        + "e.g. it-admin");
            }
            out.put(group, role);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Breach index files, or {@value BreachIndexes#EMBEDDED} for the embedded index; each once. */
    static ValueKind<List<String>> breachIndexes() {
        return new ValueKind<>(Syntax.PATHS, List.class, false, "list of file paths, or "
                + BreachIndexes.EMBEDDED, (key, value) -> {
            for (String v : value) {
                if (Objects.requireNonNull(v, "breach index").isBlank()) {
                    throw new PolicyException(key, "''", "entries must be a file path or common-passwords");
                }
            }
            return List.copyOf(new LinkedHashSet<>(value));
        });
    }

    /** A base URL for the range API: https, or http to a literal loopback address; no credentials. */
    static ValueKind<String> rangeApiUrl() {
        return new ValueKind<>(Syntax.TEXT, String.class, false,
                "https URL (http only to a literal loopback address, `127.0.0.1` or `[::1]`)", ValueKind::url);
    }

    private static String url(String key, String value) {
        String v = value.strip();
        // A policy error is printed: never echo credentials someone put in the URL.
        String shown = v.replaceAll("//[^/?#]*@", "//***@");
        URI uri;
        try {
            uri = URI.create(v);
        } catch (IllegalArgumentException e) {
            throw new PolicyException(key, shown, "must be a URL such as " + PwnedPasswordsClient.DEFAULT_BASE_URI);
        }
        if (uri.getRawUserInfo() != null) {
            throw new PolicyException(key, shown, "must not carry credentials (user:password@): the range API needs"
                    + " none");
        }
        try {
            PwnedPasswordsClient.checkBaseUri(uri);
        } catch (IllegalArgumentException e) {
            throw new PolicyException(key, shown, e.getMessage());
        }
        return v;
    }

    Syntax syntax() {
        return syntax;
    }

    /** What a value may be, for the key reference: the syntax and, when narrower, what is allowed. */
    String valueText() {
        return valueText;
    }

    /**
     * The value checked and normalised.
     *
     * @throws PolicyException      naming the key, the value and what is allowed
     * @throws NullPointerException for null where the key needs a value (named as the builder method's parameter)
     */
    @SuppressWarnings("unchecked")
    Object check(PolicyKey key, Object value) {
        if (value == null) {
            if (optional) {
                return null;
            }
            throw new NullPointerException(key.methodName());
        }
        if (type == Set.class && value instanceof List<?> list) {
            value = new LinkedHashSet<>(list); // a file writes a set as a list
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(key.key() + ": expected a " + type.getSimpleName() + ", not a "
                    + value.getClass().getSimpleName());
        }
        return check.apply(key.key(), (T) value);
    }

    /** What the file a (checked) value names contains, read now; null when the kind names no file. */
    @SuppressWarnings("unchecked")
    Object load(Object value) {
        return value == null ? null : load.apply((T) value);
    }

    /** A (checked) value as {@code policy show} writes it. */
    @SuppressWarnings("unchecked")
    Object shown(Object value) {
        return value == null ? null : shown.apply((T) value);
    }
}
