package org.passhygiene.rotation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a password must be changed: {@code termly} (since the start of the current term), {@code every Nd}
 * (within N days of being set) or {@code never} (only on evidence of compromise, as NIST SP 800-63B and the NCSC
 * advise).
 *
 * @param kind which of the three
 * @param days for {@link Kind#EVERY}, the number of days (at least 1); otherwise 0
 */
public record ChangeInterval(Kind kind, int days) {
    /** The three kinds of interval. */
    public enum Kind {
        /** Changed since the start of the current term (plus a grace period of school days). */
        TERMLY,
        /** Changed within a fixed number of days of being set. */
        EVERY,
        /** No periodic change. */
        NEVER
    }

    /** {@code termly}. */
    public static final ChangeInterval TERMLY = new ChangeInterval(Kind.TERMLY, 0);
    /** {@code never}. */
    public static final ChangeInterval NEVER = new ChangeInterval(Kind.NEVER, 0);

    private static final int MAX_DAYS = 3660;
    private static final Pattern EVERY = Pattern.compile("(?:every\\s*:?\\s*)?(\\d{1,9})\\s*d");

    /**
     * @throws IllegalArgumentException if {@code days} does not fit the kind
     */
    public ChangeInterval {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.EVERY ? days < 1 || days > MAX_DAYS : days != 0) {
            throw new IllegalArgumentException(kind == Kind.EVERY
                    ? "days=" + days + ": must be between 1 and " + MAX_DAYS
                    : "days must be 0 for " + kind);
        }
    }

    /**
     * @param days between 1 and 3660
     * @return {@code every <days>d}
     * @throws IllegalArgumentException if {@code days} is out of range
     */
    public static ChangeInterval everyDays(int days) {
        return new ChangeInterval(Kind.EVERY, days);
    }

    /**
     * Parses policy text: {@code termly}, {@code never}, {@code 90d}, {@code every 90d} (case-insensitive).
     *
     * @param text the value from a policy file
     * @return the interval
     * @throws IllegalArgumentException with a message saying what is allowed, for the policy reader to prefix
     *                                  with file:line and key
     */
    public static ChangeInterval parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "termly":
                return TERMLY;
            case "never":
                return NEVER;
            default:
                Matcher m = EVERY.matcher(t);
                long days = m.matches() ? Long.parseLong(m.group(1)) : -1;
                if (days >= 1 && days <= MAX_DAYS) {
                    return everyDays((int) days);
                }
                throw new IllegalArgumentException(text + ": must be termly, never, or every Nd with N from 1 to "
                        + MAX_DAYS + " (e.g. every 90d)");
        }
    }

    /** @return the policy text that {@link #parse(String)} reads back: {@code termly}, {@code never}, {@code every 90d} */
    @Override
    public String toString() {
        return switch (kind) {
            case TERMLY -> "termly";
            case NEVER -> "never";
            case EVERY -> "every " + days + "d";
        };
    }
}
