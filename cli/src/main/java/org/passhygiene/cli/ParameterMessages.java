package org.passhygiene.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passhygiene.output.TerminalText;

import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The message for a bad command line, built so that it never contains a value the user typed: someone may type a
 * password as an argument ({@code passhygiene check hunter2}), and picocli's own messages quote it ("Unmatched
 * argument at index 1: 'hunter2'"). Names come from the command's own definition (option names, parameter labels);
 * an unknown option is named only when it looks like one (lower-case letters, digits and hyphens after {@code -} or
 * {@code --}), and without any {@code =value}; everything else is "value not shown".
 */
final class ParameterMessages {

    /** An unknown option that is shown by name: --lower-case-words or -x, nothing else. */
    private static final Pattern OPTION_LIKE = Pattern.compile("--[a-z][a-z0-9-]{0,40}|-[a-zA-Z]");

    /** A quoted piece of a message: where the core's parsers put what they echo of a value. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private ParameterMessages() {
    }

    /**
     * The exception a converter throws for a value our own parser refused with {@code message}: the parser's wording,
     * with every quoted piece of the value in it shown as "(value not shown)" (the value could be a password typed in
     * the wrong place). If the value is still in the message after that, a plain conversion error, which
     * {@link #describe} reports without the message.
     */
    static TypeConversionException conversionError(String message, String value) {
        String shown = withoutValue(message, value);
        String v = value.strip();
        if (v.length() > 3 && shown.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT))) {
            return new TypeConversionException(null); // no detail: describe() says "(value not shown)"
        }
        return new VettedConversionException(shown);
    }

    private static String withoutValue(String message, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        String escaped = TerminalText.escape(value).toLowerCase(Locale.ROOT);
        Matcher m = QUOTED.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String q = m.group(1).toLowerCase(Locale.ROOT);
            boolean fromValue = !q.isBlank() && (lower.contains(q.strip()) || escaped.contains(q.strip()));
            m.appendReplacement(sb, Matcher.quoteReplacement(fromValue ? "(value not shown)" : m.group()));
        }
        return m.appendTail(sb).toString();
    }

    static String describe(ParameterException ex, String[] args) {
        if (ex instanceof UnmatchedArgumentException u) {
            return unmatched(u, args);
        }
        if (ex instanceof MissingParameterException m) {
            return missing(m);
        }
        if (ex instanceof OverwrittenOptionException o) {
            return "option " + name(o.getOverwritten()) + " should be given only once";
        }
        if (ex instanceof MaxValuesExceededException) {
            return ex.getArgSpec() != null ? "too many values for " + name(ex.getArgSpec()) : "too many arguments";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return invalidValue(ex);
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            // Built from option names and labels only ("Error: --preset=NAME, --policy=FILE are mutually exclusive").
            return ex.getMessage();
        }
        // Our own ParameterExceptions ("a subcommand is needed: …") and anything else picocli may add: whatever
        // the message says, no quoted argument survives.
        return redact(ex.getMessage(), args);
    }

    private static String unmatched(UnmatchedArgumentException u, String[] args) {
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty()) {
            return "unexpected argument (value not shown)";
        }
        String first = unmatched.get(0);
        String more = unmatched.size() == 1 ? "" : " and " + (unmatched.size() - 1) + " more argument"
                + (unmatched.size() == 2 ? "" : "s") + " (not shown)";
        int position = position(args, first);
        String at = position > 0 ? " at position " + position : "";
        if (first.startsWith("-") && first.length() > 1) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            if (OPTION_LIKE.matcher(name).matches()) {
                StringBuilder sb = new StringBuilder("unknown option ").append(name).append(more);
                List<String> suggestions = optionSuggestions(u);
                if (!suggestions.isEmpty()) {
                    sb.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
                }
                return sb.toString();
            }
            return "unknown option" + at + " (not shown)" + more;
        }
        return "unexpected argument" + at + " (value not shown; passwords are never taken from arguments)" + more;
    }

    /** picocli's suggestions are names of real options; only those that are option names are kept. */
    private static List<String> optionSuggestions(UnmatchedArgumentException u) {
        List<String> names = new ArrayList<>();
        for (String s : u.getSuggestions()) {
            if (u.getCommandLine().getCommandSpec().findOption(s) != null && names.size() < 3) {
                names.add(s);
            }
        }
        return names;
    }

    /** 1-based position of {@code arg} on the command line, 0 if not found. */
    private static int position(String[] args, String arg) {
        for (int i = 0; args != null && i < args.length; i++) {
            if (args[i].equals(arg)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String missing(MissingParameterException m) {
        List<ArgSpec> specs = m.getMissing();
        if (specs == null || specs.isEmpty()) {
            return "a value is missing";
        }
        String msg = String.valueOf(m.getMessage());
        if (specs.size() == 1 && specs.get(0).isOption()
                && (msg.startsWith("Expected parameter") || msg.contains("parameter for option"))) {
            return "option " + name(specs.get(0)) + " needs a value (" + specs.get(0).paramLabel() + ")";
        }
        List<String> names = new ArrayList<>();
        for (ArgSpec a : specs) {
            names.add(a.isOption() ? name(a) + (a.arity().max() > 0 ? "=" + a.paramLabel() : "") : a.paramLabel());
        }
        return "missing required " + (specs.get(0).isOption() ? "option" : "parameter")
                + (names.size() > 1 ? "s " : " ") + String.join(", ", names);
    }

    private static String invalidValue(ParameterException ex) {
        ArgSpec spec = ex.getArgSpec();
        String value = ex.getValue();
        StringBuilder sb = new StringBuilder("invalid value for ").append(spec.isOption() ? "option " : "")
                .append(name(spec));
        Throwable cause = ex.getCause();
        if (cause instanceof VettedConversionException) {
            return cause.getMessage();
        }
        String detail = cause instanceof TypeConversionException ? cause.getMessage() : null;
        if (detail != null && !value.isEmpty() && !detail.contains(value)) {
            return sb.append(": ").append(detail).toString();
        }
        List<String> candidates = new ArrayList<>();
        if (spec.completionCandidates() != null) {
            spec.completionCandidates().forEach(candidates::add);
        }
        sb.append(" (value not shown)");
        Class<?> type = spec.type();
        if (!candidates.isEmpty()) {
            sb.append(": expected one of ").append(String.join(", ", candidates));
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            sb.append(": expected a whole number");
        }
        return sb.toString();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }

    /** Replaces every quoted command-line argument in {@code message} with "(value not shown)". */
    static String redact(String message, String[] args) {
        if (message == null) {
            return "invalid command line";
        }
        String m = message;
        for (String a : args == null ? new String[0] : args) {
            if (!a.isEmpty()) {
                m = m.replace("'" + a + "'", "(value not shown)");
                int eq = a.indexOf('=');
                if (eq > 0 && eq < a.length() - 1) {
                    m = m.replace("'" + a.substring(eq + 1) + "'", "(value not shown)");
                }
            }
        }
        return m;
    }

    /**
     * A conversion error from one of our own converters whose message was written to show only what is safe (e.g. a
     * date that parsed, never the raw text): it is printed as it is.
     */
    static final class VettedConversionException extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        VettedConversionException(String message) {
            super(message);
        }
    }
}
