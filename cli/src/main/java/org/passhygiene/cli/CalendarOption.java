package org.passhygiene.cli;

import java.nio.file.Path;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.rotation.TermCalendar;

import picocli.CommandLine.Option;

/** {@code --calendar FILE}: the school's term dates, overriding the policy's {@code calendar} key. */
final class CalendarOption {

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Term calendar: a YAML file or an iCalendar (.ics) file of term dates (default: the"
                + " policy's calendar key, else the built-in, approximate England pattern). It must cover the day"
                + " judged on.")
    Path file;

    /**
     * This calendar, else the one the policy's {@code calendar} key names, else the built-in England pattern.
     *
     * @throws org.passhygiene.rotation.CalendarException (exit 3) if the file is invalid
     * @throws java.io.UncheckedIOException (exit 4) if it cannot be read, e.g. {@code terms.yaml: no such file}
     */
    TermCalendar calendar(PolicySettings settings) {
        if (file != null) {
            return TermCalendar.loadFile(file);
        }
        return settings.calendar() != null ? TermCalendar.loadFile(settings.calendar()) : TermCalendar.englandDefault();
    }

    /**
     * The builder with this calendar applied, if one was given.
     *
     * @throws org.passhygiene.rotation.CalendarException (exit 3) if the file is invalid
     * @throws java.io.UncheckedIOException (exit 4) if it cannot be read
     */
    PasswordPolicy.Builder apply(PasswordPolicy.Builder builder) {
        return file == null ? builder : builder.termCalendar(TermCalendar.loadFile(file));
    }
}
