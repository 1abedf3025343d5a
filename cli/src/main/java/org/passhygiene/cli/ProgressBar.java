package org.passhygiene.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.passhygiene.breach.ImportProgress;

/** A one-line progress bar on stderr, drawn only when there is a terminal (never into logs or pipes). */
final class ProgressBar implements ImportProgress {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private Phase lastPhase;
    private long lastDraw;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    static ImportProgress onTerminal(PrintWriter err) {
        return System.console() == null ? ImportProgress.NONE : new ProgressBar(err);
    }

    @Override
    public void update(Phase phase, long done, long total) {
        long now = System.nanoTime();
        boolean end = total > 0 && done >= total;
        if (phase == lastPhase && !end && now - lastDraw < 200_000_000L) {
            return;
        }
        if (lastPhase != null && phase != lastPhase) {
            err.println();
        }
        lastPhase = phase;
        lastDraw = now;
        String label = phase.name().toLowerCase(Locale.ROOT);
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            err.printf(Locale.UK, "\r%-8s [%s%s] %3d%%", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    100 * done / total);
        } else {
            err.printf(Locale.UK, "\r%-8s %,d", label, done);
        }
        if (end && phase == Phase.WRITING) {
            err.println();
        }
        err.flush();
    }
}
