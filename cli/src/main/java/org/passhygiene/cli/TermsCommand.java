package org.passhygiene.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;

import org.passhygiene.output.TerminalText;
import org.passhygiene.rotation.RotationService;
import org.passhygiene.rotation.Term;
import org.passhygiene.rotation.TermCalendar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code passhygiene terms show}: the term calendar as the tool understands it. */
@Command(name = "terms", mixinStandardHelpOptions = true,
        description = "Shows the school terms that termly password changes are judged by.",
        subcommands = TermsCommand.Show.class)
final class TermsCommand extends CommandGroup {

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Prints where the term dates come from, the dates they cover, and the current and next terms.",
                "A day the calendar does not cover (before its first term or after its last) is an error (exit 3)"
                    + " naming the last covered day.",
                "Term dates in England are set by each local authority or academy trust: the built-in pattern is an"
                    + " approximation; give the school's calendar with --calendar or the policy's calendar key."})
    static final class Show extends LeafCommand {

        @Mixin
        private PolicyOptionsMixin policyOptions;

        @Mixin
        private CalendarOption calendarOption;

        @Mixin
        private AsOfOption asOf;

        /**
         * @throws org.passhygiene.rotation.CalendarException (exit 3) if the calendar is invalid or does not cover
         *         the day, naming the last (or first) day it covers
         */
        @Override
        public Integer call() {
            TermCalendar calendar = calendarOption.calendar(policyOptions.builder().settings());
            LocalDate day = asOf.day(RotationService.builder().calendar(calendar).build());
            calendar.requireCovers(day);
            PrintWriter out = out();
            out.println("Calendar: " + TerminalText.escape(calendar.source()));
            out.println("Covers:   " + calendar.coverage());
            out.println("As of:    " + day);
            Optional<Term> current = calendar.currentTerm(day);
            out.println("Current:  " + current.map(t -> TerminalText.escape(t.toString())).orElse("none (a holiday)"));
            out.println("Next:     " + calendar.nextTerm(day).map(t -> TerminalText.escape(t.toString()))
                    .orElse("none in the calendar"));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
