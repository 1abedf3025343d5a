package org.passhygiene.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongLinesTest {

    @Test
    void namesTheFirstLineOverTheLimit() {
        assertThat(LongLines.first("ab\nabcd\nabcdef\n", 3)).isEqualTo(2);
        assertThat(LongLines.first("ab\nabc\n", 3)).isZero();
        assertThat(LongLines.first("", 0)).isZero();
        assertThat(LongLines.first("abcd", 3)).isEqualTo(1); // the last line needs no line break
    }

    @Test
    void lineFeedCarriageReturnLineFeedAndALoneCarriageReturnEachEndALine() {
        assertThat(LongLines.first("abc\r\nabc\r\nabcd\r\n", 3)).isEqualTo(3); // the CR of CR-LF is not counted
        assertThat(LongLines.first("abc\rabc\rabcd", 3)).isEqualTo(3); // a lone CR ends a line, as in YAML
        assertThat(LongLines.first("abc\r\rabcd", 3)).isEqualTo(3);   // two lone CRs: an empty line between
        assertThat(LongLines.first("abc\n\r\nabcd", 3)).isEqualTo(3);
    }
}
