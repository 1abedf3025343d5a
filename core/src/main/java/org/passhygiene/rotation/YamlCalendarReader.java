package org.passhygiene.rotation;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.passhygiene.output.TerminalText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a per-school term calendar YAML file through SnakeYAML's node API, so every error has a line. Bounded: the
 * file is at most {@value #MAX_BYTES} bytes (SnakeYAML's reader is slow on long values, so the cap is small; a
 * calendar of 300 years of terms fits), lines at most {@value #MAX_LINE_CHARS} characters, nesting and aliases are
 * limited, and the list holds at most {@link TermListBuilder#MAX_TERMS} terms.
 */
final class YamlCalendarReader {
    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_LINE_CHARS = 1024;
    private static final int MAX_NESTING = 8;
    private static final int MAX_ALIASES = 8;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> TOP_KEYS = Set.of("terms");
    private static final Set<String> TERM_KEYS = Set.of("name", "start", "end", "half-term");
    private static final Set<String> RANGE_KEYS = Set.of("start", "end");

    /** The YAML format: {@link CalendarText.Format#read} a file, {@link CalendarText.Format#parse} a text. */
    static final CalendarText.Format FORMAT = new CalendarText.Format(MAX_BYTES, MAX_LINE_CHARS,
            YamlCalendarReader::terms);

    private final String file;

    private YamlCalendarReader(String file) {
        this.file = file;
    }

    /** Composes the checked text's YAML nodes (bounded) and reads the terms from them. */
    private static List<Term> terms(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new CalendarException(file + ":" + (m == null ? 1 : m.getLine() + 1) + ": not valid YAML: "
                    + TerminalText.escape(e.getProblem()));
        } catch (YAMLException e) {
            throw new CalendarException(file + ": not valid YAML: " + TerminalText.escape(e.getMessage()));
        }
        if (root == null) {
            throw new CalendarException(file + ":1: empty file: a 'terms' list is required");
        }
        return new YamlCalendarReader(file).terms(root);
    }

    private List<Term> terms(Node root) {
        Map<String, NodeTuple> top = mapping(root, "the file", TOP_KEYS);
        NodeTuple termsTuple = top.get("terms");
        if (termsTuple == null) {
            throw error(root, "terms: is required (a list of terms)");
        }
        Node list = termsTuple.getValueNode();
        if (!(list instanceof SequenceNode seq)) {
            throw error(list, "terms: must be a list of terms, each with name, start and end");
        }
        if (seq.getValue().size() > TermListBuilder.MAX_TERMS) {
            throw error(list, "terms: more than " + TermListBuilder.MAX_TERMS + " terms");
        }
        TermListBuilder builder = new TermListBuilder(file);
        for (Node item : seq.getValue()) {
            builder.add(term(item), file + ":" + line(item));
        }
        if (seq.getValue().isEmpty()) {
            throw error(list, "terms: must list at least one term");
        }
        return builder.build();
    }

    private Term term(Node node) {
        Map<String, NodeTuple> keys = mapping(node, "a term", TERM_KEYS);
        String name = scalar(required(node, keys, "name"), "name");
        if (name.isBlank()) {
            throw error(keys.get("name").getValueNode(), "name=: must not be blank");
        }
        DateRange dates = range(node, keys);
        Optional<DateRange> halfTerm = Optional.empty();
        NodeTuple ht = keys.get("half-term");
        if (ht != null) {
            Node htNode = ht.getValueNode();
            DateRange h = range(htNode, mapping(htNode, "half-term", RANGE_KEYS));
            if (!dates.contains(h.start()) || !dates.contains(h.end())) {
                throw error(htNode, "half-term=" + h + ": must be inside the term " + dates);
            }
            halfTerm = Optional.of(h);
        }
        return new Term(name, dates, halfTerm);
    }

    private DateRange range(Node owner, Map<String, NodeTuple> keys) {
        LocalDate start = date(required(owner, keys, "start"), "start");
        Node endNode = required(owner, keys, "end");
        LocalDate end = date(endNode, "end");
        if (end.isBefore(start)) {
            throw error(endNode, "end=" + end + ": must not be before start " + start);
        }
        return new DateRange(start, end);
    }

    private LocalDate date(Node node, String key) {
        String text = scalar(node, key);
        if (ISO_DATE.matcher(text).matches()) {
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                date = null; // the message below
            }
            if (date != null) {
                return supported(node, key, date);
            }
        }
        throw error(node, key + "=" + TerminalText.escape(text) + ": must be a date yyyy-mm-dd");
    }

    private LocalDate supported(Node node, String key, LocalDate date) {
        DateRange supported = TermCalendar.SUPPORTED_DATES;
        if (!supported.contains(date)) {
            throw error(node, key + "=" + date + ": must be between " + supported.start() + " and " + supported.end());
        }
        return date;
    }

    private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping with keys " + sorted(allowed));
        }
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            String key = k instanceof ScalarNode s ? s.getValue() : "?";
            if (!allowed.contains(key)) {
                throw error(k, TerminalText.escape(key) + ": unknown key in " + what + ": allowed keys are " + sorted(allowed));
            }
            NodeTuple earlier = keys.putIfAbsent(key, t);
            if (earlier != null) {
                throw error(k, key + ": duplicate key, first given at line " + line(earlier.getKeyNode()));
            }
        }
        return keys;
    }

    private Node required(Node owner, Map<String, NodeTuple> keys, String key) {
        NodeTuple t = keys.get(key);
        if (t == null) {
            throw error(owner, key + ": is required");
        }
        return t.getValueNode();
    }

    private String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, key + ": must be a single value");
        }
        return s.getValue();
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", keys.stream().sorted().toList());
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private CalendarException error(Node node, String message) {
        return new CalendarException(file + ":" + line(node) + ": " + message);
    }
}
