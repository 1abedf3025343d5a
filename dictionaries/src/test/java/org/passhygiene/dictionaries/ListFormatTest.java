package org.passhygiene.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passhygiene.dictionaries.ShippedListsTest.ListFormat;

/** The format checks that ShippedListsTest applies to the real lists do reject each kind of bad list. */
class ListFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sorted, ok               | 'abc\\nabd\\nzürich\\n'                    | true  |
            frequency order, ok      | 'password\\n123456\\n'                     | false |
            empty line               | 'abc\\n\\nabd\\n'                          | false | line 2: empty
            carriage return          | 'abc\\r\\nabd\\n'                          | false | line 1: control character
            tab                      | 'a\\tb\\n'                                 | false | line 1: control character
            upper case               | 'abc\\nAbd\\n'                             | false | line 2: not lower case
            decomposed (NFD)         | 'zu\\u0308rich\\n'                         | false | line 1: not NFC
            duplicate                | 'abc\\nabd\\nabc\\n'                       | false | line 3: duplicate
            out of order             | 'abd\\nabc\\n'                             | true  | line 2: out of byte order
            UTF-8, not UTF-16, order | 'z\\nzürich\\n\\uff41\\n\\ud83d\\ude00\\n' | true  |
            ü sorts after z          | 'zürich\\nzz\\n'                           | true  | line 2: out of byte order
            """)
    void problems(String description, String escaped, boolean sorted, String expected) {
        byte[] bytes = unescape(escaped).getBytes(StandardCharsets.UTF_8);
        if (expected == null) {
            assertThat(ListFormat.problems(bytes, sorted)).isEmpty();
        } else {
            assertThat(ListFormat.problems(bytes, sorted)).containsExactly(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no final newline | 'abc\\nabd'      | no final newline
            """)
    void malformedFiles(String description, String escaped, String message) {
        byte[] bytes = unescape(escaped).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ListFormat.lines(bytes)).hasMessage(message);
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bytes = {'a', (byte) 0xC3, '\n'};
        assertThatThrownBy(() -> ListFormat.lines(bytes)).hasMessage("not UTF-8");
    }

    @Test
    void sha256IsOfTheBytes() {
        assertThat(ShippedListsTest.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    /** Turns the \n, \r, \t and \\uXXXX escapes of the table into characters. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("escape \\" + e);
            }
        }
        return out.toString();
    }
}
