package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passhygiene.breach.ImportProgress.Phase;

/** The bar as a breach import and {@code provision} draw it: only with a terminal; a line per phase. */
class ProgressBarTest {

    final StringWriter text = new StringWriter();
    final PrintWriter err = new PrintWriter(text);

    @AfterEach
    void restore() {
        ProgressBar.terminal = () -> System.console() != null;
    }

    @Test
    void withoutATerminalNothingIsDrawn() {
        ProgressBar.terminal = () -> false;
        ProgressBar bar = ProgressBar.onTerminal(err);
        bar.update(Phase.READING, 5, 10);
        bar.show("generating", 3, 3, "rows", true);
        bar.end();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void anImportDrawsEachPhaseOnItsOwnLineAndEndsTheLastOne() {
        ProgressBar.terminal = () -> true;
        ProgressBar bar = ProgressBar.onTerminal(err);
        bar.update(Phase.READING, 0, 200);
        bar.update(Phase.READING, 200, 200);
        bar.update(Phase.WRITING, 7, -1);
        bar.update(Phase.WRITING, 1_000, 1_000);
        bar.end();
        assertThat(text.toString()).isEqualTo("\rreading  [                              ]   0%"
                + "\rreading  [##############################] 100%\n"
                + "\rwriting  7"
                + "\rwriting  [##############################] 100%\n");
    }

    @Test
    void countsWithAUnitAndEndsAnOpenLineForWhatFollows() {
        ProgressBar.terminal = () -> true;
        ProgressBar bar = ProgressBar.onTerminal(err);
        bar.show("generating", 0, 300, "rows", false);
        bar.show("generating", 150, 300, "rows", false); // within 200 ms of the last drawing: skipped
        bar.show("generating", 300, 300, "rows", false);
        bar.end();
        bar.end();
        assertThat(text.toString()).isEqualTo("\rgenerating [                              ]   0%  0/300 rows"
                + "\rgenerating [##############################] 100%  300/300 rows\n");
    }
}
