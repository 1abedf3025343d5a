package org.passhygiene.dictionary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The cheapest explanation of a password {@link GuessEstimator} found.
 *
 * @param bits           log2 of the guesses the cheapest explanation costs
 * @param bruteForceBits log2 of the guesses with no word or pattern: every char by its class
 * @param segments       the explanation, in password order; adjacent brute-forced chars are one segment
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public record GuessEstimate(double bits, double bruteForceBits, List<GuessSegment> segments) {

    /**
     * A password is guessable when what is left once its words and patterns are known is under this: 28 bits, about
     * six random characters (2^28 ≈ 270 million guesses, under a second for one GPU against NTLM).
     */
    public static final double MAX_REMAINING_BITS = 28;
    /** ... and the words and patterns cut the guesses at least 8-fold: a word that saves less is noise. */
    public static final double MIN_SAVED_BITS = 3;
    /**
     * ... and the whole still costs under 2^64 guesses: a passphrase of four or more rare words passes, since even a
     * cracker who knows it is built from words cannot search that far.
     */
    public static final double STRONG_BITS = 64;

    public GuessEstimate {
        segments = List.copyOf(segments);
    }

    /** Bits of the pieces that are neither words nor patterns: what is left to guess once they are known. */
    public double remainingBits() {
        return segments.stream().filter(s -> s.kind() == GuessSegment.Kind.CHARS).mapToDouble(GuessSegment::bits)
                .sum();
    }

    /** Bits the words and patterns save a cracker. */
    public double savedBits() {
        return bruteForceBits - bits;
    }

    /**
     * Whether the words and patterns in the explanation leave too little to guess: they save at least
     * {@value #MIN_SAVED_BITS} bits over brute force, the rest costs less than {@value #MAX_REMAINING_BITS}, and the
     * whole less than {@value #STRONG_BITS}.
     */
    public boolean guessable() {
        return savedBits() >= MIN_SAVED_BITS && remainingBits() < MAX_REMAINING_BITS && bits < STRONG_BITS;
    }

    /** The longest word in the explanation (earliest on ties). */
    public Optional<GuessSegment> longestWord() {
        return longest(GuessSegment.Kind.WORD);
    }

    /** The longest pattern in the explanation (earliest on ties). */
    public Optional<GuessSegment> longestPattern() {
        return longest(GuessSegment.Kind.PATTERN);
    }

    private Optional<GuessSegment> longest(GuessSegment.Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind)
                .max(Comparator.comparingInt(GuessSegment::length).thenComparing(s -> -s.start()));
    }
}
