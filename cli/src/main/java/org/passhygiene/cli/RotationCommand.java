package org.passhygiene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.passhygiene.PasswordPolicy;
import org.passhygiene.Violation;
import org.passhygiene.output.CsvText;
import org.passhygiene.output.TerminalText;
import org.passhygiene.rotation.ChangeDue;
import org.passhygiene.rotation.RotationService;
import org.passhygiene.store.CredentialStore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import de.siegmar.fastcsv.writer.CsvWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code passhygiene rotation due}: who must change which password by when. */
@Command(name = "rotation", mixinStandardHelpOptions = true,
        description = "Password changes required by the policy's rotation keys and by compromise flags.",
        subcommands = RotationCommand.Due.class)
final class RotationCommand extends CommandGroup {

    enum Format { text, json, csv }

    @Command(name = "due", mixinStandardHelpOptions = true,
            description = {"Lists every password that must be changed: flagged compromised or must-change, or a"
                + " periodic change due (in its grace period) or overdue under privileged-change / staff-change.",
                "Privileged accounts first, then by due date. Exit 0 whether or not anything is due; exit 3 if a"
                    + " termly rule applies and the term calendar does not cover the day (a calendar whose last term"
                    + " has ended)."})
    static final class Due extends LeafCommand {

        private static final JsonFactory JSON = new JsonFactory();
        private static final String[] CSV_HEADER = {"user", "system", "roles", "privileged", "reason", "due_date",
            "last_set", "set_by", "detail", "message"};

        @Mixin
        private PolicyOptionsMixin policyOptions;

        @Mixin
        private StoreOptions storeOptions;

        @Mixin
        private CalendarOption calendarOption;

        @Mixin
        private AsOfOption asOf;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text (default), json (one object per line) or csv (with a header row).")
        private Format format;

        @Override
        public Integer call() {
            PasswordPolicy.Builder builder = calendarOption.apply(policyOptions.builder());
            PrintWriter out = out();
            try (CredentialStore store = storeOptions.openReadOnly()) {
                PasswordPolicy policy = builder.credentialStore(store).build();
                RotationService rotation = policy.rotationService();
                LocalDate day = asOf.day(rotation);
                rotation.requireCalendarCovers(day); // whether or not the store holds a termly account
                List<ChangeDue> due = policy.due(day);
                CsvWriter csv = format == Format.csv ? CsvText.writer(out) : null;
                if (csv != null) {
                    csv.writeRecord(CSV_HEADER);
                }
                if (format == Format.text && due.isEmpty()) {
                    out.println("No password changes due as of " + day + ".");
                }
                for (ChangeDue d : due) {
                    Violation v = policy.changeRequired(d);
                    switch (format) {
                        case text -> out.println(text(d, rotation));
                        case json -> out.println(json(d, v));
                        case csv -> csv(csv, d, v);
                    }
                }
                if (csv != null) {
                    csv.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
            return ExitCodes.OK;
        }

        /**
         * "office1 on sims: OVERDUE, due 2025-01-10 (privileged: office; set 2024-10-01 by t): detail", every
         * string from the store or the calendar escaped ({@link TerminalText}); the set day in the school's zone.
         */
        static String text(ChangeDue d, RotationService rotation) {
            return esc(d.user()) + " on " + esc(d.system()) + ": " + d.reason() + ", due " + d.dueDate() + " ("
                    + (d.privileged() ? "privileged: " : "roles: ")
                    + (d.roles().isEmpty() ? "none" : esc(String.join(",", d.roles().stream().sorted().toList())))
                    + "; set " + rotation.dateOf(d.lastSet()) + " by " + esc(d.setBy()) + ")"
                    + (d.detail().isEmpty() ? "" : ": " + esc(d.detail()));
        }

        private static String esc(String s) {
            return TerminalText.escape(s);
        }

        static String json(ChangeDue d, Violation v) {
            StringWriter w = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(w)) {
                g.writeStartObject();
                g.writeStringField("user", d.user());
                g.writeStringField("system", d.system());
                g.writeArrayFieldStart("roles");
                for (String r : d.roles().stream().sorted().toList()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeBooleanField("privileged", d.privileged());
                g.writeStringField("reason", d.reason().name());
                g.writeStringField("dueDate", d.dueDate().toString());
                g.writeStringField("lastSet", d.lastSet().toString());
                g.writeStringField("setBy", d.setBy());
                g.writeStringField("detail", d.detail());
                g.writeStringField("code", v.code().name());
                g.writeStringField("message", v.message());
                g.writeStringField("clause", v.clause());
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w.toString();
        }

        /** One RFC 4180 row (FastCSV quoting); untrusted cells neutralised against formula injection. */
        static void csv(CsvWriter csv, ChangeDue d, Violation v) {
            csv.writeRecord(CsvText.safe(d.user()), CsvText.safe(d.system()),
                    CsvText.safe(String.join(" ", d.roles().stream().sorted().toList())),
                    Boolean.toString(d.privileged()), d.reason().name(), d.dueDate().toString(), d.lastSet().toString(),
                    CsvText.safe(d.setBy()), CsvText.safe(d.detail()), CsvText.safe(v.message()));
        }
    }
}
