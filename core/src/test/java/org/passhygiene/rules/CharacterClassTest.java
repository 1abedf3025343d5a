package org.passhygiene.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterClassTest {

    @ParameterizedTest(name = "U+{0} letter={1} digit={2} symbol={3}")
    @CsvSource({
        "0041, true,  false, false",  // A
        "00E9, true,  false, false",  // é
        "05D0, true,  false, false",  // Hebrew alef (RTL)
        "0627, true,  false, false",  // Arabic alef (RTL)
        "4E2D, true,  false, false",  // CJK 中
        "0030, false, true,  false",  // 0
        "0663, false, true,  false",  // Arabic-Indic three
        "0967, false, true,  false",  // Devanagari one
        "0021, false, false, true",   // !
        "0020, false, false, true",   // space
        "00A3, false, false, true",   // £
        "1F600, false, false, true",  // 😀 (surrogate pair in UTF-16)
        "00B2, false, false, true",   // superscript two: a number, not a decimal digit
        "0301, false, false, false",  // combining acute: belongs to its base character
        "200D, false, false, false",  // zero-width joiner: format, not printable
        "0009, false, false, false",  // tab: control
        "202E, false, false, false",  // right-to-left override: format
    })
    void classifiesCodePoints(String hex, boolean letter, boolean digit, boolean symbol) {
        int cp = Integer.parseInt(hex, 16);
        assertThat(CharacterClass.LETTER.test(cp)).isEqualTo(letter);
        assertThat(CharacterClass.DIGIT.test(cp)).isEqualTo(digit);
        assertThat(CharacterClass.SYMBOL.test(cp)).isEqualTo(symbol);
    }
}
