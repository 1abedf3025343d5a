package org.passhygiene.store;

/**
 * Argon2id cost parameters for fingerprints. Stored with every fingerprint, so they can be raised later: rows keep
 * the cost they were made with and are compared at that cost; new passwords get the store's current cost.
 *
 * @param memoryKib memory in KiB, from {@code 8 * parallelism} to 4194304 (4 GiB)
 * @param iterations passes over memory, 1 to 100
 * @param parallelism lanes, 1 to 16
 */
public record FingerprintCost(int memoryKib, int iterations, int parallelism) {
    /** OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
    public static final FingerprintCost DEFAULT = new FingerprintCost(19_456, 2, 1);

    /** @throws IllegalArgumentException naming the parameter and its allowed range */
    public FingerprintCost {
        if (parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("parallelism=" + parallelism + ": must be between 1 and 16");
        }
        if (iterations < 1 || iterations > 100) {
            throw new IllegalArgumentException("iterations=" + iterations + ": must be between 1 and 100");
        }
        if (memoryKib < 8 * parallelism || memoryKib > 4_194_304) {
            throw new IllegalArgumentException("memory-kib=" + memoryKib + ": must be between " + 8 * parallelism
                    + " (8 x parallelism) and 4194304");
        }
    }
}
