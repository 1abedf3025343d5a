package org.passhygiene.cli;

import java.util.Locale;
import java.util.function.Function;

import org.passhygiene.audit.ColumnMapping;
import org.passhygiene.audit.DateOrder;
import org.passhygiene.audit.ExportFormat;
import org.passhygiene.audit.Leavers;
import org.passhygiene.audit.ReportFormat;
import org.passhygiene.audit.Severity;
import org.passhygiene.audit.StaffList;
import org.passhygiene.breach.HashKind;
import org.passhygiene.generator.GeneratorMode;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The picocli converters for typed options whose values our own code parses: every option value is parsed while the
 * command line is, never inside {@code call()}, and a bad one is a usage error (exit 2) reported by
 * {@link ParameterMessages}, which never shows the value.
 */
final class OptionConverters {

    private OptionConverters() {
    }

    /**
     * A converter over a core parser that throws {@link IllegalArgumentException} with a message for people: the
     * message is kept, the value in it is not ({@link ParameterMessages#conversionError}).
     */
    private abstract static class Parsed<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        Parsed(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public final T convert(String value) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw ParameterMessages.conversionError(String.valueOf(e.getMessage()), value);
            }
        }
    }

    /** {@code generate --mode}: random or passphrase, any case. */
    static final class GeneratorModes extends Parsed<GeneratorMode> {
        GeneratorModes() {
            super(value -> {
                for (GeneratorMode m : GeneratorMode.values()) {
                    if (m.name().equalsIgnoreCase(value.strip())) {
                        return m;
                    }
                }
                throw new IllegalArgumentException("must be random or passphrase");
            });
        }
    }

    /** {@code --report}: text, json, csv or html ({@link ReportFormat#parse}). */
    static final class ReportFormats extends Parsed<ReportFormat> {
        ReportFormats() {
            super(ReportFormat::parse);
        }
    }

    /** {@code serve --listen}: {@code HOST:PORT} or {@code [IPV6]:PORT} ({@link #listenAddress}). */
    static final class ListenAddresses extends Parsed<java.net.InetSocketAddress> {
        ListenAddresses() {
            super(OptionConverters::listenAddress);
        }
    }

    /** {@code HOST:PORT} or {@code [IPV6]:PORT}, port 0 to 65535; the host is not resolved here. */
    static java.net.InetSocketAddress listenAddress(String given) {
        int colon = given.lastIndexOf(':');
        String host = colon < 0 ? "" : given.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String port = colon < 0 ? "" : given.substring(colon + 1);
        if (host.isEmpty() || !port.matches("\\d{1,5}") || Integer.parseInt(port) > 65_535) {
            throw new IllegalArgumentException("--listen: must be HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:8787");
        }
        return java.net.InetSocketAddress.createUnresolved(host, Integer.parseInt(port));
    }

    /** {@code --fail-on}: a severity, any case ({@link Severity#parse}). */
    static final class Severities extends Parsed<Severity> {
        Severities() {
            super(Severity::parse);
        }
    }

    /** {@code --format-in}: an export format id ({@link ExportFormat#fromId}). */
    static final class ExportFormats extends Parsed<ExportFormat> {
        ExportFormats() {
            super(ExportFormat::fromId);
        }
    }

    /** {@code --columns}: key=COLUMN,… ({@link ColumnMapping#parse}). */
    static final class ColumnMappings extends Parsed<ColumnMapping> {
        ColumnMappings() {
            super(ColumnMapping::parse);
        }
    }

    /** {@code provision --columns}: key=COLUMN,… ({@link StaffList.Columns#parse}). */
    static final class StaffColumns extends Parsed<StaffList.Columns> {
        StaffColumns() {
            super(StaffList.Columns::parse);
        }
    }

    /** {@code --leavers-columns}: username=COLUMN,email=COLUMN,leaving-date=COLUMN ({@link Leavers#columns}). */
    static final class LeaversColumns extends Parsed<LeaversOption.Columns> {
        LeaversColumns() {
            super(text -> new LeaversOption.Columns(Leavers.columns(text)));
        }
    }

    /** {@code --date-order}: dmy, mdy or ymd ({@link DateOrder#of}). */
    static final class DateOrders extends Parsed<DateOrder> {
        DateOrders() {
            super(DateOrder::of);
        }
    }

    /** {@code --privileged-group NAME[=ROLE]}: always valid on its own; the policy judges the role. */
    static final class PrivilegedGroups extends Parsed<PrivilegedGroup> {
        PrivilegedGroups() {
            super(PrivilegedGroup::parse);
        }
    }

    /**
     * One {@code --privileged-group}: the group's name and the role it means.
     *
     * @param given the option value as given, for messages about it
     */
    record PrivilegedGroup(String given, String name, String role) {

        /** NAME=ROLE (split at the last '='), or NAME alone: the role is the name in lower case, spaces as '-'. */
        static PrivilegedGroup parse(String given) {
            int eq = given.lastIndexOf('=');
            String name = (eq < 0 ? given : given.substring(0, eq)).strip();
            String role = eq < 0 ? name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}_-]+", "-")
                    .replaceAll("^-+|-+$", "") : given.substring(eq + 1);
            return new PrivilegedGroup(given, name, role);
        }
    }

    /** {@code breach import --kind}: sha1 | ntlm, case-insensitive. */
    static final class HashKinds implements ITypeConverter<HashKind> {
        @Override
        public HashKind convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "sha1":
                case "sha-1":
                    return HashKind.SHA1;
                case "ntlm":
                case "nt":
                    return HashKind.NTLM;
                default:
                    throw new TypeConversionException("must be sha1 or ntlm");
            }
        }
    }

    /** {@code breach import --memory}: 512m, 1g, 1048576: a byte count. */
    static final class ByteSizes implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("k")) {
                unit = 1L << 10;
            } else if (v.endsWith("m")) {
                unit = 1L << 20;
            } else if (v.endsWith("g")) {
                unit = 1L << 30;
            }
            String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
            try {
                long n = Long.parseLong(digits);
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                return Math.multiplyExact(n, unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new TypeConversionException("must be a size such as 512m or 1g");
            }
        }
    }
}
