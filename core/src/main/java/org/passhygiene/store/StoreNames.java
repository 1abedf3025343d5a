package org.passhygiene.store;

import java.util.Locale;
import java.util.Objects;

/**
 * The one validation of the names and texts the credential store keeps: usernames, system names, roles, who set a
 * password and why it was flagged. {@link CredentialStore} applies it to every argument, so embedders get the same
 * rules as the command line, which checks names with it before asking for a password.
 *
 * <p>Refused anywhere in a name (before stripping, so a trailing CR is refused, not dropped): control characters
 * (C0, DEL, C1: {@code Character.getType == CONTROL}, tab included), line and paragraph separators (U+2028,
 * U+2029), unpaired surrogates, format characters (Cf: bidirectional marks, overrides and isolates, zero-width
 * space, BOM, soft hyphen...) other than the zero-width (non-)joiners U+200C and U+200D that some scripts need,
 * and noncharacters (U+FDD0..U+FDEF, U+xxFFFE, U+xxFFFF). A name is then stripped of leading and trailing white
 * space, user, system and role names are lower-cased ({@link Locale#ROOT}), and it must be non-empty and at most
 * its maximum in Unicode code points (user {@value #MAX_USER}, system {@value #MAX_SYSTEM}, role
 * {@value #MAX_ROLE}, set-by {@value #MAX_SET_BY}, reason {@value #MAX_REASON}).
 * Violations throw {@link IllegalArgumentException} with a message naming the field and the problem and, for a bad
 * character, its code point and position, never the character itself.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 * Used by the CLI to check names before it opens a store.
 */
public final class StoreNames {
    /** Longest username, in code points. */
    public static final int MAX_USER = 256;
    /** Longest system name, in code points. */
    public static final int MAX_SYSTEM = 128;
    /** Longest role, in code points. */
    public static final int MAX_ROLE = 64;
    /** Longest set-by text, in code points. */
    public static final int MAX_SET_BY = 256;
    /** Longest flag reason, in code points. */
    public static final int MAX_REASON = 1024;

    private StoreNames() {
    }

    /**
     * @param user a username as given
     * @return its stored form: stripped, lower case
     * @throws IllegalArgumentException if it is empty, too long or has a forbidden character
     * @throws NullPointerException if {@code user} is null
     */
    public static String user(String user) {
        return check(user, "user", MAX_USER, true);
    }

    /**
     * @param system a system name as given
     * @return its stored form: stripped, lower case
     * @throws IllegalArgumentException if it is empty, too long or has a forbidden character
     * @throws NullPointerException if {@code system} is null
     */
    public static String system(String system) {
        return check(system, "system", MAX_SYSTEM, true);
    }

    /**
     * @param role a role as given
     * @return its stored form: stripped, lower case
     * @throws IllegalArgumentException if it is empty, too long, has a forbidden character or a comma
     * @throws NullPointerException if {@code role} is null
     */
    public static String role(String role) {
        String r = check(role, "role", MAX_ROLE, true);
        if (r.contains(",")) {
            throw new IllegalArgumentException("role: must not contain a comma");
        }
        return r;
    }

    static String setBy(String setBy) {
        return check(setBy, "set-by", MAX_SET_BY, false);
    }

    static String reason(String reason) {
        return check(reason, "reason", MAX_REASON, false);
    }

    private static String check(String value, String what, int max, boolean lowerCase) {
        Objects.requireNonNull(value, what);
        // Before stripping: a trailing CR or a leading ESC is refused, not silently dropped.
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            position++;
            if (forbidden(cp)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: character %d is U+%04X (%s), which is not allowed in a name", what, position, cp,
                        kind(cp)));
            }
            i += Character.charCount(cp);
        }
        String v = value.strip();
        if (lowerCase) {
            v = v.toLowerCase(Locale.ROOT);
        }
        if (v.isEmpty()) {
            throw new IllegalArgumentException(what + ": empty name");
        }
        int length = v.codePointCount(0, v.length());
        if (length > max) {
            throw new IllegalArgumentException(what + ": name too long: " + length + " characters, at most " + max);
        }
        return v;
    }

    static boolean forbidden(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            case Character.FORMAT -> cp != 0x200C && cp != 0x200D;
            default -> (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF;
        };
    }

    private static String kind(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL -> "a control character";
            case Character.LINE_SEPARATOR -> "a line separator";
            case Character.PARAGRAPH_SEPARATOR -> "a paragraph separator";
            case Character.SURROGATE -> "an unpaired surrogate";
            case Character.FORMAT -> "an invisible format character";
            default -> "a noncharacter";
        };
    }
}
