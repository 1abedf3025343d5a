package org.passhygiene.breach;

import java.util.Objects;

/**
 * The answer to "is this password in the breach corpus?".
 *
 * <p>{@code minCount}/{@code maxCount} bound how many times the password was seen: exact from the online API
 * ({@code minCount == maxCount}); a log-4 bucket from an index (e.g. 256..1,023); both 0 when unknown or not found.
 *
 * @param outcome  what happened
 * @param minCount lower bound of the corpus count, 0 when unknown
 * @param maxCount upper bound of the corpus count ({@code Long.MAX_VALUE} for the top bucket), 0 when unknown
 */
public record BreachResult(Outcome outcome, long minCount, long maxCount) {

    /** What a breach check concluded. */
    public enum Outcome {
        /** The hash is in the corpus (an index may, rarely, report a false positive: at most 1e-9 per lookup). */
        FOUND,
        /** The hash is not in the corpus. */
        NOT_FOUND,
        /** The check could not be made (online API unreachable) and the client fails closed: reject. */
        UNAVAILABLE,
        /** The check could not be made and the client is configured to fail open: accept. */
        NOT_CHECKED
    }

    static final BreachResult NOT_FOUND = new BreachResult(Outcome.NOT_FOUND, 0, 0);
    static final BreachResult FOUND_COUNT_UNKNOWN = new BreachResult(Outcome.FOUND, 0, 0);
    static final BreachResult UNAVAILABLE = new BreachResult(Outcome.UNAVAILABLE, 0, 0);
    static final BreachResult NOT_CHECKED = new BreachResult(Outcome.NOT_CHECKED, 0, 0);

    /** Validates the bounds. */
    public BreachResult {
        Objects.requireNonNull(outcome, "outcome");
        if (minCount < 0 || maxCount < minCount) {
            throw new IllegalArgumentException("count bounds must satisfy 0 <= min <= max: " + minCount + ".." + maxCount);
        }
    }

    /** Whether the password was found in the corpus. */
    public boolean found() {
        return outcome == Outcome.FOUND;
    }

    /** Whether the corpus count (or its range) is known. */
    public boolean countKnown() {
        return maxCount > 0;
    }

    static BreachResult foundExactly(long count) {
        return new BreachResult(Outcome.FOUND, count, count);
    }

    /** A found result for an index prevalence bucket (see {@link Prevalence}). */
    static BreachResult foundInBucket(int bucket) {
        return bucket == 0 ? FOUND_COUNT_UNKNOWN
                : new BreachResult(Outcome.FOUND, Prevalence.minCount(bucket), Prevalence.maxCount(bucket));
    }
}
