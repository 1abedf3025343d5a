package org.passhygiene.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.passhygiene.breach.ImportProgress;

/**
 * A one-line progress bar on stderr, drawn only when there is a terminal (never into logs or pipes): a breach
 * import's phases ({@link ImportProgress}), or any command's named phases ({@link #show}). It draws only what it is
 * given: phase words and counts.
 */
final class ProgressBar implements ImportProgress {

    /** Whether there is a terminal; tests set it to draw into captured stderr. */
    static BooleanSupplier terminal = () -> System.console() != null;

    private static final int WIDTH = 30;
    /** Null when there is no terminal: then nothing is drawn. */
    private final PrintWriter err;
    private String lastLabel;
    private boolean open;
    private long lastDraw;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar drawing on {@code err} if there is a terminal, else one that draws nothing. */
    static ProgressBar onTerminal(PrintWriter err) {
        return new ProgressBar(terminal.getAsBoolean() ? err : null);
    }

    @Override
    public void update(Phase phase, long done, long total) {
        show(phase.name().toLowerCase(Locale.ROOT), done, total, null, phase == Phase.WRITING);
    }

    /**
     * Draws {@code done} of {@code total} (-1: unknown) of the phase {@code label}, at most every 200 ms within a
     * phase but always at its start and end; with a {@code unit}, also the counts ("120/300 rows"). The line is ended
     * when the {@code last} phase is done.
     */
    void show(String label, long done, long total, String unit, boolean last) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        boolean end = total > 0 && done >= total;
        if (label.equals(lastLabel) && !end && now - lastDraw < 200_000_000L) {
            return;
        }
        if (open && !label.equals(lastLabel)) {
            err.println();
        }
        lastLabel = label;
        lastDraw = now;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            err.printf(Locale.UK, "\r%-8s [%s%s] %3d%%", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    100 * done / total);
            if (unit != null) {
                err.printf(Locale.UK, "  %,d/%,d %s", done, total, unit);
            }
        } else {
            err.printf(Locale.UK, "\r%-8s %,d", label, done);
        }
        open = true;
        if (end && last) {
            end();
        }
        err.flush();
    }

    /** Ends the bar's line if one is drawn, so that what follows on stderr (an error) starts a line of its own. */
    void end() {
        if (err != null && open) {
            err.println();
            err.flush();
            open = false;
        }
    }
}
