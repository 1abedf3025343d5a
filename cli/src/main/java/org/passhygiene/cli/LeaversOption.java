package org.passhygiene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import org.passhygiene.audit.AuditReport;
import org.passhygiene.audit.DateOrder;
import org.passhygiene.audit.Leavers;
import org.passhygiene.output.TerminalText;

import picocli.CommandLine.Option;

/**
 * {@code audit --leavers FILE [--leavers-columns MAPPING]}: the leavers list an audit checks accounts against
 * ({@link Leavers}); an account still enabled after its leaving date is {@code LEAVER_ENABLED}.
 */
final class LeaversOption {

    @Option(names = "--leavers", paramLabel = "FILE",
            description = "Leavers list (CSV): a username or email column and a leaving-date column (header names in "
                    + "any case; dates 2026-07-22 or 22/07/2026). An account still enabled after its leaving date is "
                    + "LEAVER_ENABLED: HIGH, CRITICAL while in a privileged group.")
    private Path file;

    @Option(names = "--leavers-columns", paramLabel = "MAPPING", converter = OptionConverters.LeaversColumns.class,
            description = "The leavers list's own column names, e.g. email=Work Email,leaving-date=Date of Leaving. "
                    + "Keys: username, email, leaving-date.")
    private Columns columns;

    /** The parsed --leavers-columns (a record: picocli would split a Map option itself). */
    record Columns(Map<String, String> map) {
    }

    /** The list's path, or null (an input the report may not overwrite). */
    Path file() {
        return file;
    }

    /**
     * Reads the list, before any export is read.
     *
     * @param dateOrder {@code --date-order}, for a list whose every date could be read either way, or null
     *
     * @return the list, or null without --leavers
     * @throws ExitCodes.UsageException for --leavers-columns without --leavers
     */
    Leavers read(DateOrder dateOrder) throws IOException {
        if (file == null) {
            if (columns != null) {
                throw new ExitCodes.UsageException("--leavers-columns needs --leavers FILE");
            }
            return null;
        }
        return Leavers.read(file, columns == null ? null : columns.map(), dateOrder);
    }

    /** Names the list on stderr when rows of it could not be read and the audit is incomplete. */
    void explain(Leavers list, AuditReport result, PrintWriter err) {
        if (list != null && !list.skipped().isEmpty() && !result.complete()) {
            err.println("passhygiene: " + TerminalText.escape(file.toString()) + ": " + list.skipped().size()
                    + " leaver row(s) could not be read; the audit is incomplete");
            err.flush();
        }
    }
}
