package org.passhygiene.dictionary;

/**
 * One piece of a password as {@link GuessEstimator} explains it: a dictionary word, a predictable pattern, or
 * characters that have to be brute-forced.
 *
 * @param kind     what the piece is
 * @param start    index of its first char
 * @param end      index after its last char
 * @param label    the folded word for {@link Kind#WORD}, the pattern's name ({@link #REPEAT}, {@link #SEQUENCE},
 *                 {@link #KEYBOARD}, {@link #REPEATED_BLOCK}, {@link #YEAR}) for {@link Kind#PATTERN}, null for
 *                 {@link Kind#CHARS}; never password text other than a listed word
 * @param reversed true for a word written backwards
 * @param bits     log2 of the guesses this piece costs a cracker
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public record GuessSegment(Kind kind, int start, int end, String label, boolean reversed, double bits) {

    /** Run of one character ({@code zzzzzz}, {@code MMMMMM}). */
    public static final String REPEAT = "repeat";
    /** Alphabetical or numerical sequence, up or down ({@code abcdef}, {@code 9876}). */
    public static final String SEQUENCE = "sequence";
    /** Keyboard walk on a US or UK layout ({@code qwerty}, {@code 1qaz}, {@code zxcvbn}). */
    public static final String KEYBOARD = "keyboard";
    /** A block written two or more times ({@code asdfasdf}). */
    public static final String REPEATED_BLOCK = "repeated-block";
    /** A year from 1940 to 2039. */
    public static final String YEAR = "year";

    /** What a piece is. */
    public enum Kind { WORD, PATTERN, CHARS }

    /** Number of password chars covered. */
    public int length() {
        return end - start;
    }
}
