package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreNamesTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0x2028, 0x2029,
        0x061C, 0x200B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        0xFEFF, 0x00AD, 0xD800, 0xDC00, 0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF, 0xE0001})
    void refusesControlSeparatorAndInvisibleFormatCharacters(int cp) {
        String name = "ab" + new String(Character.toChars(cp)) + "cd";
        assertThatThrownBy(() -> StoreNames.user(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(String.format("user: character 3 is U+%04X (", cp))
                .hasMessageEndingWith("), which is not allowed in a name");
        assertThatThrownBy(() -> StoreNames.system(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("system: character 3");
    }

    @Test
    void acceptsLettersOfEveryScriptEmojiAndJoiners() {
        assertThat(StoreNames.user("  J.Smith-O'Neil ")).isEqualTo("j.smith-o'neil");
        assertThat(StoreNames.user("\u0645\u062d\u0645\u062f")).isEqualTo("\u0645\u062d\u0645\u062f");
        assertThat(StoreNames.user("\u0915\u094d\u200d\u0937")).isEqualTo("\u0915\u094d\u200d\u0937");
        assertThat(StoreNames.system("Wi-Fi \uD83D\uDCF6")).isEqualTo("wi-fi \uD83D\uDCF6");
    }

    @Test
    void emptyAndTooLongNamesAreRefusedCountingCodePoints() {
        assertThatThrownBy(() -> StoreNames.user("")).hasMessage("user: empty name");
        assertThatThrownBy(() -> StoreNames.user("   ")).hasMessage("user: empty name");
        assertThatThrownBy(() -> StoreNames.user("jsmith\r")).hasMessage("user: character 7 is U+000D (a control"
                + " character), which is not allowed in a name");
        String emoji = "\uD83D\uDE00";
        assertThat(StoreNames.user(emoji.repeat(256))).hasSize(512);
        assertThatThrownBy(() -> StoreNames.user(emoji.repeat(257)))
                .hasMessage("user: name too long: 257 characters, at most 256");
        assertThat(StoreNames.system("s".repeat(128))).hasSize(128);
        assertThatThrownBy(() -> StoreNames.system("s".repeat(129)))
                .hasMessage("system: name too long: 129 characters, at most 128");
        assertThatThrownBy(() -> StoreNames.role("a,b")).hasMessage("role: must not contain a comma");
        assertThatThrownBy(() -> StoreNames.reason("line one\nCRITICAL FAKE"))
                .hasMessage("reason: character 9 is U+000A (a control character), which is not allowed in a name");
    }
}
