package org.passhygiene.audit;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Parsing of the field values exports use. Failures are {@link BadField}s whose message never quotes the value. */
final class Fields {

    /** A field that cannot be read; the message names the field and the expected form, never the value. */
    static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;

        private final SkipCause cause;

        BadField(String message) {
            this(SkipCause.BAD_VALUE, message);
        }

        BadField(SkipCause cause, String message) {
            super(message, null, false, false);
            this.cause = cause;
        }

        SkipCause cause() {
            return cause;
        }
    }

    /** 100 ns intervals between 1601-01-01 and 1970-01-01. */
    private static final long FILETIME_EPOCH_OFFSET = 116_444_736_000_000_000L;
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/MM/dd"));
    static final String DATE_FORMS = "dd/MM/yyyy HH:mm:ss, ISO 8601 or a FILETIME";
    private static final HexFormat HEX = HexFormat.of();

    private Fields() {
    }

    /**
     * A day from a UK or ISO date/time, a {@code Z}/offset timestamp or a Windows FILETIME. Empty, {@code 0}
     * (FILETIME: never / must change), {@code never} and {@code Never logged in} are null.
     */
    static LocalDate date(String name, String value) throws BadField {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.isEmpty() || v.equals("0") || v.equalsIgnoreCase("never") || v.equalsIgnoreCase("never logged in")
                || v.equals("9223372036854775807")) {
            return null;
        }
        if (isDigits(v)) {
            long filetime;
            try {
                filetime = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new BadField(SkipCause.BAD_DATE, name + ": not a date (expected " + DATE_FORMS + ")");
            }
            long millis = (filetime - FILETIME_EPOCH_OFFSET) / 10_000L;
            return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
            String iso = v.replace(' ', 'T');
            try {
                return OffsetDateTime.parse(iso).toLocalDate();
            } catch (DateTimeParseException e) {
                // fall through: "2022-03-18 19:49:35Z" has no 'T' before the fix above; others below
            }
            String local = v.endsWith("Z") ? v.substring(0, v.length() - 1) : v.substring(0, v.length() - 6);
            return date(name, local);
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(v, f).toLocalDate();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new BadField(SkipCause.BAD_DATE, name + ": not a date (expected " + DATE_FORMS + ")");
    }

    /** Milliseconds since 1970 (Firefox); empty or 0 is null. */
    static LocalDate epochMillis(String name, String value) throws BadField {
        if (value == null || value.isBlank() || value.trim().equals("0")) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(value.trim())).atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (NumberFormatException e) {
            throw new BadField(SkipCause.BAD_DATE, name + ": not a time in milliseconds since 1970");
        }
    }

    /** True/False, Yes/No, 1/0 (any case); empty is null. */
    static Boolean bool(String name, String value) throws BadField {
        if (value == null || value.isBlank()) {
            return null;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y":
                return Boolean.TRUE;
            case "false", "no", "0", "n":
                return Boolean.FALSE;
            default:
                throw new BadField(name + ": not True or False");
        }
    }

    /** 32 hex digits → 16 bytes. */
    static byte[] hash16(String name, String value) throws BadField {
        if (value == null || value.length() != 32) {
            throw new BadField(name + " is not 32 hex digits");
        }
        try {
            return HEX.parseHex(value);
        } catch (IllegalArgumentException e) {
            throw new BadField(name + " is not 32 hex digits");
        }
    }

    /** Hex digits to bytes (constants). */
    static byte[] hexBytes(String hex) {
        return HEX.parseHex(hex);
    }

    /** The host of a URL ({@code https://mail.google.com/x} → {@code mail.google.com}), else the text itself. */
    static String site(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.trim();
        try {
            URI uri = URI.create(u.contains("://") ? u : "https://" + u);
            if (uri.getHost() != null) {
                String host = uri.getHost().toLowerCase(Locale.ROOT);
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // not a URL: the name itself
        }
        return u;
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of the first {@code CN=} (or {@code OU=}) component of a distinguished name, or the text. */
    static String commonName(String dn) {
        String d = dn.trim();
        if (d.regionMatches(true, 0, "CN=", 0, 3) || d.regionMatches(true, 0, "OU=", 0, 3)) {
            int end = d.length();
            for (int i = 3; i < d.length(); i++) {
                if (d.charAt(i) == '\\') {
                    i++;
                } else if (d.charAt(i) == ',') {
                    end = i;
                    break;
                }
            }
            return d.substring(3, end).replace("\\,", ",");
        }
        return d;
    }

    /** Every {@code OU=} value of a distinguished name. */
    static List<String> organisationalUnits(String dn) {
        if (dn == null) {
            return List.of();
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String part : dn.split("(?<!\\\\),")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "OU=", 0, 3)) {
                out.add(p.substring(3).replace("\\,", ","));
            }
        }
        return out;
    }
}
