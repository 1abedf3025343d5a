package org.passhygiene.audit;

/**
 * Why a row of an export could not be read. Reports count skipped rows per cause and per reason; when most rows of a
 * file fail for one cause, {@link SkipAdvice} may say what to do about it.
 */
public enum SkipCause {
    /** A NUL byte: binary data, or text in an encoding other than UTF-8 and UTF-16. */
    BINARY,
    /**
     * Bytes that are not text in the file's encoding: not UTF-8 (nor Windows-1252 when the file has no byte-order
     * mark), or not UTF-16 (an unpaired surrogate).
     */
    NOT_UTF8,
    /** A line or CSV record longer than 1 MiB. */
    TOO_LONG,
    /** A quoted field opened and never closed: it runs to the end of the file. */
    UNCLOSED_QUOTE,
    /** CSV that cannot be split into fields, e.g. a character after a closing quote. */
    MALFORMED_CSV,
    /** A CSV record with more or fewer fields than the header. */
    FIELD_COUNT,
    /** A line that is not in the format's layout (e.g. not {@code DOMAIN\\user:RID:LM:NT:::}). */
    LAYOUT,
    /** A date or time value that cannot be read. */
    BAD_DATE,
    /** Any other value that cannot be read (empty required field, hash, flag). */
    BAD_VALUE
}
