package org.passhygiene.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.passhygiene.CheckResult;
import org.passhygiene.Violation;
import org.passhygiene.generator.GeneratedPassword;
import org.passhygiene.policy.PolicyKey;
import org.passhygiene.policy.PolicySettings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The JSON the CLI and the service give for a check result and a policy: one writer, so {@code check --format json}
 * and {@code POST /v1/check} answer with the same shape. Never a password: a result holds codes, messages (which
 * name a listed word at most) and clauses.
 */
public final class ResultJson {

    static final JsonFactory JSON = new JsonFactory();

    private ResultJson() {
    }

    /**
     * {@code {"line":N,"accepted":bool,"violations":[{"code","message","clause"}]}}: {@code check --format json}, one
     * object per password; {@code line} is left out when {@code lineNumber} is 0 (the service: one password a request).
     */
    public static String result(int lineNumber, CheckResult result) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            if (lineNumber > 0) {
                g.writeNumberField("line", lineNumber);
            }
            g.writeBooleanField("accepted", result.accepted());
            g.writeArrayFieldStart("violations");
            for (Violation v : result.violations()) {
                g.writeStartObject();
                g.writeStringField("code", v.code().name());
                g.writeStringField("message", v.message());
                g.writeStringField("clause", v.clause());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * The effective policy (presets resolved) as one JSON object: {@code extends} and every policy key by its file
     * name, with the value's JSON type (numbers, booleans, lists, maps; other values as the text a policy file takes,
     * e.g. {@code "termly"}, {@code "substring"}); keys not set are null. The same keys and values as
     * {@code policy show}.
     */
    public static String policy(PolicySettings settings) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("extends", settings.basePreset());
            for (PolicyKey key : PolicyKey.values()) {
                g.writeFieldName(key.key());
                value(g, key.get(settings));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * {@code {"password","entropyBits","attempts"}} for {@code POST /v1/generate}: the one response that carries a
     * password, the generated one, asked for. Written from the {@code char[]} through a buffer this method clears;
     * the caller clears the returned array once it is sent.
     */
    static byte[] generated(GeneratedPassword p) {
        ClearableBytes out = new ClearableBytes();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("password");
            g.writeString(p.password(), 0, p.password().length);
            g.writeNumberField("entropyBits", Math.round(p.entropyBits() * 10) / 10.0);
            g.writeNumberField("attempts", p.attempts());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return out.toByteArray();
        } finally {
            out.clear();
        }
    }

    /** A byte buffer whose backing array can be zeroed. */
    private static final class ClearableBytes extends ByteArrayOutputStream {
        void clear() {
            Arrays.fill(buf, (byte) 0);
            reset();
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(e.getKey().toString());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name().toLowerCase(Locale.ROOT));
        } else if (v instanceof Path p) {
            g.writeString(p.toString());
        } else {
            g.writeString(v.toString());
        }
    }
}
