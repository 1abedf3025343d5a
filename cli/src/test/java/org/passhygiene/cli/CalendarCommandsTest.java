package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passhygiene.store.CredentialStore;

/**
 * Issue #9, items 3, 9 and 10 for calendars, {@code --as-of}, {@code terms show} and {@code rotation due}: out-of-date
 * and impossible calendars, dates out of range, missing calendar files, untrusted names in the output.
 */
class CalendarCommandsTest {

    /** One borough's 2024/25 terms: the last ends on 2025-07-22. */
    static final String TERMS_2024_25 = """
            terms:
              - name: Autumn 2024
                start: 2024-09-02
                end: 2024-12-20
              - name: Spring 2025
                start: 2025-01-06
                end: 2025-04-04
              - name: Summer 2025
                start: 2025-04-22
                end: 2025-07-22
            """;
    static final String OUTDATED = " covers terms up to 2025-07-22 (Summer 2025); 2026-03-16 is after it: add the"
            + " 2025/26 terms to the calendar, or leave the calendar out to use the built-in England pattern";

    @TempDir
    Path dir;
    String url;
    String pepper;
    Path terms;

    @BeforeEach
    void setUp() throws Exception {
        url = "jdbc:sqlite:" + dir.resolve("store.db");
        pepper = dir.resolve("pepper.key").toString();
        terms = dir.resolve("school-terms.yaml");
        Files.writeString(terms, TERMS_2024_25);
    }

    private CliRun withStore(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", url, "--pepper", pepper));
        return CliRun.run("", all.toArray(String[]::new));
    }

    /** Office staff, termly under the aup rules, last changed in the autumn of 2024. */
    private void seed(String... users) {
        try (CredentialStore store = CredentialStore.builder().url(url).pepperFile(Path.of(pepper))
                .clock(Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC)).open()) {
            int i = 0;
            for (String u : users) {
                store.record(u, "sims", Set.of("office"), ("Qz8!vLp#2mW" + i++).toCharArray(), "sims-admin",
                        Instant.parse("2024-10-01T09:00:00Z"));
            }
        }
    }

    private static Path fixture(String name) {
        try {
            return Path.of(CalendarCommandsTest.class.getResource("/org/passhygiene/audit/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            return Path.of("../core/src/test/resources/org/passhygiene/audit", name);
        }
    }

    @Test
    void anOutOfDateCalendarIsAnErrorNamingTheLastCoveredDay() {
        seed("office1", "office2");
        CliRun builtIn = withStore("rotation", "due", "--as-of", "2026-03-16");
        assertThat(builtIn.exitCode()).isZero();
        assertThat(builtIn.out()).contains("office1 on sims: OVERDUE", "office2 on sims: OVERDUE");

        CliRun r = withStore("rotation", "due", "--as-of", "2026-03-16", "--calendar", terms.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("passhygiene: invalid term calendar: " + terms + OUTDATED + "\n");

        for (String format : List.of("json", "csv")) {
            CliRun f = withStore("rotation", "due", "--as-of", "2026-03-16", "--calendar", terms.toString(),
                    "--format", format);
            assertThat(f.exitCode()).isEqualTo(3);
            assertThat(f.out()).isEmpty();
        }
        CliRun show = CliRun.run("", "terms", "show", "--as-of", "2026-03-16", "--calendar", terms.toString());
        assertThat(show.exitCode()).isEqualTo(3);
        assertThat(show.out()).isEmpty();
        assertThat(show.err()).isEqualTo("passhygiene: invalid term calendar: " + terms + OUTDATED + "\n");

        CliRun inTerm = withStore("rotation", "due", "--as-of", "2025-07-22", "--calendar", terms.toString());
        assertThat(inTerm.exitCode()).isZero();
        assertThat(inTerm.out()).contains("office1 on sims: OVERDUE, due 2025-04-28");
    }

    @Test
    void anOutOfDateCalendarIsAnErrorEvenWithNothingInTheStoreButNotWithoutTermlyRules() {
        seed();
        CliRun empty = withStore("rotation", "due", "--as-of", "2026-03-16", "--calendar", terms.toString());
        assertThat(empty.exitCode()).isEqualTo(3);
        assertThat(empty.err()).contains(OUTDATED);
        CliRun before = withStore("rotation", "due", "--as-of", "2024-08-01", "--calendar", terms.toString());
        assertThat(before.exitCode()).isEqualTo(3);
        assertThat(before.err()).isEqualTo("passhygiene: invalid term calendar: " + terms + " covers terms from"
                + " 2024-09-02 (Autumn 2024); 2024-08-01 is before it: add the earlier terms to the calendar, or leave"
                + " the calendar out to use the built-in England pattern\n");
        CliRun nist = withStore("rotation", "due", "--as-of", "2026-03-16", "--calendar", terms.toString(),
                "--preset", "nist");
        assertThat(nist.exitCode()).isZero();
        assertThat(nist.out()).isEqualTo("No password changes due as of 2026-03-16.\n");
    }

    @Test
    void auditWithAnOutOfDateCalendarIsAnError() {
        Path export = fixture("ad-uk.csv");
        CliRun builtIn = CliRun.run("", "audit", "--as-of", "2026-03-16", export.toString());
        assertThat(builtIn.out()).contains("ROTATION_OVERDUE");
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--calendar", terms.toString(),
                export.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(terms + OUTDATED).doesNotContain("null");
    }

    @Test
    void impossibleTermsAreRefusedWithFileAndLine() throws Exception {
        Path forever = dir.resolve("forever.yaml");
        Files.writeString(forever, "terms:\n  - name: Forever\n    start: 0000-01-01\n    end: 9999-12-31\n");
        for (CliRun r : List.of(CliRun.run("", "terms", "show", "--calendar", forever.toString()),
                withStore("rotation", "due", "--calendar", forever.toString()))) {
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).isEqualTo("passhygiene: invalid term calendar: " + forever
                    + ":3: start=0000-01-01: must be between 1990-01-01 and 2200-12-31\n");
        }
        Path ics = dir.resolve("forever.ics");
        Files.writeString(ics, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Autumn Term\r\n"
                + "DTSTART;VALUE=DATE:00000101\r\nDTEND;VALUE=DATE:99991231\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        CliRun r = CliRun.run("", "terms", "show", "--calendar", ics.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("passhygiene: invalid term calendar: " + ics
                + ":4: DTSTART=00000101: must be between 1990-01-01 and 2200-12-31\n");

        Path year = dir.resolve("year.yaml");
        Files.writeString(year, "terms:\n  - name: Autumn 2024\n    start: 2024-09-02\n    end: 2025-08-31\n");
        CliRun longTerm = CliRun.run("", "terms", "show", "--calendar", year.toString());
        assertThat(longTerm.exitCode()).isEqualTo(3);
        assertThat(longTerm.err()).isEqualTo("passhygiene: invalid term calendar: " + year + ":2: Autumn 2024"
                + " 2024-09-02..2025-08-31: 364 days long: a term must be at most 140 days (20 weeks; English terms"
                + " are at most about 16)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "1500-01-01", "1989-12-31", "2201-01-01"})
    void asOfOutsideTheSupportedRangeIsAUsageErrorInEveryCommand(String date) {
        String shown = java.time.LocalDate.parse(date).toString();
        for (CliRun r : List.of(CliRun.run("", "terms", "show", "--as-of=" + date),
                withStore("rotation", "due", "--as-of=" + date),
                CliRun.run("", "audit", "--as-of=" + date, fixture("ad-uk.csv").toString()))) {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("passhygiene: ")
                    .contains("--as-of: " + shown + " is outside the supported range 1990-01-01..2200-12-31")
                    .doesNotContain("Exception");
        }
        assertThat(Files.exists(dir.resolve("store.db"))).isFalse();
    }

    @Test
    void asOfThatIsNotADateIsAUsageErrorThatDoesNotEchoIt() {
        for (CliRun r : List.of(CliRun.run("", "terms", "show", "--as-of", "Hunter2-secret"),
                withStore("rotation", "due", "--as-of", "2025-02-30"),
                CliRun.run("", "audit", "--as-of", "Hunter2-secret", fixture("ad-uk.csv").toString()))) {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--as-of: not a date: expected yyyy-mm-dd from 1990-01-01 to 2200-12-31")
                    .doesNotContain("Hunter2");
        }
        CliRun edge = CliRun.run("", "terms", "show", "--as-of", "2200-12-31");
        assertThat(edge.exitCode()).isZero();
        assertThat(edge.out()).contains("As of:    2200-12-31\n");
        assertThat(CliRun.run("", "terms", "show", "--as-of", "1990-01-01").exitCode()).isZero();
    }

    @Test
    void aMissingCalendarIsExitFourNamingTheFile() throws Exception {
        Path missing = dir.resolve("no-such-terms.yaml");
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "extends: aup\ncalendar: no-such-terms.yaml\n");
        for (CliRun r : List.of(CliRun.run("", "terms", "show", "--calendar", missing.toString()),
                withStore("rotation", "due", "--calendar", missing.toString()),
                CliRun.run("", "audit", "--calendar", missing.toString(), fixture("ad-uk.csv").toString()),
                CliRun.run("", "terms", "show", "--policy", policy.toString()),
                withStore("rotation", "due", "--policy", policy.toString()))) {
            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.err()).contains(missing + ": no such file").hasLineCount(1);
            assertThat(r.out()).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("store.db"))).isFalse();
        CliRun directory = CliRun.run("", "terms", "show", "--calendar", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(4);
        assertThat(directory.err()).contains(dir + ": cannot read: is a directory");
    }

    @Test
    void anEndlessCalendarFileStopsAtItsSizeLimit() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
        CliRun r = CliRun.run("", "terms", "show", "--calendar", zero.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("passhygiene: invalid term calendar: /dev/zero: larger than 256 KiB: a term"
                + " calendar is a short list of dates (limit 262144 bytes)\n");
    }

    @Test
    void rotationDueEscapesUntrustedNamesInTextAndNeutralisesFormulasInCsv() throws Exception {
        seed("evil", "formula");
        String evil = "evil\u001b[2J\nCRITICAL FAKE: all clear";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            for (String table : List.of("person", "credential")) {
                try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET username = ? WHERE username"
                        + " = ?")) {
                    p.setString(1, evil);
                    p.setString(2, "evil");
                    assertThat(p.executeUpdate()).isEqualTo(1);
                    p.setString(1, "=HYPERLINK(\"http://x\")");
                    p.setString(2, "formula");
                    assertThat(p.executeUpdate()).isEqualTo(1);
                }
            }
            s.executeUpdate("UPDATE credential SET system_name = 'sims\u009b31m', set_by = '\u202eadmin'");
        }
        CliRun text = withStore("rotation", "due", "--as-of", "2025-01-20");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).doesNotContain("\u001b", "\u009b", "\u202e").hasLineCount(2)
                .contains("evil\\u001b[2J\\nCRITICAL FAKE: all clear on sims\\u009b31m: OVERDUE, due 2025-01-07"
                        + " (privileged: office; set 2024-10-01 by \\u202eadmin): termly:");

        CliRun csv = withStore("rotation", "due", "--as-of", "2025-01-20", "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).startsWith("user,system,roles,privileged,reason,due_date,last_set,set_by,detail,"
                + "message\r\n")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\",sims\\u009b31m,office,true,OVERDUE,2025-01-07,")
                .contains("\r\nevil\\u001b[2J\\nCRITICAL FAKE: all clear,sims\\u009b31m,office,true,OVERDUE,")
                .contains(",\\u202eadmin,")
                .doesNotContain("\u001b", "\u009b", "\u202e");

        CliRun json = withStore("rotation", "due", "--as-of", "2025-01-20", "--format", "json");
        assertThat(json.out()).doesNotContain("\u001b").contains("\"user\":\"evil\\u001B[2J\\nCRITICAL FAKE");
    }

    @Test
    void termsShowEscapesTermNamesFromTheCalendarFile() throws Exception {
        Path file = dir.resolve("escapes.yaml");
        Files.writeString(file, "terms:\n  - name: \"Autumn\\e[2J\\nFAKE\"\n    start: 2024-09-02\n"
                + "    end: 2024-12-20\n  - name: \"Spring\\u202e 2025\"\n    start: 2025-01-06\n    end: 2025-04-04\n");
        CliRun r = CliRun.run("", "terms", "show", "--as-of", "2024-10-01", "--calendar", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Calendar: " + file + "\nCovers:   2024-09-02..2025-04-04\n"
                + "As of:    2024-10-01\nCurrent:  Autumn\\u001b[2J\\nFAKE 2024-09-02..2024-12-20\n"
                + "Next:     Spring\\u202e 2025 2025-01-06..2025-04-04\n");
    }
}
