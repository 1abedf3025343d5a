package org.passhygiene.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Reads back a JSON report ({@link JsonReport}, schema 1 or 2) for {@link AuditComparison}, bounded: the file size,
 * nesting depth and string length are limited (Jackson {@link StreamReadConstraints}), so a hostile or wrong file
 * fails with its name and the limit instead of exhausting memory. Fields it does not need are skipped; a later
 * schema than it knows is refused.
 */
final class PreviousReportReader {

    /** Largest report read: about a million findings. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** A report nests four levels deep; more is not a report. */
    static final int MAX_NESTING = 16;
    /** Longest string: account names, details and clauses are short. */
    static final int MAX_STRING = 100_000;
    /** The most JSON values (objects, arrays, strings, numbers…) a previous report may hold. */
    static final long MAX_VALUES = 5_000_000;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING).maxDocumentLength(MAX_BYTES).build())
            .build();

    private final String file;

    private PreviousReportReader(String file) {
        this.file = file;
    }

    static AuditComparison.Previous read(Path path) throws IOException {
        PreviousReportReader r = new PreviousReportReader(path.toString());
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw r.fail("file of " + size + " bytes; a report may be at most " + MAX_BYTES + " bytes");
        }
        Object root;
        try (InputStream in = Files.newInputStream(path); JsonParser p = JSON.createParser(in)) {
            try {
                if (p.nextToken() == null) {
                    throw r.fail("empty file: not a passhygiene JSON report");
                }
                root = value(p, new long[] {MAX_VALUES});
                if (p.nextToken() != null) {
                    throw r.fail(where(p.currentLocation()) + "more after the report's closing brace");
                }
            } catch (JsonProcessingException e) {
                throw r.fail(where(e.getLocation() != null ? e.getLocation() : p.currentLocation())
                        + "not valid JSON: " + problem(e.getOriginalMessage()));
            }
        }
        return r.report(root);
    }

    /** {@code line:column: }. */
    private static String where(JsonLocation at) {
        return at.getLineNr() + ":" + at.getColumnNr() + ": ";
    }

    /**
     * Jackson's message without what it quotes from the file (the wrong file could be an export holding passwords)
     * and without its list of what it expected.
     */
    static String problem(String jackson) {
        String s = jackson.replaceAll("'[^']*'", "…").replaceAll(" \\(code \\d+\\)", "");
        int colon = s.indexOf(": ");
        return colon < 0 ? s : s.substring(0, colon);
    }

    /**
     * The value at the current token, as maps, lists, strings, numbers, booleans and null; {@code budget[0]} is how
     * many more values may be read (a file of 256 MiB of {@code 0,} would otherwise fill the memory).
     */
    private static Object value(JsonParser p, long[] budget) throws IOException {
        if (--budget[0] < 0) {
            throw new JsonParseException(p, "more than " + MAX_VALUES + " values, more than a report holds");
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p, budget));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p, budget));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return t == JsonToken.VALUE_TRUE;
            }
            default -> {
                return null;
            }
        }
    }

    private AuditComparison.Previous report(Object root) {
        if (!(root instanceof Map<?, ?> top) || !top.containsKey("summary") || !top.containsKey("findings")) {
            throw fail("not a passhygiene JSON report (no summary and findings; write one with --report json)");
        }
        Object version = top.get("schemaVersion");
        int schema = 1;
        if (version != null) {
            if (!(version instanceof Long v) || v < 1) {
                throw fail("schemaVersion: " + version + ": not a schema version");
            }
            if (v > JsonReport.SCHEMA_VERSION) {
                throw fail("schemaVersion " + v + " is newer than this passhygiene reads (1 to "
                        + JsonReport.SCHEMA_VERSION + "): compare with the passhygiene that wrote it");
            }
            schema = v.intValue();
        }
        Map<?, ?> summary = object(top.get("summary"), "summary");
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(string(summary.get("asOf"), "summary.asOf"));
        } catch (DateTimeParseException e) {
            throw fail("summary.asOf: not a date (YYYY-MM-DD)");
        }
        String policy = string(summary.get("policy"), "summary.policy");
        Object complete = summary.get("complete");
        if (complete != null && !(complete instanceof Boolean)) {
            throw fail("summary.complete: expected true or false");
        }
        List<AuditComparison.Entry> entries = new ArrayList<>();
        List<?> findings = array(top.get("findings"), "findings");
        for (int i = 0; i < findings.size(); i++) {
            String where = "findings[" + i + "]";
            Map<?, ?> f = object(findings.get(i), where);
            String code = string(f.get("code"), where + ".code");
            if (!CODE.matcher(code).matches()) {
                throw fail(where + ".code: not a finding code (UPPER_SNAKE_CASE)");
            }
            Severity severity;
            try {
                severity = Severity.parse(string(f.get("severity"), where + ".severity"));
            } catch (IllegalArgumentException e) {
                throw fail(where + ".severity: not one of CRITICAL, HIGH, MEDIUM, LOW");
            }
            String detail = string(f.get("detail"), where + ".detail");
            for (String account : strings(f.get("accounts"), where + ".accounts")) {
                entries.add(new AuditComparison.Entry(code, severity, account, detail));
            }
        }
        List<AuditReport.PrivilegedAccount> privileged = null;
        if (schema >= 2) {
            privileged = new ArrayList<>();
            List<?> list = array(summary.get("privileged"), "summary.privileged");
            for (int i = 0; i < list.size(); i++) {
                String where = "summary.privileged[" + i + "]";
                Map<?, ?> a = object(list.get(i), where);
                if (!(a.get("enabled") instanceof Boolean enabled)) {
                    throw fail(where + ".enabled: expected true or false");
                }
                privileged.add(new AuditReport.PrivilegedAccount(string(a.get("account"), where + ".account"),
                        strings(a.get("groups"), where + ".groups"), enabled));
            }
        }
        return new AuditComparison.Previous(file, schema, asOf, policy, !Boolean.FALSE.equals(complete), entries,
                privileged);
    }

    private Map<?, ?> object(Object v, String where) {
        if (v instanceof Map<?, ?> m) {
            return m;
        }
        throw fail(where + ": " + (v == null ? "missing" : "expected an object"));
    }

    private List<?> array(Object v, String where) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw fail(where + ": " + (v == null ? "missing" : "expected an array"));
    }

    private String string(Object v, String where) {
        if (v instanceof String s) {
            return s;
        }
        throw fail(where + ": " + (v == null ? "missing" : "expected a string"));
    }

    private List<String> strings(Object v, String where) {
        List<String> out = new ArrayList<>();
        for (Object o : array(v, where)) {
            out.add(string(o, where + "[" + out.size() + "]"));
        }
        return out;
    }

    private UncheckedIOException fail(String problem) {
        String message = file + ": " + problem;
        return new UncheckedIOException(message, new IOException(message));
    }
}
