package org.passhygiene.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.passhygiene.output.OutputTarget;
import org.passhygiene.output.TerminalText;

/** How an {@link AuditReport} is written. None of them contains a password or hash. */
public enum ReportFormat {
    /** Counts per finding (worst first), then each finding on one line: for the terminal. */
    TEXT,
    /** {@code {"schemaVersion":2,"summary":{…},"findings":[…],"skipped":[…]}}: for scripts and {@code --compare}. */
    JSON,
    /** One row per finding and account: {@code code,severity,clause,account,detail,tag,remedy,change}. */
    CSV,
    /** One self-contained page (inline CSS and SVG chart, no external assets) to hand to the head teacher. */
    HTML;

    /** Wraps the destination stream, e.g. to encrypt it; the returned stream is closed when writing ends. */
    @FunctionalInterface
    public interface StreamWrapper {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    /**
     * @throws IllegalArgumentException naming the formats when {@code name} is not one (any case)
     */
    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + TerminalText.escape(name)
                    + "'; formats: text, json, csv, html", e);
        }
    }

    /** Writes the report as UTF-8 to {@code out}, which is flushed, not closed. */
    public void write(AuditReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(report, w);
    }

    /** Writes the report to {@code w}, which is flushed, not closed. */
    public void write(AuditReport report, Writer w) throws IOException {
        Objects.requireNonNull(report, "report");
        switch (this) {
            case TEXT -> TextReport.write(report, w);
            case JSON -> JsonReport.write(report, w);
            case CSV -> CsvReport.write(report, w);
            default -> HtmlReport.write(report, w);
        }
        w.flush();
    }

    /**
     * Writes the report to {@code target}, an existing or new regular file that is replaced atomically (see
     * {@link OutputTarget}): a failure leaves no half-written report and no temporary file.
     *
     * @param wrapper wraps the file stream (e.g. OpenPGP encryption), or null
     * @throws org.passhygiene.output.OutputPathException if {@code target} is not a regular file (device, FIFO,
     *                                                    directory, symbolic link) or its directory is missing
     * @throws IOException if the file cannot be written
     */
    public void writeFile(AuditReport report, Path target, StreamWrapper wrapper) throws IOException {
        writeFile(report, OutputTarget.builder(target).overwrite(true).open(), wrapper);
    }

    /**
     * Writes the report to a checked {@link OutputTarget} (not standard output) atomically.
     *
     * @param wrapper wraps the file stream (e.g. OpenPGP encryption), or null
     * @throws IOException if the file cannot be written
     */
    public void writeFile(AuditReport report, OutputTarget target, StreamWrapper wrapper) throws IOException {
        Objects.requireNonNull(report, "report");
        target.write(file -> {
            try (OutputStream out = wrapper == null ? file : wrapper.wrap(file)) {
                write(report, out);
            }
        });
    }
}
