package org.passhygiene.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code {"schemaVersion":2,"summary":{…,"skipped":N,"complete":bool,"files":[{"file","format","rows","rowsRead",
 * "rowsSkipped","reasons":[{"cause","reason","rows"}],"advice"}],"privileged":[{"account","groups","enabled"}]},
 * "findings":[{"code","severity","clause","accounts","detail","tag","remedy"}],"skipped":[{"file","line","lines",
 * "cause","reason"}],"comparison":{…}}}}; {@code comparison} only with {@link AuditReport#comparison()}
 * ({@link ComparisonSections#json}). Schema 1 (unversioned) had no {@code schemaVersion}, {@code privileged},
 * {@code remedy} or {@code comparison}; fields are only ever added within a version.
 */
final class JsonReport {

    /** The version of the report's layout: raised when a field changes meaning or goes; see the README. */
    static final int SCHEMA_VERSION = 2;

    private static final JsonFactory JSON = new JsonFactory();

    private JsonReport() {
    }

    static void write(AuditReport report, Writer w) throws IOException {
        AuditReport.Summary s = report.summary();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("summary");
            g.writeStringField("asOf", s.asOf().toString());
            g.writeStringField("policy", s.policy());
            g.writeNumberField("accounts", s.records());
            g.writeNumberField("findings", report.findings().size());
            g.writeNumberField("skipped", report.skippedRows());
            g.writeBooleanField("complete", report.complete());
            if (s.acceptedSkipped() > 0) {
                g.writeNumberField("acceptedSkipped", s.acceptedSkipped());
            }
            if (s.breachIndex() != null) {
                g.writeStringField("breachIndex", s.breachIndex());
            }
            g.writeNumberField("weakCandidates", s.weakCandidates());
            if (!s.notes().isEmpty()) {
                g.writeArrayFieldStart("notes");
                for (String note : s.notes()) {
                    g.writeString(note);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("files");
            for (AuditReport.FileSummary f : s.files()) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                g.writeStringField("format", f.format().id());
                g.writeNumberField("rows", f.rows());
                g.writeNumberField("rowsRead", f.readRows());
                g.writeNumberField("rowsSkipped", f.skippedRows());
                if (!f.reasons().isEmpty()) {
                    g.writeArrayFieldStart("reasons");
                    for (AuditReport.Reason r : f.reasons()) {
                        g.writeStartObject();
                        g.writeStringField("cause", r.cause().name());
                        g.writeStringField("reason", r.reason());
                        g.writeNumberField("rows", r.rows());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                if (f.advice() != null) {
                    g.writeStringField("advice", f.advice());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            privileged(g, "privileged", s.privileged());
            g.writeObjectFieldStart("counts");
            for (Map.Entry<FindingCode, Integer> e : report.counts().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringField("code", f.code().name());
                g.writeStringField("severity", f.severity().name());
                g.writeStringField("clause", f.clause());
                g.writeArrayFieldStart("accounts");
                for (String a : f.accounts()) {
                    g.writeString(a);
                }
                g.writeEndArray();
                g.writeStringField("detail", f.detail());
                if (f.tag() != null) {
                    g.writeStringField("tag", f.tag());
                }
                g.writeStringField("remedy", f.code().remedy());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (SkippedRow r : report.skipped()) {
                g.writeStartObject();
                g.writeStringField("file", r.file());
                g.writeNumberField("line", r.line());
                g.writeNumberField("lines", r.lines());
                g.writeStringField("cause", r.cause().name());
                g.writeStringField("reason", r.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (report.comparison() != null) {
                ComparisonSections.json(report.comparison(), g);
            }
            g.writeEndObject();
        }
        w.write('\n');
    }

    /** {@code "name":[{"account","groups":[…],"enabled"}]}. */
    static void privileged(JsonGenerator g, String name, List<AuditReport.PrivilegedAccount> accounts)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (AuditReport.PrivilegedAccount a : accounts) {
            g.writeStartObject();
            g.writeStringField("account", a.account());
            g.writeArrayFieldStart("groups");
            for (String group : a.groups()) {
                g.writeString(group);
            }
            g.writeEndArray();
            g.writeBooleanField("enabled", a.enabled());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
