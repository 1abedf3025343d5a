package org.passhygiene.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.ViolationCode;

class PolicyFileTest {

    private static final Path DIR = Path.of("src/test/resources/policies");

    @Test
    void readsAValidFileOverAPreset() {
        PasswordPolicy p = PasswordPolicy.load(DIR.resolve("valid.yaml"));
        PolicySettings s = p.settings();
        assertThat(s.name()).isEqualTo("Oakfield staff");
        assertThat(s.basePreset()).isEqualTo("aup");
        assertThat(s.minLength()).isEqualTo(12);
        assertThat(s.requireSymbol()).isTrue();
        assertThat(s.extraWords()).containsExactly("oakfield", "acorns");
        CheckResult local = p.check("Scarb0rough#2024".toCharArray());
        assertThat(local.has(ViolationCode.DICTIONARY_WORD)).isTrue();
        assertThat(local.violations().get(0).params()).containsEntry("word", "scarborough");
        // aup's guessable matching: a school word counts when the password is built around it.
        assertThat(p.check("Acorns#2024!".toCharArray()).has(ViolationCode.DICTIONARY_WORD)).isTrue();
        assertThat(p.toBuilder().dictionaryMatch(MatchMode.SUBSTRING).build().check("xq-Acorns-77-zz".toCharArray())
                .has(ViolationCode.DICTIONARY_WORD)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative-min.yaml       | :2: min-length=-3: must be between 1 and 256",
        "duplicate-key.yaml      | :3: min-length: duplicate key (first set on line 1)",
        "min-above-max.yaml      | :2: min-length=40: must not exceed max-length=30",
        "unknown-preset.yaml     | :1: extends=strict: unknown preset; allowed: aup, ncsc, nist, dfe",
        "not-a-number.yaml       | :1: min-length=twelve: must be a whole number",
        "not-a-bool.yaml         | :1: require-symbol=maybe: must be true or false",
        "bad-mode.yaml           | :1: dictionary-match=partial: must be guessable, substring, whole or off",
        "list-not-list.yaml      | :1: dictionaries=en-gb: must be a list, e.g. [a, b]",
        "unknown-list.yaml       | :1: dictionaries=klingon: unknown word list; allowed: en-gb, common-passwords,"
                + " first-names, surnames, uk-places, football-clubs, eff-long",
        "bad-yaml.yaml           | :2: not valid YAML: expected ',' or ']', but got <stream end>",
        "empty.yaml              | : empty policy file: expected keys such as 'extends: aup' and 'min-length: 12'"
                + " (passhygiene policy init writes a starter file)",
        "not-a-mapping.yaml      | :1: expected a mapping of policy keys, found a list",
        "bad-change.yaml         | :1: privileged-change=monthly: must be termly, never, or every Nd with N from 1"
                + " to 3660 (e.g. every 90d)",
        "no-value.yaml           | :1: min-length: needs a value: whole number",
        "groups-not-mapping.yaml | :1: privileged-groups: must be a mapping of group: role, one per line, e.g."
                + " \"Domain Admins: it-admin\" ({} for none)",
        "groups-bad-role.yaml    | :4: privileged-groups=Domain Admins: role 'IT admin' is not a role name: use"
                + " letters, digits, '-' and '_', e.g. it-admin",
        "groups-no-role.yaml     | :3: privileged-groups=Office Staff: needs a role: use letters, digits, '-' and"
                + " '_', e.g. it-admin",
        "groups-case-duplicate.yaml | :4: privileged-groups=domain admins: listed twice (also as 'Domain Admins';"
                + " names are case-insensitive)",
        "groups-duplicate.yaml   | :3: privileged-groups=SLT: listed twice (first on line 2)",
        "groups-role-list.yaml   | :2: privileged-groups=SLT: the role must be one word such as it-admin, found a"
                + " list",
    })
    void reportsFileLineKeyValueAndWhatIsAllowed(String fixture, String expected) {
        Path file = DIR.resolve(fixture);
        assertThatThrownBy(() -> PasswordPolicy.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessage(file + expected);
    }

    @Test
    void unknownKeySuggestsTheNearestAndListsAll() {
        Path file = DIR.resolve("misspelt-key.yaml");
        assertThatThrownBy(() -> PasswordPolicy.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith(file + ":2: min-lenght: unknown key (did you mean min-length?); allowed: "
                        + "extends, name, clause-label, min-length, max-length, require-letter")
                .hasMessageContaining(", mfa, ");
    }

    @Test
    void privilegedGroupsMapNamesToRolesAndReplaceThePresets() {
        PolicySettings s = PasswordPolicy.load(DIR.resolve("groups.yaml")).settings();
        assertThat(s.privilegedGroups()).containsExactly(java.util.Map.entry("SLT", "slt"),
                java.util.Map.entry("Office Staff", "office"), java.util.Map.entry("Domain Admins", "it-admin"),
                java.util.Map.entry("Staff", "teaching"));
    }

    @ParameterizedTest
    @CsvSource({"aup", "ncsc", "nist"})
    void presetsMapTheUsualAdminGroups(String preset) {
        assertThat(PasswordPolicy.builder(preset).build().settings().privilegedGroups())
                .containsEntry("SLT", "slt").containsEntry("Office", "office").containsEntry("Welfare", "welfare")
                .containsEntry("Domain Admins", "it-admin").containsEntry("SIMS Admins", "mis-admin")
                .containsEntry("Global Administrator", "it-admin").containsEntry("Super Admin", "it-admin")
                .hasSize(10);
    }

    @Test
    void missingWordsFileIsNamed() {
        Path file = DIR.resolve("missing-words-file.yaml");
        assertThatThrownBy(() -> PasswordPolicy.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessage(file + ":1: extra-words-file=" + DIR.toAbsolutePath().resolve("missing.txt")
                        + ": cannot be read: no such file");
    }

    @Test
    void aDirectoryOrUnreadableFileIsNamedOnceWithTheSharedWording(@TempDir Path tmp) throws Exception {
        assertThatThrownBy(() -> PasswordPolicy.load(tmp))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage(tmp + ": is a directory, not a file");
        Path noRead = Files.writeString(tmp.resolve("noread.yaml"), "preset: nist\n");
        Files.setPosixFilePermissions(noRead, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(noRead), "running as root: every file is readable");
        assertThatThrownBy(() -> PasswordPolicy.load(noRead))
                .hasMessage(noRead + ": cannot read policy file: permission denied");
    }

    @Test
    void offAcceptsTheYamlBooleanSpelling() {
        PolicySettings s = PasswordPolicy.load(DIR.resolve("off-mode.yaml")).settings();
        assertThat(s.dictionaryMatch()).isEqualTo(MatchMode.OFF);
        assertThat(s.dictionaries()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"aup", "ncsc", "nist"})
    void writtenSettingsReadBackTheSame(String preset, @TempDir Path tmp) throws Exception {
        PolicySettings original = PasswordPolicy.builder(preset).organisation("St Mary's \"Oak\" School")
                .extraWords(List.of("acorns")).build().settings();
        Path file = tmp.resolve("policy.yaml");
        Files.writeString(file, PolicyFile.write(original, true));
        assertThat(PasswordPolicy.load(file).settings()).isEqualTo(original);
    }

    @Test
    void rotationKeysAndCalendarDriveTheRotationPolicy(@TempDir Path tmp) throws Exception {
        PasswordPolicy p = PasswordPolicy.load(DIR.resolve("rotation.yaml"));
        PolicySettings s = p.settings();
        assertThat(s.privilegedChange()).isEqualTo(org.passhygiene.rotation.ChangeInterval.everyDays(90));
        assertThat(s.staffChange()).isEqualTo(org.passhygiene.rotation.ChangeInterval.everyDays(365));
        assertThat(s.calendar()).isEqualTo(DIR.toAbsolutePath().resolve("terms.yaml"));
        assertThat(p.rotation().privilegedChange()).isEqualTo(s.privilegedChange());
        assertThat(p.rotation().otherChange()).isEqualTo(s.staffChange());
        assertThat(p.rotation().privilegedRoles()).containsExactlyInAnyOrder("slt", "office", "welfare");
        assertThat(p.rotation().graceSchoolDays()).isEqualTo(5);
        assertThat(p.calendar().currentTerm(java.time.LocalDate.parse("2025-01-06")).orElseThrow().name())
                .isEqualTo("Spring 2025");
        assertThat(PasswordPolicy.defaults().calendar().source())
                .isEqualTo("built-in England pattern (approximate)");
        // policy show writes it back as a file that reads back the same
        Path file = tmp.resolve("policy.yaml");
        Files.writeString(file, PolicyFile.write(s, false));
        assertThat(Files.readString(file)).contains("privileged-change: every 90d\n", "staff-change: every 365d\n");
        assertThat(PasswordPolicy.load(file).settings()).isEqualTo(s);
    }

    @Test
    void invalidCalendarIsNamedWithItsOwnLine() {
        Path file = DIR.resolve("bad-calendar.yaml");
        Path calendar = DIR.toAbsolutePath().resolve("bad-terms.yaml");
        assertThatThrownBy(() -> PasswordPolicy.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessage(file + ":1: calendar=" + calendar + ": invalid term calendar: " + calendar
                        + ":4: end=2024-08-30: must not be before start 2024-09-02");
    }

    @Test
    void missingFileIsAnIoError() {
        assertThatThrownBy(() -> PasswordPolicy.load(DIR.resolve("nope.yaml")))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage(DIR.resolve("nope.yaml") + ": no such policy file");
    }
}
