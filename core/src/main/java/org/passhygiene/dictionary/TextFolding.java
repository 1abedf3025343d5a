package org.passhygiene.dictionary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a password character is compared with a dictionary letter. Every matcher uses this one table, so the fast
 * engine and the naive reference agree by construction.
 *
 * <p>{@link #fold(char)} lower-cases and strips diacritics ({@code É → e}). {@link #substitutes(char)} gives the
 * letters a character is commonly written for:
 * <pre>
 *   @ 4   → a        0     → o        1 ! | → i, l     3 → e
 *   $ 5   → s        7 +   → t        8     → b        9 → g
 * </pre>
 * A password character matches a word character when its fold or one of its substitutes equals it.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class TextFolding {

    private static final char[] NONE = new char[0];
    private static final char[][] SUBSTITUTES = new char[128][];
    /** Folded form of every BMP char; computed once (64 K chars) so the hot path is an array load. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        sub('@', "a");
        sub('4', "a");
        sub('0', "o");
        sub('1', "il");
        sub('!', "il");
        sub('|', "il");
        sub('3', "e");
        sub('$', "s");
        sub('5', "s");
        sub('7', "t");
        sub('+', "t");
        sub('8', "b");
        sub('9', "g");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = computeFold((char) c);
        }
    }

    private TextFolding() {
    }

    private static void sub(char c, String letters) {
        SUBSTITUTES[c] = letters.toCharArray();
    }

    private static char computeFold(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        switch (c) {
            case 'ø': case 'Ø': return 'o';
            case 'đ': case 'Đ': return 'd';
            case 'ł': case 'Ł': return 'l';
            case 'ı': return 'i';
            default: break;
        }
        String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
        if (lower.length() != 1) {
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        // Only strip marks from a letter: keep characters whose decomposition is not letter + marks.
        if (decomposed.length() > 1 && Character.isLetter(base)) {
            for (int i = 1; i < decomposed.length(); i++) {
                if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
                    return lower.charAt(0);
                }
            }
            return base;
        }
        return lower.charAt(0);
    }

    /** Lower case with diacritics removed; other characters unchanged. */
    public static char fold(char c) {
        return FOLD[c];
    }

    /** Letters {@code c} is commonly written for (leet); an empty array when none. Do not modify the result. */
    public static char[] substitutes(char c) {
        if (c < SUBSTITUTES.length && SUBSTITUTES[c] != null) {
            return SUBSTITUTES[c];
        }
        return NONE;
    }

    /** True when password character {@code c} can stand for the already folded word letter {@code letter}. */
    public static boolean matches(char c, char letter, boolean leet) {
        if (FOLD[c] == letter) {
            return true;
        }
        if (leet) {
            for (char s : substitutes(c)) {
                if (s == letter) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The form a dictionary word is stored and compared in: NFC, then every char folded. */
    public static String foldWord(CharSequence word) {
        String nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
        char[] chars = nfc.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = FOLD[chars[i]];
        }
        return new String(chars);
    }
}
