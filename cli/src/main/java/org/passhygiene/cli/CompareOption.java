package org.passhygiene.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.passhygiene.audit.AuditComparison;
import org.passhygiene.audit.AuditReport;

import picocli.CommandLine.Option;

/**
 * {@code audit --compare PREVIOUS.json}: the previous JSON report is read (bounded, see
 * {@link AuditComparison#read}) before the audit runs, so a wrong file fails at once (exit 4, naming the file and
 * the problem); the report then gets a section saying what changed since.
 */
final class CompareOption {

    @Option(names = "--compare", paramLabel = "PREVIOUS.json",
            description = "A previous --report json report: add what changed since (findings new, resolved and "
                    + "unchanged, matched by code and account; privileged accounts added and removed).")
    Path file;

    private AuditComparison.Previous previous;

    /** Reads the previous report, if one was given. */
    void load() throws IOException {
        if (file != null) {
            previous = AuditComparison.read(file);
        }
    }

    /** The report with its comparison, or as it is without --compare. */
    AuditReport apply(AuditReport report) {
        return previous == null ? report : report.withComparison(AuditComparison.of(previous, report));
    }
}
