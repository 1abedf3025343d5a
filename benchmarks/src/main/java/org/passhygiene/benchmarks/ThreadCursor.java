package org.passhygiene.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each benchmark thread's place in a shared list of inputs (probes, passwords), starting apart so that two threads
 * do not walk the list in step; callers mask {@code next++} with the list's size.
 */
@State(Scope.Thread)
public class ThreadCursor {
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        next = (int) (Thread.currentThread().getId() * 1_237);
    }
}
