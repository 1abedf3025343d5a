package org.passhygiene.policy;

import java.util.Optional;

/**
 * A policy (file or builder call) that cannot be used. Thrown before any password is checked, naming where the
 * problem is, the key, the value and what is allowed: {@code school-policy.yaml:7: min-length=-3: must be between 1
 * and 256}.
 */
public class PolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** Longest value quoted in a message. */
    private static final int MAX_VALUE_SHOWN = 120;
    /** Longest problem text in a message. */
    private static final int MAX_PROBLEM_SHOWN = 1_000;

    private final String source;
    private final int line;
    private final String key;
    private final String value;
    private final String problem;

    /**
     * @param source  file name, or null for a builder call
     * @param line    1-based line, or 0 when unknown
     * @param key     policy key, or null when the problem is not about one key
     * @param value   the offending value as written, or null
     * @param problem what is wrong and what is allowed
     */
    PolicyException(String source, int line, String key, String value, String problem) {
        super(format(source, line, key, value, problem));
        this.source = source;
        this.line = line;
        this.key = key;
        this.value = value;
        this.problem = problem;
    }

    /** A builder-call problem, before any file position is known. */
    PolicyException(String key, String value, String problem) {
        this(null, 0, key, value, problem);
    }

    /** The same problem, located in a file. */
    PolicyException at(String source, int line) {
        return new PolicyException(source, line, key, value, problem);
    }

    private static String format(String source, int line, String key, String value, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        if (key != null) {
            sb.append(key);
            if (value != null) {
                sb.append('=').append(abbreviate(value));
            }
            sb.append(": ");
        }
        // Problems are ours, but may quote a parser's message or a calendar's: keep the message to a line or two.
        return sb.append(problem == null || problem.length() <= MAX_PROBLEM_SHOWN ? problem
                : problem.substring(0, MAX_PROBLEM_SHOWN - 20) + "… (cut)").toString();
    }

    /** A value as written, cut to {@link #MAX_VALUE_SHOWN} characters: a 1 MB value makes no useful message. */
    static String abbreviate(String value) {
        if (value.length() <= MAX_VALUE_SHOWN) {
            return value;
        }
        return value.substring(0, MAX_VALUE_SHOWN - 20) + "… (" + value.length() + " characters)";
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    public int line() {
        return line;
    }

    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    public String problem() {
        return problem;
    }
}
