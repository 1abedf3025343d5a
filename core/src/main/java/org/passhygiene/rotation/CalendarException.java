package org.passhygiene.rotation;

/**
 * A term calendar file (YAML or iCalendar) is invalid, or a calendar was asked about a date it does not cover.
 * The message names the file and line, the key and value, and what is allowed, for example
 * {@code terms.yaml:7: end=2024-08-30: must not be before start 2024-09-02}.
 */
public final class CalendarException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the complete, human-readable message
     */
    CalendarException(String message) {
        super(message);
    }
}
