package org.passhygiene.cli;

import java.nio.file.Path;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.rotation.TermCalendar;

import picocli.CommandLine.Option;

/**
 * {@code --calendar FILE} for every command that judges term dates ({@code terms show}, {@code rotation due},
 * {@code audit}): the one place the command line decides which calendar applies. This file, else the one the
 * policy's {@code calendar} key names, else the built-in England pattern; every file is read by the one loader,
 * {@link TermCalendar#loadFile} (.ics or YAML by the name).
 */
final class CalendarOption {

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Term calendar: a YAML file or an iCalendar (.ics) file of term dates (default: the"
                + " policy's calendar key, else the built-in, approximate England pattern). It must cover the day"
                + " judged on.")
    Path file;

    /**
     * The calendar that applies, for a command that does not build the policy.
     *
     * @throws org.passhygiene.rotation.CalendarException (exit 3) if the file is invalid
     * @throws java.io.UncheckedIOException (exit 4) if it cannot be read, e.g. {@code terms.yaml: no such file}
     */
    TermCalendar calendar(PolicySettings settings) {
        Path chosen = file != null ? file : settings.calendar();
        return chosen != null ? TermCalendar.loadFile(chosen) : TermCalendar.englandDefault();
    }

    /**
     * The builder with this calendar applied, if one was given; otherwise the policy's own (its {@code calendar}
     * key, else the England pattern) stays.
     *
     * @throws org.passhygiene.rotation.CalendarException (exit 3) if the file is invalid
     * @throws java.io.UncheckedIOException (exit 4) if it cannot be read
     */
    PasswordPolicy.Builder apply(PasswordPolicy.Builder builder) {
        return file == null ? builder : builder.termCalendar(TermCalendar.loadFile(file));
    }
}
