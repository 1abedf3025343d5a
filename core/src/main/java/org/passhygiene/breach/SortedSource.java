package org.passhygiene.breach;

import java.io.Closeable;
import java.io.IOException;

/** Records (64-bit hash prefix, prevalence bucket) in unsigned ascending order of the prefix; duplicates allowed. */
interface SortedSource extends Closeable {

    /** Advances; false at the end. */
    boolean next() throws IOException;

    long hash64();

    int bucket();

    @Override
    default void close() throws IOException {
    }
}
