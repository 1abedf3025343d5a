package org.passhygiene.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.passhygiene.rotation.DateRange;
import org.passhygiene.rotation.RotationService;
import org.passhygiene.rotation.TermCalendar;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --as-of DATE} for every command that judges dates ({@code terms show}, {@code rotation due},
 * {@code audit}): a {@code yyyy-mm-dd} date within {@link TermCalendar#SUPPORTED_DATES}, else a usage error (exit 2);
 * default today by the rotation service's clock, in {@link RotationService#SCHOOL_ZONE}.
 */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converter.class,
            description = "The day to judge on: yyyy-mm-dd from 1990-01-01 to 2200-12-31 (default: today, UK time).")
    private LocalDate date;

    /**
     * @param rotation the service whose clock says what day it is
     * @return the date given, else today by that clock
     */
    LocalDate day(RotationService rotation) {
        return date != null ? date : rotation.today();
    }

    /**
     * Parses and range-checks the date. Messages are complete on their own and never echo text that is not a date
     * (it could be anything the user pasted).
     */
    static final class Converter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            DateRange supported = TermCalendar.SUPPORTED_DATES;
            LocalDate d;
            try {
                d = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new ParameterMessages.VettedConversionException("--as-of: not a date: expected yyyy-mm-dd from " + supported.start()
                        + " to " + supported.end());
            }
            if (!supported.contains(d)) {
                throw new ParameterMessages.VettedConversionException("--as-of: " + d + " is outside the supported range "
                        + supported.start() + ".." + supported.end());
            }
            return d;
        }
    }
}
