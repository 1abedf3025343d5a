package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.store.CredentialStore;

/** store record / mark-compromised, check --store, rotation due and terms show, black-box on a temp SQLite store. */
class StoreCommandTest {

    static final String A = "xK#9vq!Lp2@z";
    static final String B = "T7&mWq!r4#Zb";
    static final String C = "Hb4!nW@x9Kd%";

    @TempDir
    Path dir;
    String url;
    String pepper;

    @BeforeEach
    void setUp() {
        url = "jdbc:sqlite:" + dir.resolve("data/store.db");
        pepper = dir.resolve("keys/pepper.key").toString();
    }

    CliRun run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", url, "--pepper", pepper));
        return CliRun.run(stdin, all.toArray(String[]::new));
    }

    CliRun record(String password, String user, String system, String... more) {
        List<String> args = new ArrayList<>(List.of("store", "record", "--stdin", "--user", user, "--system", system));
        args.addAll(List.of(more));
        return run(password + "\n", args.toArray(String[]::new));
    }

    @Test
    void recordsAnAcceptedPasswordAndRefusesItOnASecondSystem() {
        CliRun first = record(A, "JSmith", "google", "--roles", "office");
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo("Recorded: jsmith on google (meets the aup policy).\n");
        assertThat(first.err()).isEmpty();

        CliRun second = record(A, "jsmith", "ad");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).isEqualTo("Rejected:\n"
                + "  - is already your password on google [REUSED_ACROSS_SYSTEMS] (AUP: only used on one system)\n"
                + "Not recorded.\n");

        assertThat(record(B, "jsmith", "ad").exitCode()).isZero();
        CliRun history = record(A, "jsmith", "google");
        assertThat(history.exitCode()).isEqualTo(1);
        assertThat(history.out()).contains("  - is one of your last 5 passwords on google [REUSED_FROM_HISTORY]"
                + " (AUP: not one of your last 5 passwords on a system)\n");
    }

    @Test
    void aWeakPasswordIsNotRecorded() {
        CliRun r = record("Summer2024!", "jsmith", "google");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("Rejected:\n  - contains the dictionary word ‘summer’ [DICTIONARY_WORD]"
                + " (AUP: does not contain a dictionary word)\nNot recorded.\n");
        // Nothing was recorded, so it is not reuse anywhere.
        assertThat(run("Summer2024!\n", "check", "--stdin", "--user", "jsmith", "--system", "ad").out())
                .doesNotContain("REUSED");
    }

    @Test
    void recordReadsExactlyOnePassword() {
        CliRun none = run("", "store", "record", "--stdin", "--user", "jsmith", "--system", "ad");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("passhygiene: no password on standard input\n");
        CliRun two = run(A + "\n" + B + "\n", "store", "record", "--stdin", "--user", "jsmith", "--system", "ad");
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).isEqualTo("passhygiene: store record reads one password, but standard input has more"
                + " than one line: nothing recorded\n");
        assertThat(run("", "store", "record", "--stdin", "--system", "ad").exitCode()).isEqualTo(2);
    }

    @Test
    void checkWithAStoreIncludesReuse() {
        record(A, "jsmith", "google");
        CliRun text = run(A + "\n" + C + "\n", "check", "--stdin", "--user", "jsmith", "--system", "ad");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).isEqualTo("line 1: rejected: REUSED_ACROSS_SYSTEMS is already your password on google\n"
                + "line 2: accepted\n");
        CliRun json = run(A + "\n", "check", "--stdin", "--format", "json", "--user", "jsmith", "--system", "ad");
        assertThat(json.out()).isEqualTo("{\"line\":1,\"accepted\":false,\"violations\":[{\"code\":"
                + "\"REUSED_ACROSS_SYSTEMS\",\"message\":\"is already your password on google\",\"clause\":"
                + "\"AUP: only used on one system\"}]}\n");
        CliRun noSystem = run(A + "\n", "check", "--stdin", "--user", "jsmith");
        assertThat(noSystem.exitCode()).isEqualTo(2);
        assertThat(noSystem.err()).isEqualTo("passhygiene: --store needs --user and --system: reuse is per person and"
                + " system\n");
    }

    @Test
    void markCompromisedFlagsOrSaysThereIsNothingToFlag() {
        record(A, "jsmith", "google");
        record(B, "jsmith", "ad");
        CliRun one = run("", "store", "mark-compromised", "--user", "jsmith", "--system", "google", "--reason",
                "phished");
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).isEqualTo("Flagged 1 password of jsmith on google as compromised: change required now.\n");
        CliRun all = run("", "store", "mark-compromised", "--user", "jsmith", "--reason", "laptop stolen");
        assertThat(all.out()).isEqualTo("Flagged 2 passwords of jsmith as compromised: change required now.\n");
        CliRun nobody = run("", "store", "mark-compromised", "--user", "nobody", "--reason", "x");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.out()).isEmpty();
        assertThat(nobody.err()).isEqualTo("passhygiene: no password recorded for nobody: nothing flagged\n");
        assertThat(run("", "store", "mark-compromised", "--user", "jsmith").exitCode()).isEqualTo(2);
    }

    /** Rows with fixed dates, through the library, so rotation due is deterministic. */
    private void seed() {
        try (CredentialStore store = CredentialStore.builder().url(url).pepperFile(Path.of(pepper))
                .clock(Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC)).open()) {
            Instant autumn = Instant.parse("2024-10-01T09:00:00Z");
            store.record("teacher1", "google", Set.of("teacher"), A.toCharArray(), "google-sync", autumn);
            store.record("office1", "sims", Set.of("office"), B.toCharArray(), "sims-admin", autumn);
            store.record("slt1", "sims", Set.of("slt"), C.toCharArray(), "sims-admin",
                    Instant.parse("2025-01-07T09:00:00Z"));
            store.markCompromised("teacher1", "google", "found in breach corpus, 2025-01");
        }
    }

    @Test
    void rotationDueListsPrivilegedFirstInEveryFormat() {
        seed();
        CliRun text = run("", "rotation", "due", "--as-of", "2025-01-20");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).isEqualTo(
                "office1 on sims: OVERDUE, due 2025-01-07 (privileged: office; set 2024-10-01 by sims-admin): termly:"
                        + " not changed since Spring 2025 started on 2025-01-01; 5 school days' grace\n"
                + "teacher1 on google: COMPROMISED, due 2025-01-15 (roles: teacher; set 2024-10-01 by google-sync):"
                        + " found in breach corpus, 2025-01\n");

        CliRun json = run("", "rotation", "due", "--as-of", "2025-01-20", "--format", "json");
        assertThat(json.out().lines().toList()).containsExactly(
                "{\"user\":\"office1\",\"system\":\"sims\",\"roles\":[\"office\"],\"privileged\":true,\"reason\":"
                        + "\"OVERDUE\",\"dueDate\":\"2025-01-07\",\"lastSet\":\"2024-10-01T09:00:00Z\",\"setBy\":"
                        + "\"sims-admin\",\"detail\":\"termly: not changed since Spring 2025 started on 2025-01-01;"
                        + " 5 school days' grace\",\"code\":\"CHANGE_REQUIRED\",\"message\":\"your password on sims"
                        + " was due to be changed by 2025-01-07\",\"clause\":\"AUP: SLT, office and welfare staff"
                        + " change their password at least once a term\"}",
                "{\"user\":\"teacher1\",\"system\":\"google\",\"roles\":[\"teacher\"],\"privileged\":false,"
                        + "\"reason\":\"COMPROMISED\",\"dueDate\":\"2025-01-15\",\"lastSet\":\"2024-10-01T09:00:00Z\","
                        + "\"setBy\":\"google-sync\",\"detail\":\"found in breach corpus, 2025-01\",\"code\":"
                        + "\"CHANGE_REQUIRED\",\"message\":\"your password on google must be changed now: it was"
                        + " flagged compromised on 2025-01-15 (found in breach corpus, 2025-01)\",\"clause\":"
                        + "\"AUP: a revealed password is changed at once\"}");

        CliRun csv = run("", "rotation", "due", "--as-of", "2025-01-20", "--format", "csv");
        assertThat(csv.out().lines().toList()).containsExactly(
                "user,system,roles,privileged,reason,due_date,last_set,set_by,detail,message",
                "office1,sims,office,true,OVERDUE,2025-01-07,2024-10-01T09:00:00Z,sims-admin,termly: not changed"
                        + " since Spring 2025 started on 2025-01-01; 5 school days' grace,your password on sims was"
                        + " due to be changed by 2025-01-07",
                "teacher1,google,teacher,false,COMPROMISED,2025-01-15,2024-10-01T09:00:00Z,google-sync,"
                        + "\"found in breach corpus, 2025-01\",\"your password on google must be changed now: it was"
                        + " flagged compromised on 2025-01-15 (found in breach corpus, 2025-01)\"");
    }

    @Test
    void rotationDueUsesTheSchoolCalendar() throws Exception {
        seed();
        Path terms = dir.resolve("terms.yaml");
        Files.writeString(terms, "terms:\n  - name: Spring 2025\n    start: 2025-01-06\n    end: 2025-04-04\n");
        CliRun r = run("", "rotation", "due", "--as-of", "2025-01-20", "--calendar", terms.toString());
        assertThat(r.out()).startsWith("office1 on sims: OVERDUE, due 2025-01-10 (privileged: office;");
        CliRun early = run("", "rotation", "due", "--as-of", "2025-01-08", "--calendar", terms.toString());
        assertThat(early.out()).startsWith("office1 on sims: DUE, due 2025-01-10");
        CliRun none = run("", "rotation", "due", "--as-of", "2025-01-20", "--preset", "nist");
        assertThat(none.out()).isEqualTo("teacher1 on google: COMPROMISED, due 2025-01-15 (roles: teacher; set"
                + " 2024-10-01 by google-sync): found in breach corpus, 2025-01\n");
        // An empty store (created by a write, nothing recorded yet) lists nobody.
        String emptyUrl = "jdbc:sqlite:" + dir.resolve("empty.db");
        assertThat(CliRun.run("", "store", "migrate", "--store", emptyUrl, "--pepper", pepper).exitCode()).isZero();
        CliRun empty = CliRun.run("", "rotation", "due", "--as-of", "2025-01-20", "--store", emptyUrl, "--pepper",
                pepper);
        assertThat(empty.out()).isEqualTo("No password changes due as of 2025-01-20.\n");
    }

    @Test
    void badCalendarIsExitThreeNamingFileAndLine() throws Exception {
        Path terms = dir.resolve("terms.yaml");
        Files.writeString(terms, "terms:\n  - name: Spring 2025\n    start: 2025-01-06\n    end: 2024-04-04\n");
        CliRun r = run("", "rotation", "due", "--calendar", terms.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("passhygiene: invalid term calendar: " + terms
                + ":4: end=2024-04-04: must not be before start 2025-01-06\n");
        CliRun show = CliRun.run("", "terms", "show", "--calendar", terms.toString());
        assertThat(show.exitCode()).isEqualTo(3);
    }

    @Test
    void termsShowTheCurrentAndNextTerm() throws Exception {
        CliRun r = CliRun.run("", "terms", "show", "--as-of", "2025-01-20");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Calendar: built-in England pattern (approximate)\n"
                + "Covers:   1990-01-01..2200-12-31\n"
                + "As of:    2025-01-20\n"
                + "Current:  Spring 2025 2025-01-01..2025-04-20\n"
                + "Next:     Summer 2025 2025-04-21..2025-08-31\n");
        Path terms = dir.resolve("terms.ics");
        Files.writeString(terms, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Spring Term 2025\r\n"
                + "DTSTART;VALUE=DATE:20250106\r\nDTEND;VALUE=DATE:20250405\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        CliRun ics = CliRun.run("", "terms", "show", "--as-of", "2025-04-04", "--calendar", terms.toString());
        assertThat(ics.out()).isEqualTo("Calendar: " + terms + "\nCovers:   2025-01-06..2025-04-04\n"
                + "As of:    2025-04-04\nCurrent:  Spring 2025 2025-01-06..2025-04-04\nNext:     none in the calendar\n");
    }

    @Test
    void unusableStoreIsExitFour() throws Exception {
        Path bad = dir.resolve("bad.db");
        Files.writeString(bad, "not a database, just some text that is long enough to look like a file".repeat(30));
        CliRun r = CliRun.run("", "rotation", "due", "--store", "jdbc:sqlite:" + bad, "--pepper", pepper);
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).startsWith("passhygiene: credential store: jdbc:sqlite:" + bad + ": not a passhygiene"
                + " store");
        assertThat(r.err().lines().count()).isEqualTo(1);
        CliRun scheme = CliRun.run("", "rotation", "due", "--store", "jdbc:mysql://db/x?password=secret");
        assertThat(scheme.exitCode()).isEqualTo(2);
        assertThat(scheme.err()).isEqualTo("passhygiene: --store=jdbc:mysql://db/x?password=***: must be"
                + " jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB\n");
    }

    @Test
    void noPasswordInAnyOutputOrInTheStoreFiles() throws Exception {
        List<String> outputs = new ArrayList<>();
        for (CliRun r : List.of(record(A, "jsmith", "google", "--roles", "office"), record(A, "jsmith", "ad"),
                record("Summer2024!", "jsmith", "wifi"), record(A, "jsmith", "google"),
                run(A + "\n" + B + "\n", "check", "--stdin", "--user", "jsmith", "--system", "ad", "--format", "json"),
                run("", "rotation", "due", "--as-of", "2026-01-20", "--format", "json"),
                run("", "rotation", "due", "--as-of", "2026-01-20", "--format", "csv"))) {
            outputs.add(r.out());
            outputs.add(r.err());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                outputs.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        for (String o : outputs) {
            assertThat(o).doesNotContain(A, "Summer2024!", B);
        }
    }

    @Test
    void defaultsFollowTheXdgDirectories() {
        assertThat(StoreOptions.defaultStoreFile(Map.of(), "/home/jo"))
                .isEqualTo(Path.of("/home/jo/.local/share/passhygiene/store.db"));
        assertThat(StoreOptions.defaultStoreFile(Map.of("XDG_DATA_HOME", "/data"), "/home/jo"))
                .isEqualTo(Path.of("/data/passhygiene/store.db"));
        assertThat(StoreOptions.defaultPepperFile(Map.of(), "/home/jo"))
                .isEqualTo(Path.of("/home/jo/.config/passhygiene/pepper.key"));
        assertThat(StoreOptions.defaultPepperFile(Map.of("XDG_CONFIG_HOME", "relative/ignored"), "/home/jo"))
                .isEqualTo(Path.of("/home/jo/.config/passhygiene/pepper.key"));
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun r = CliRun.run("", "store", "mark-compromised", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Exit 1 when no password is recorded", "Exit codes:",
                "4    I/O or store error");
    }
}
