package org.passhygiene.rules;

/**
 * The AUP's "numbers, letters and symbols", for every script: Passay's character rules list characters
 * (English, German, Cyrillic…) and cannot say "any letter", so these classes use the Unicode categories.
 */
public enum CharacterClass {
    /** Any letter of any script (Unicode category L). */
    LETTER,
    /** Any decimal digit of any script (Unicode category Nd). */
    DIGIT,
    /**
     * Anything else printable, space included: punctuation, symbols, emoji, other numerals. Combining marks belong
     * to the character they modify and control/format characters are not printable, so neither counts.
     */
    SYMBOL;

    /** Whether a code point belongs to this class. */
    public boolean test(int codePoint) {
        switch (this) {
            case LETTER:
                return Character.isLetter(codePoint);
            case DIGIT:
                return Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER;
            default:
                return isSymbol(codePoint);
        }
    }

    private static boolean isSymbol(int cp) {
        if (Character.isLetter(cp)) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.UNASSIGNED:
            case Character.SURROGATE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
