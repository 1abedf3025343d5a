package org.passhygiene.output;

/**
 * Escapes untrusted text (a username from an export, an index description, a file name) for terminal and plain-text
 * output, so it can neither run escape sequences on the reader's terminal nor forge a report line.
 *
 * <p>Control characters (C0, DEL, C1), line and paragraph separators and invisible format characters (bidi
 * overrides, zero-width characters, BOM) are written as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX};
 * a backslash is doubled so the escaped form is unambiguous. Printable text, including every script and emoji, is
 * left as it is. HTML, JSON and CSV writers escape with their own rules; this is for text meant to be read.
 * {@link #escapeControls} is the same without the backslash doubling, for CSV cells and HTML text, where a backslash
 * is plain text (<code>DOMAIN&#92;user</code> stays as it is) and only the terminal-driving characters must go.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** Returns {@code s} escaped as described above; {@code null} becomes the empty string. */
    public static String escape(CharSequence s) {
        return escape(s, true);
    }

    /**
     * Returns {@code s} with control, line/paragraph separator and invisible format characters written as {@code \n},
     * {@code \r}, {@code \t} or {@code \}{@code uXXXX}, as {@link #escape}, but backslashes left as they are: for CSV
     * cells and HTML text that a terminal may show ({@code report --format=csv} without {@code --out}), where ESC,
     * BEL, OSC and bidi overrides from untrusted input must not reach the reader. {@code null} becomes "".
     */
    public static String escapeControls(CharSequence s) {
        return escape(s, false);
    }

    private static String escape(CharSequence s, boolean backslash) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        int i = 0;
        while (i < n && !needsEscape(s.charAt(i), backslash)) {
            i++;
        }
        if (i == n) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!needsEscape(c, backslash)) {
                b.append(c);
                continue;
            }
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    private static boolean needsEscape(char c, boolean backslash) {
        if (c == '\\') {
            return backslash;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        if (c < 0xa0) {
            return false;
        }
        // Lone surrogates are kept: a pair is an emoji, and a lone one cannot drive a terminal.
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
