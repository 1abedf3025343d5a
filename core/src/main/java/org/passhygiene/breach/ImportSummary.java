package org.passhygiene.breach;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What an import did.
 *
 * @param index        the index file written
 * @param lines        input lines read
 * @param entries      distinct fingerprints written
 * @param duplicates   lines whose fingerprint was already present
 * @param invalidLines lines skipped as invalid (only in skip-invalid mode; otherwise the import fails on the first)
 * @param ignoredLines blank lines in password lists and {@code :0} padding lines in hash files
 * @param sorted       whether the input was already sorted (single pass) or was sorted externally
 * @param runs         number of sorted runs spilled to disk by the external sort (0 when none)
 * @param elapsed      wall-clock time
 */
public record ImportSummary(Path index, long lines, long entries, long duplicates, long invalidLines,
                            long ignoredLines, boolean sorted, int runs, Duration elapsed) {

    /** Input lines per second. */
    public double linesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? Double.NaN : lines / seconds;
    }
}
