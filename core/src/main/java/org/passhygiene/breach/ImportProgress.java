package org.passhygiene.breach;

/**
 * Receives import progress, for a progress bar. Called from the importing thread, at most every 65,536 lines or
 * entries and at the end of each phase; keep it cheap. Throwing from it aborts the import (the previous index is
 * left as it was).
 */
@FunctionalInterface
public interface ImportProgress {

    /** The phases of an import, in order; {@link #SORTING} only for unsorted input. */
    enum Phase {
        /** Reading inputs; units are input bytes (compressed bytes for gzip). */
        READING,
        /** Merging sorted runs; units are entries. */
        SORTING,
        /** Writing the index; units are entries (total is an upper bound until the end). */
        WRITING
    }

    /** {@code done} of {@code total} units of {@code phase}; {@code total} is -1 when unknown. */
    void update(Phase phase, long done, long total);

    /** Ignores progress. */
    ImportProgress NONE = (phase, done, total) -> { };
}
