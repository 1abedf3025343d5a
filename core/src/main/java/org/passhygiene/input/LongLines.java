package org.passhygiene.input;

import java.util.Objects;

/**
 * The line-length bound of text readers (a long line makes some parsers slow, e.g. SnakeYAML's look-ahead, and is
 * never what a person wrote). A line ends at a line feed, a carriage return followed by a line feed, or a lone
 * carriage return, as YAML and iCalendar count lines (and SnakeYAML numbers them in its errors); the line break is
 * not part of the line's length.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class LongLines {

    private LongLines() {
    }

    /**
     * The 1-based number of the first line of {@code text} longer than {@code maxChars} characters, or 0 when there is
     * none.
     */
    public static int first(CharSequence text, int maxChars) {
        Objects.requireNonNull(text, "text");
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i == n ? '\n' : text.charAt(i);
            if (c != '\n' && c != '\r') {
                continue;
            }
            if (i - start > maxChars) {
                return line;
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            line++;
            start = i + 1;
        }
        return 0;
    }
}
