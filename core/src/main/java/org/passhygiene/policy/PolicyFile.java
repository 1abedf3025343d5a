package org.passhygiene.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.passhygiene.input.IoReason;
import org.passhygiene.input.LongLines;
import org.passhygiene.input.StrictUtf8;
import org.passhygiene.rotation.ChangeInterval;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads and writes YAML policy files. A file is a mapping of {@link PolicyKey} names; {@code extends: PRESET}
 * chooses the starting point (default {@code aup}) and every other key overrides it, checked as its table entry
 * says. Anything doubtful (unknown or duplicate key, wrong type, value out of range, contradiction) is a
 * {@link PolicyException} naming file:line, never a silent default.
 */
public final class PolicyFile {

    /** Largest policy file read, in bytes (1 MiB): a real one is a few dozen lines. */
    public static final int MAX_BYTES = 1 << 20;
    /** Longest line, in chars: enough for a list of a thousand words written on one line. */
    public static final int MAX_LINE = 65_536;
    /** Most aliases ({@code *name}) to collections a file may use: none are needed. */
    public static final int MAX_ALIASES = 20;
    /** Deepest nesting of mappings and lists: a policy file needs two levels. */
    public static final int MAX_NESTING = 10;

    private final String source;
    private final Path directory;
    /** Line of each privileged-groups entry, by group name, for errors about one entry. */
    private final Map<String, Integer> groupLines = new HashMap<>();

    private PolicyFile(Path file) {
        this.source = file.getFileName() == null ? file.toString() : file.toString();
        Path parent = file.toAbsolutePath().getParent();
        this.directory = parent == null ? Path.of(".") : parent;
    }

    /**
     * Reads a policy file into validated settings; the files it names ({@code extra-words-file}, {@code calendar})
     * are read too.
     *
     * @throws PolicyException      for invalid content, in the policy file or a file it names
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PolicySettings read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        // A bounded read, not Files.size: /dev/zero and pipes report size 0.
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(file + ": no such policy file", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new UncheckedIOException(file + ": is a directory, not a file", e);
            }
            throw new UncheckedIOException(file + ": cannot read policy file: " + IoReason.of(e), e);
        }
        return parse(bytes, file);
    }

    /**
     * Parses policy-file bytes read from {@code file} (which names the file in errors and anchors relative paths).
     *
     * @throws PolicyException for invalid content, including more than {@link #MAX_BYTES} bytes
     */
    static PolicySettings parse(byte[] bytes, Path file) {
        if (bytes.length > MAX_BYTES) {
            throw new PolicyException(file.toString(), 0, null, null, "larger than " + MAX_BYTES
                    + " bytes (1 MiB), the limit for a policy file: is this the right file?");
        }
        String yaml;
        try {
            yaml = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.MalformedException e) {
            throw new PolicyException(file.toString(), e.line(), null, null, "not UTF-8 text");
        }
        requireShortLines(yaml, file);
        return new PolicyFile(file).parse(new java.io.StringReader(yaml));
    }

    /**
     * SnakeYAML's reader copies its look-ahead window for every 1 K chars of a token, so one long token costs time
     * quadratic in its length (4 MB: 8 s). Tokens end at line breaks, so capping the line caps the cost.
     */
    private static void requireShortLines(String yaml, Path file) {
        int line = LongLines.first(yaml, MAX_LINE);
        if (line > 0) {
            throw new PolicyException(file.toString(), line, null, null, "line longer than " + MAX_LINE
                    + " characters, the limit for one line of a policy file (long word lists belong in"
                    + " extra-words-file)");
        }
    }

    private PolicySettings parse(Reader reader) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported below with both lines, not as SnakeYAML's exception
            options.setCodePointLimit(MAX_BYTES);
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setNestingDepthLimit(MAX_NESTING);
            options.setAllowRecursiveKeys(false);
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw error(line, null, null, "not valid YAML: " + shorten(e.getProblem()));
        } catch (YAMLException e) {
            throw error(0, null, null, "not valid YAML: " + shorten(e.getMessage()));
        }
        if (root == null) {
            throw error(0, null, null, "empty policy file: expected keys such as 'extends: aup' and 'min-length: 12'"
                    + " (passhygiene policy init writes a starter file)");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw error(line(root), null, null, "expected a mapping of policy keys, found " + describe(root));
        }
        Map<String, Integer> lines = new HashMap<>();
        List<NodeTuple> settings = new ArrayList<>();
        NodeTuple extendsTuple = null;
        for (NodeTuple t : mapping.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks)) {
                throw error(line(k), null, null, "policy keys must be plain words, found " + describe(k));
            }
            String key = ks.getValue();
            Integer first = lines.putIfAbsent(key, line(k));
            if (first != null) {
                throw error(line(k), key, null, "duplicate key (first set on line " + first + ")");
            }
            if (key.equals(PolicyKey.EXTENDS)) {
                extendsTuple = t;
            } else {
                settings.add(t);
            }
        }
        PolicySettings.Builder builder;
        if (extendsTuple == null) {
            builder = PolicySettings.builder(Presets.DEFAULT);
        } else {
            String preset = scalar(extendsTuple, PolicyKey.EXTENDS, "a preset name");
            try {
                builder = PolicySettings.builder(preset);
            } catch (PolicyException e) {
                throw e.at(source, line(extendsTuple.getKeyNode()));
            }
        }
        for (NodeTuple t : settings) {
            String name = ((ScalarNode) t.getKeyNode()).getValue();
            PolicyKey key = PolicyKey.byName(name).orElseThrow(() -> unknownKey(t, name));
            Object value = value(t, key);
            try {
                builder.set(key, value);
            } catch (PolicyException e) {
                Integer entry = key == PolicyKey.PRIVILEGED_GROUPS ? e.value().map(groupLines::get).orElse(null)
                        : null;
                if (e.source().isPresent()) {
                    throw e; // already names its own file and line (an extra-words-file or calendar)
                }
                throw e.at(source, entry != null ? entry : line(t.getValueNode()));
            }
        }
        try {
            return builder.settings();
        } catch (PolicyException e) {
            Integer where = e.key().map(lines::get).orElse(null);
            throw e.at(source, where == null ? 0 : where);
        }
    }

    private PolicyException unknownKey(NodeTuple t, String name) {
        String hint = PolicyKey.closest(name).map(c -> " (did you mean " + c + "?)").orElse("");
        return error(line(t.getKeyNode()), name, null, "unknown key" + hint + "; allowed: "
                + String.join(", ", PolicyKey.allNames()));
    }

    private Object value(NodeTuple t, PolicyKey key) {
        Node v = t.getValueNode();
        switch (key.kind().syntax()) {
            case PATHS: {
                List<String> resolved = new ArrayList<>();
                for (String item : strings(t, key)) {
                    resolved.add(item.equals(org.passhygiene.breach.BreachIndexes.EMBEDDED) ? item
                            : directory.resolve(item).normalize().toString());
                }
                return resolved;
            }
            case LIST:
                return strings(t, key);
            case GROUPS:
                return groups(t, key);
            case INT: {
                String s = scalar(t, key.key(), key.kind().syntax().text());
                if (!((ScalarNode) v).getTag().equals(Tag.INT)) {
                    throw error(line(v), key.key(), s, "must be a whole number");
                }
                try {
                    return Integer.parseInt(s.replace("_", ""));
                } catch (NumberFormatException e) {
                    throw error(line(v), key.key(), s, "must be a whole number within ±2147483647");
                }
            }
            case BOOL: {
                String s = scalar(t, key.key(), key.kind().syntax().text());
                if (!((ScalarNode) v).getTag().equals(Tag.BOOL)) {
                    throw error(line(v), key.key(), s, "must be true or false");
                }
                return Boolean.valueOf(s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes")
                        || s.equalsIgnoreCase("on") || s.equalsIgnoreCase("y"));
            }
            case MODE: {
                String s = scalar(t, key.key(), key.kind().syntax().text());
                try {
                    return MatchMode.valueOf(s.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    // YAML 1.1 reads a bare 'off' as false: accept it as the mode it obviously means.
                    if (((ScalarNode) v).getTag().equals(Tag.BOOL) && s.equalsIgnoreCase("off")) {
                        return MatchMode.OFF;
                    }
                    throw error(line(v), key.key(), s, "must be guessable, substring, whole or off");
                }
            }
            case CHANGE: {
                String s = scalar(t, key.key(), key.kind().syntax().text());
                try {
                    return ChangeInterval.parse(s);
                } catch (IllegalArgumentException e) {
                    // ChangeInterval.parse is the one parser; its message starts with the value, given here as key=value
                    String problem = e.getMessage().startsWith(s + ": ") ? e.getMessage().substring(s.length() + 2)
                            : e.getMessage();
                    throw error(line(v), key.key(), s, problem);
                }
            }
            case PATH: {
                String s = scalar(t, key.key(), key.kind().syntax().text());
                return directory.resolve(s).normalize();
            }
            default:
                return scalar(t, key.key(), key.kind().syntax().text());
        }
    }

    private Map<String, String> groups(NodeTuple t, PolicyKey key) {
        Node v = t.getValueNode();
        if (!(v instanceof MappingNode m)) {
            throw error(line(v), key.key(), text(v), "must be a mapping of group: role, one per line, e.g. "
                    + "\"Domain Admins: it-admin\" ({} for none)");
        }
        Map<String, String> groups = new LinkedHashMap<>();
        for (NodeTuple entry : m.getValue()) {
            Node k = entry.getKeyNode();
            if (!(k instanceof ScalarNode ks) || ks.getTag().equals(Tag.NULL)) {
                throw error(line(k), key.key(), null, "group names must be text, found " + describe(k));
            }
            Node r = entry.getValueNode();
            if (!(r instanceof ScalarNode rs)) {
                throw error(line(r), key.key(), ks.getValue(), "the role must be one word such as it-admin, found "
                        + describe(r));
            }
            String name = ks.getValue().strip();
            groupLines.putIfAbsent(name, line(k));
            if (groups.containsKey(name)) {
                // the builder reports names that differ only in case; exact repeats are caught here with both lines
                throw error(line(k), key.key(), name, "listed twice (first on line " + groupLines.get(name) + ")");
            }
            groups.put(name, rs.getTag().equals(Tag.NULL) ? null : rs.getValue());
        }
        return groups;
    }

    private List<String> strings(NodeTuple t, PolicyKey key) {
        Node v = t.getValueNode();
        if (v instanceof SequenceNode seq) {
            List<String> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
                    throw error(line(item), key.key(), null, "list items must be text, found " + describe(item));
                }
                items.add(s.getValue());
            }
            return items;
        }
        throw error(line(v), key.key(), text(v), "must be a list, e.g. [a, b]");
    }

    private String scalar(NodeTuple t, String key, String expected) {
        Node v = t.getValueNode();
        if (!(v instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
            throw error(line(v), key, null, "needs a value: " + expected);
        }
        return s.getValue();
    }

    private PolicyException error(int line, String key, String value, String problem) {
        return new PolicyException(source, line, key, value, problem);
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static String text(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    private static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        return "'" + shorten(((ScalarNode) n).getValue()) + "'";
    }

    /** Text from the file (or SnakeYAML's account of it) cut to 100 characters: errors stay one readable line. */
    private static String shorten(String text) {
        if (text == null || text.length() <= 100) {
            return text;
        }
        return text.substring(0, 80) + "… (" + text.length() + " characters)";
    }

    /**
     * The settings as a policy file that {@link #read} turns back into the same settings.
     *
     * @param comments whether to explain every key (for {@code policy init})
     */
    public static String write(PolicySettings settings, boolean comments) {
        return PolicyYamlWriter.write(settings, comments);
    }
}
