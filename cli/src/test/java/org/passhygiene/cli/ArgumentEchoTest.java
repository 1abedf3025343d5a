package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Issue #9 item 7 (CLI part): a password typed as an argument is never echoed, whatever picocli error it causes.
 */
class ArgumentEchoTest {

    private static final String SECRET = "Tr0ub4dor&3";

    static Stream<List<String>> commandLines() {
        return Stream.of(
                List.of("check", SECRET),
                List.of("check", "--stdin", SECRET),
                List.of("check", "--password", SECRET),
                List.of("check", "--password=" + SECRET),
                List.of("check", "-" + SECRET),
                List.of("check", "--" + SECRET),
                List.of("check", "--stdin=" + SECRET),
                List.of("check", "--format", SECRET, "--stdin"),
                List.of("check", "--user", "bob", SECRET, "extra"),
                List.of(SECRET),
                List.of("policy", SECRET),
                List.of("breach", "check", "--index", SECRET, "--index", SECRET),
                List.of("breach", "import", "x.txt", "--out", "y.phbi", "--kind", SECRET),
                List.of("breach", "import", "x.txt", "--out", "y.phbi", "--memory", SECRET),
                List.of("audit", "--dormant-days", SECRET, "x.csv"),
                List.of("audit", "--dormant-days=" + SECRET, "x.csv"),
                List.of("store", "record", SECRET),
                List.of("rotation", "due", SECRET),
                List.of("terms", "show", SECRET));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void noArgumentValueIsEchoed(List<String> args) {
        CliRun r = CliRun.run("", args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("passhygiene: ").contains("\nTry '");
        for (String fragment : fragments(SECRET)) {
            assertThat(r.out()).doesNotContain(fragment);
            assertThat(r.err()).doesNotContain(fragment);
        }
    }

    /** The secret and every 5-character piece of it. */
    private static List<String> fragments(String s) {
        List<String> pieces = new ArrayList<>(List.of(s));
        for (int i = 0; i + 5 <= s.length(); i++) {
            pieces.add(s.substring(i, i + 5));
        }
        return pieces;
    }

    private static String err(String... args) {
        CliRun r = CliRun.run("", args);
        assertThat(r.exitCode()).isEqualTo(2);
        return r.err();
    }

    @Test
    void messagesSayWhatWasWrongWithoutTheValue() {
        assertThat(err("check", "the-password")).isEqualTo("passhygiene: unexpected argument at position 2 (value "
                + "not shown; passwords are never taken from arguments)\nTry 'passhygiene check --help'.\n");
        assertThat(err("check", "--password=the-password")).isEqualTo("passhygiene: unknown option --password\n"
                + "Try 'passhygiene check --help'.\n");
        assertThat(err("check", "-The-password")).startsWith("passhygiene: unknown option at position 2 (not shown)"
                + "\n");
        assertThat(err("check", "--stdni")).startsWith("passhygiene: unknown option --stdni; did you mean --stdin or "
                + "--store?\n");
        assertThat(err("check", "--format", "xml", "--stdin")).startsWith("passhygiene: invalid value for option "
                + "--format (value not shown): expected one of text, json\n");
        assertThat(err("audit", "--dormant-days", "soon", "x.csv")).startsWith("passhygiene: invalid value for option "
                + "--dormant-days (value not shown): expected a whole number\n");
        assertThat(err("breach", "import", "x", "--out", "y", "--kind", "md5")).startsWith("passhygiene: invalid "
                + "value for option --kind: must be sha1 or ntlm\n");
        assertThat(err("breach", "check", "--index")).startsWith("passhygiene: option --index needs a value (FILE)\n");
        assertThat(err("breach", "check", "--index", "a", "--index", "b")).startsWith("passhygiene: option --index "
                + "should be given only once\n");
        assertThat(err("breach", "import", "x")).startsWith("passhygiene: missing required option --out=FILE\n");
        assertThat(err("audit")).startsWith("passhygiene: missing required parameter FILE\n");
        assertThat(err("policy")).isEqualTo("passhygiene: a subcommand is needed: lint, show or init\n"
                + "Try 'passhygiene policy --help'.\n");
    }

    @Test
    void redactRemovesEveryQuotedArgument() {
        assertThat(ParameterMessages.redact("Unknown options: '--pw', 'hunter2' and 'x=y'",
                new String[] {"--pw", "hunter2", "--opt=y"}))
                .isEqualTo("Unknown options: (value not shown), (value not shown) and 'x=y'");
    }
}
