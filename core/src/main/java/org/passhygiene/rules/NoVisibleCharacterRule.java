package org.passhygiene.rules;

import java.util.Map;

import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.Rule;

/**
 * NO_VISIBLE_CHARACTER: the password has no character a person can see, only spaces, control, format or invisible
 * code points (twenty spaces, tabs, zero-width spaces, direction overrides, non-breaking spaces), combining marks
 * with no base to sit on, or unassigned code points. Always on, in every preset: such a password cannot be read back
 * or typed reliably, and no policy key turns this off.
 *
 * <p>The password needs at least one <em>visible base</em> character, as {@link #isVisible(int)} defines it. Combining
 * marks never count on their own: after a visible base they are part of what is seen, so they are allowed there (the
 * base has already made the password visible), and without one nothing is drawn but a font's dotted circle.
 */
public final class NoVisibleCharacterRule implements Rule {

    @Override
    public RuleResult validate(PasswordData data) {
        boolean visible = AccountPasswordData.withChars(data, NoVisibleCharacterRule::anyVisible);
        return visible ? new SuccessRuleResult()
                : new FailureRuleResult(new RuleResultDetail("NO_VISIBLE_CHARACTER", Map.of()));
    }

    private static boolean anyVisible(char[] chars) {
        for (int i = 0; i < chars.length; ) {
            int cp = Character.codePointAt(chars, i);
            if (isVisible(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Whether a code point shows as something on screen by itself (a visible base character). Not visible:
     * <ul>
     * <li>white space and separators: {@link Character#isWhitespace}, and the general categories space separator
     *     (Zs: space, no-break space, ideographic space …), line separator (Zl) and paragraph separator (Zp);</li>
     * <li>control characters (Cc: C0, DEL, C1), format characters (Cf: zero-width space and joiners, direction marks
     *     and overrides, soft hyphen, byte-order mark, tag characters …) and lone surrogates (Cs);</li>
     * <li>the rest of Unicode's Default_Ignorable_Code_Point set, which renders as nothing although some of it is
     *     classed as a letter or mark: U+034F, U+115F–U+1160 and U+3164 and U+FFA0 (Hangul fillers), U+17B4–U+17B5,
     *     U+180B–U+180F (Mongolian variation selectors and vowel separator), U+2060–U+206F, U+FE00–U+FE0F and
     *     U+E0100–U+E01EF (variation selectors), U+1BCA0–U+1BCA3, U+1D173–U+1D17A and all of U+E0000–U+E0FFF;</li>
     * <li>U+2800 BRAILLE PATTERN BLANK, a symbol drawn as an empty cell;</li>
     * <li>combining marks (Mn, Mc, Me): they are drawn on a base character, never alone, so they are no base;</li>
     * <li>unassigned code points (Cn, including noncharacters): no font can draw them, and whether a later Unicode
     *     version assigns a visible character there is not something a password can depend on.</li>
     * </ul>
     * Everything else is visible, including emoji, letters of every script, and private-use code points (Co: fonts and
     * input methods do draw them, e.g. U+F8FF; a password made of them is visible to the person who typed it).
     */
    public static boolean isVisible(int cp) {
        if (Character.isWhitespace(cp) || isDefaultIgnorable(cp) || cp == 0x2800) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.UNASSIGNED:
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
                return false;
            default:
                return true;
        }
    }

    /** Unicode 15 DerivedCoreProperties Default_Ignorable_Code_Point, as ranges. */
    private static boolean isDefaultIgnorable(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x061C || (cp >= 0x115F && cp <= 0x1160)
                || (cp >= 0x17B4 && cp <= 0x17B5) || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
                || (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    @Override
    public String toString() {
        return "NoVisibleCharacterRule";
    }
}
