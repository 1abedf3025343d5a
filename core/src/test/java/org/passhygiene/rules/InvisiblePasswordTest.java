package org.passhygiene.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.Violation;
import org.passhygiene.ViolationCode;
import org.passhygiene.policy.Presets;

/**
 * Issue #9 item 4: passwords with nothing visible, and control characters anywhere, are rejected by every preset
 * with their own codes; ordinary passwords with a space, emoji, combining marks or right-to-left text still pass.
 */
class InvisiblePasswordTest {

    private static final Map<String, PasswordPolicy> PRESETS = Presets.NAMES.stream()
            .collect(Collectors.toMap(n -> n, PasswordPolicy::preset));

    private static final Set<ViolationCode> NEW = EnumSet.of(ViolationCode.NO_VISIBLE_CHARACTER,
            ViolationCode.CONTROL_CHARACTER);
    private static final Set<ViolationCode> NONE = EnumSet.noneOf(ViolationCode.class);
    private static final Set<ViolationCode> INVISIBLE = EnumSet.of(ViolationCode.NO_VISIBLE_CHARACTER);
    private static final Set<ViolationCode> CONTROL = EnumSet.of(ViolationCode.CONTROL_CHARACTER);

    /** Name (for the report: the passwords themselves do not print), password, the new codes it must get. */
    static List<Object[]> cases() {
        return List.of(
            // The examples: nothing visible.
            row("twenty spaces", " ".repeat(20), INVISIBLE),
            row("twenty tabs", "\t".repeat(20), NEW),
            row("twenty NULs", "\0".repeat(20), NEW),
            row("twenty zero-width spaces", "\u200B".repeat(20), INVISIBLE),
            row("twenty RTL overrides", "\u202E".repeat(20), INVISIBLE),
            row("twenty no-break spaces", "\u00A0".repeat(20), INVISIBLE),
            // More of the same kind.
            row("ideographic spaces", "\u3000".repeat(16), INVISIBLE),
            row("em and thin spaces", "\u2003\u2009\u200A\u202F\u205F".repeat(4), INVISIBLE),
            row("mixed space, ZWSP, NBSP, ZWJ, LRM", " \u200B\u00A0\u200D\u200E".repeat(4), INVISIBLE),
            row("BOMs", "\uFEFF".repeat(16), INVISIBLE),
            row("soft hyphens", "\u00AD".repeat(16), INVISIBLE),
            row("word joiners and invisible operators", "\u2060\u2061\u2062\u2063\u2064".repeat(4), INVISIBLE),
            row("Hangul fillers", "\u3164\u115F\u1160\uFFA0".repeat(4), INVISIBLE),
            row("Mongolian vowel separator", "\u180E".repeat(16), INVISIBLE),
            row("variation selectors", "\uFE0F\uFE00".repeat(8), INVISIBLE),
            row("supplementary variation selectors", "\uDB40\uDD00".repeat(16), INVISIBLE),
            row("tag characters", "\uDB40\uDC20\uDB40\uDC41\uDB40\uDC7F".repeat(6), INVISIBLE),
            row("braille blank", "\u2800".repeat(16), INVISIBLE),
            row("line and paragraph separators", "\u2028\u2029".repeat(8), INVISIBLE),
            row("lone surrogates", "\uD800\uDC00\uDC00".substring(2).repeat(16), INVISIBLE),
            row("CR LF", "\r\n".repeat(8), NEW),
            // Review 9 item 3: marks with no base, unassigned code points.
            row("twenty combining acute accents", "\u0301".repeat(20), INVISIBLE),
            row("twenty unassigned U+0378", "\u0378".repeat(20), INVISIBLE),
            row("combining marks of each kind", "\u0301\u0903\u20DD\u0323".repeat(5), INVISIBLE),
            row("marks after a space only", " \u0301\u0302".repeat(7), INVISIBLE),
            row("supplementary unassigned and noncharacters", "\uD83F\uDFFE\uFFFF\uFDD0".repeat(6), INVISIBLE),
            row("marks and unassigned among spaces", "\u0301 \u0378\u00A0\u200B".repeat(5), INVISIBLE),
            row("C1 next-line", "\u0085".repeat(16), NEW),
            row("DEL", "\u007F".repeat(16), NEW),
            // Control characters inside a visible password.
            row("NUL inside a passphrase", "velvet orbit\0pancake tree", CONTROL),
            row("tab inside a passphrase", "velvet orbit\tpancake tree", CONTROL),
            row("ESC inside", "velvet orbit\u001B[31mpancake", CONTROL),
            row("DEL at the end", "velvet orbit pancake tree\u007F", CONTROL),
            row("C1 CSI inside", "velvet orbit\u009Bpancake tree", CONTROL),
            // Ordinary passwords: nothing new, and accepted by every preset.
            row("space inside", "Xq7 vR2!pL kw9Zt", NONE),
            row("emoji", "Xq7#vR2\uD83D\uDE00pLkw9Zt\uD83D\uDE00", NONE),
            row("emoji ZWJ sequence and variation selector", "Xq7#vR2pLkw9Zt\uD83D\uDC69\u200D\uD83D\uDCBB\u2764\uFE0F",
                    NONE),
            row("combining marks", "Xq\u03077#vR2pLkw9Zt\u0323\u0301", NONE),
            row("stacked combining marks after letters", "Zq\u0301\u0323\u0308vR7#kw\u0303\u0330pLt9\u20DD", NONE),
            row("Devanagari with spacing marks", "\u0928\u092E\u0938\u094D\u0924\u0947\u0915\u093E\u0930 "
                    + "\u0935\u093F\u0926\u094D\u092F\u093E\u0932\u092F\u0967\u0968", NONE),
            row("CJK", "\u6625\u7720 \u4E0D\u89C9\u6653\u5904\u5904\u95FB\u557C\u9E1F\u591C\u6765\u98CE\u96E8\u58F042", NONE),
            row("private-use characters", "\uF8FF\uE000\uE123\uE456\uE789\uEABC\uF0DE k7 \uF1AF\uF2B0\uF3C1"
                    + "\uF4D2\uF5E3\uF6F4\uF705\uF816", NONE),
            row("right-to-left text", "\u05E9\u05DC\u05D5\u05DD\u05E2\u05D5\u05DC\u05DD\u0661\u0662\u0663"
                    + "\uD83D\uDE00 \u05D9\u05E8\u05D5\u05E7", NONE),
            row("right-to-left text with direction marks", "\u200F\u05E9\u05DC\u05D5\u05DD\u05E2\u05D5\u05DC\u05DD"
                    + "\u0661\u0662\u0663\uD83D\uDE00 \u05D9\u05E8\u05D5\u05E7\u200F", NONE),
            row("one visible letter among spaces", " ".repeat(14) + "x" + "\u00A0".repeat(5), NONE)
        );
    }

    private static Object[] row(String name, String password, Set<ViolationCode> codes) {
        return new Object[] {name, password, codes};
    }

    static Stream<Arguments> presetCases() {
        List<Arguments> all = new ArrayList<>();
        for (String preset : Presets.NAMES) {
            for (Object[] c : cases()) {
                all.add(Arguments.of(preset, c[0], c[1], c[2]));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("presetCases")
    void everyPresetRejectsInvisibleAndControlPasswords(String preset, String name, String password,
                                                        Set<ViolationCode> expected) {
        CheckResult result = PRESETS.get(preset).check(password.toCharArray());
        Set<ViolationCode> codes = result.violations().stream().map(Violation::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ViolationCode.class)));
        Set<ViolationCode> newCodes = EnumSet.copyOf(codes);
        newCodes.retainAll(NEW);
        assertThat(newCodes).as(name).isEqualTo(expected);
        if (!expected.isEmpty()) {
            assertThat(result.accepted()).as(name).isFalse();
        } else if (!name.startsWith("one visible")) {
            // Ordinary passwords pass every preset outright. (One visible letter is not this rule's business.)
            assertThat(result.violations()).as(name).isEmpty();
        }
    }

    @Test
    void messagesAndClausesAreRendered() {
        List<Violation> vs = PRESETS.get("nist").check("\0".repeat(20).toCharArray()).violations();
        assertThat(vs).extracting(Violation::code).startsWith(ViolationCode.NO_VISIBLE_CHARACTER,
                ViolationCode.CONTROL_CHARACTER);
        assertThat(vs.get(0).message()).isEqualTo("must contain at least one visible character (spaces and "
                + "invisible characters alone do not count)");
        assertThat(vs.get(0).clause()).isEqualTo("NIST: made of characters people can see and type");
        assertThat(vs.get(1).message()).isEqualTo("must not contain control characters such as tab or NUL");
        assertThat(vs.get(1).clause()).isEqualTo("NIST: made of characters people can see and type");
        assertThat(vs.get(0).params()).isEmpty();
        assertThat(vs.get(1).params()).isEmpty();
    }

    @Test
    void visibleIsDefinedPerCodePoint() {
        for (int cp : new int[] {'a', '!', '0', 0x05D0, 0x0661, 0x1F600, 0xE000, 0x10FFFD, 0xF8FF, 0x4E00}) {
            assertThat(NoVisibleCharacterRule.isVisible(cp)).as("U+%04X", cp).isTrue();
        }
        for (int cp : new int[] {' ', '\t', 0, 0x7F, 0x85, 0xA0, 0xAD, 0x034F, 0x061C, 0x115F, 0x1680, 0x180E,
            0x2000, 0x200B, 0x200F, 0x202E, 0x2060, 0x206F, 0x2800, 0x3000, 0x3164, 0xFE0F, 0xFEFF, 0xFFA0,
            0xD800, 0x1BCA0, 0x1D173, 0xE0001, 0xE007F, 0xE01EF, 0xE0FFF,
            0x0301, 0x0323, 0x0903, 0x20DD, 0x0378, 0xFFFF, 0xFDD0, 0x3FFFE, 0xE1000}) {
            assertThat(NoVisibleCharacterRule.isVisible(cp)).as("U+%04X", cp).isFalse();
        }
    }
}
