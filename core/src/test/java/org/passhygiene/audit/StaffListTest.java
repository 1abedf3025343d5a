package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provisioning staff list: header variants, mappings, and every kind of bad row named by file:line. */
class StaffListTest {

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void standardHeaderInAnyCaseWithFullNameEmailAndRoles() throws IOException {
        Path f = file("users.csv", "UserName,FULL-NAME,Email,Roles\r\n"
                + "jsmith,Jane Smith,jane.smith@school.example,office; SLT\r\n"
                + "\r\n"
                + "\"bwayne\",\"Bruce Wayne, Jr\",,\r\n");
        StaffList.Contents c = StaffList.read(f, null, false);
        assertThat(c.problems()).isEmpty();
        assertThat(c.people()).extracting(StaffList.Person::line, StaffList.Person::username,
                StaffList.Person::fullName, StaffList.Person::email, StaffList.Person::roles).containsExactly(
                        tuple(2L, "jsmith", "Jane Smith", "jane.smith@school.example", Set.of("office", "slt")),
                        tuple(4L, "bwayne", "Bruce Wayne, Jr", "", Set.of()));
    }

    @Test
    void firstAndLastNameWithSpacesOrUnderscoresASemicolonDelimiterAndAByteOrderMark() throws IOException {
        Path f = file("users.csv", "\uFEFFusername;First Name;last_name\n"
                + "jsmith;Jane;Smith\n");
        assertThat(StaffList.read(f, null, false).people()).extracting(StaffList.Person::fullName)
                .containsExactly("Jane Smith");
        Path type = file("ad.csv", "#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser\n"
                + "\"username\",\"first-name\",\"last-name\"\n\"jsmith\",\"Jane\",\"Smith\"\n");
        assertThat(StaffList.read(type, null, false).people()).extracting(StaffList.Person::line).containsExactly(3L);
    }

    @Test
    void aMappingNamesAnotherLayoutsColumns() throws IOException {
        Path f = file("staff-export.csv", "Staff Code,Legal Forename,Legal Surname,Work Email,Post\n"
                + "JSM,Jane,Smith,jane.smith@school.example,Teacher\n");
        StaffList.Columns columns = StaffList.Columns.parse("username=Staff Code, first-name=legal forename,"
                + "last-name=Legal Surname,email=Work Email");
        StaffList.Contents c = StaffList.read(f, columns, true);
        assertThat(c.people()).extracting(StaffList.Person::username, StaffList.Person::fullName,
                StaffList.Person::email).containsExactly(tuple("JSM", "Jane Smith", "jane.smith@school.example"));

        assertThatThrownBy(() -> StaffList.read(f, StaffList.Columns.parse("username=Login,full-name=Name"), false))
                .isInstanceOf(UncheckedIOException.class).hasMessage(f + ":1: no column 'Login' (mapped to username"
                        + " by --columns); the header has: Staff Code, Legal Forename, Legal Surname, Work Email, Post");
        assertThatThrownBy(() -> StaffList.Columns.parse("username=Login,password=Pass"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown column mapping key 'password';"
                        + " keys: username, full-name, first-name, last-name, email, roles");
        assertThatThrownBy(() -> StaffList.Columns.parse("full-name=Name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a column mapping needs username=COLUMN;"
                        + " keys: username, full-name, first-name, last-name, email, roles");
    }

    @Test
    void aHeaderWithoutUsernameOrNameIsRefusedWhole() throws IOException {
        Path noName = file("a.csv", "username,email\njsmith,j@s.example\n");
        assertThatThrownBy(() -> StaffList.read(noName, null, false)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(noName + ":1: the header has no full-name (or first-name and last-name) column; expected"
                        + " " + StaffList.expected() + "; the header has: username, email");
        Path noUser = file("b.csv", "login,full-name\n");
        assertThatThrownBy(() -> StaffList.read(noUser, null, false)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(noUser + ":1: the header has no username column; expected");
        Path empty = file("c.csv", "");
        assertThatThrownBy(() -> StaffList.read(empty, null, false)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(empty + ": empty: no header row; expected " + StaffList.expected());
    }

    @Test
    void everyBadRowIsListedWithItsLineAndWhy() throws IOException {
        Path f = file("users.csv", "username,full-name,email,roles\n"
                + "jsmith,Jane Smith,,\n"                       // 2 ok until the duplicate on 7
                + ",No Username,,\n"                            // 3
                + "bad\u0007user,Bell Ringer,,\n"              // 4
                + "nonamer,,,\n"                                // 5
                + "mailer,Mail Er,not-an-address,\n"           // 6
                + "JSmith,Jane Smith Again,,\n"                 // 7
                + "short,row\n"                                 // 8
                + "\"multi,Multi Line\nName\",,,\n"             // 9-10: a quoted cell spanning lines is one record
                + "roles,Role Player,,\"a,b;c\"\n"              // 11
                + "ok2,Good Row,ok2@school.example,teacher\n"  // 12
                + "long,N" + "a".repeat(256) + ",,\n");          // 13
        StaffList.Contents c = StaffList.read(f, null, false);
        assertThat(c.people()).extracting(StaffList.Person::username).containsExactly("ok2");
        assertThat(c.problems()).extracting(Object::toString).containsExactly(
                f + ":2: username jsmith is also on line 7",
                f + ":3: no username",
                f + ":4: username: character 4 is U+0007 (a control character), which is not allowed in a name",
                f + ":5: no name (full-name, or first-name and last-name)",
                f + ":6: email: not an address of the form local@domain.example",
                f + ":7: username jsmith is also on line 2",
                f + ":8: expected 4 fields, found 2",
                f + ":9-10: username: character 17 is U+000A (a control character), which is not allowed in a name",
                f + ":11: role: must not contain a comma",
                f + ":13: name too long: at most 256 characters");
        Path many = file("many.csv", "username,full-name,roles\nmany,Many Roles,"
                + String.join(";", java.util.stream.IntStream.range(0, 200).mapToObj(i -> "role" + i).toList())
                + "\n");
        assertThat(StaffList.read(many, null, false).problems()).extracting(Object::toString)
                .containsExactly(many + ":2: roles: too many: at most 1024 characters in all");
    }

    @Test
    void theGamLayoutNeedsAnEmailOnEveryRow() throws IOException {
        Path f = file("users.csv", "username,full-name,email\njsmith,Jane Smith,\nbwayne,Bruce Wayne,b@w.example\n");
        StaffList.Contents c = StaffList.read(f, null, true);
        assertThat(c.people()).extracting(StaffList.Person::username).containsExactly("bwayne");
        assertThat(c.problems()).extracting(Object::toString)
                .containsExactly(f + ":2: no email address (the gam layout needs one)");
    }

    @Test
    void unreadableRowsAreProblemsAndTooManyRowsRefuseTheFile() throws IOException {
        Path f = dir.resolve("bin.csv");
        Files.write(f, "username,full-name\njsmith,Jane\u0000Smith\nok,Ok Person\n".getBytes(StandardCharsets.UTF_8));
        StaffList.Contents c = StaffList.read(f, null, false);
        assertThat(c.people()).extracting(StaffList.Person::username).containsExactly("ok");
        assertThat(c.problems()).extracting(Object::toString).containsExactly(f + ":2: binary data (a NUL byte):"
                + " not text" + RecordScanner.UTF16_HINT);

        StringBuilder big = new StringBuilder("username,full-name\n");
        for (int i = 0; i <= StaffList.MAX_ROWS; i++) {
            big.append('u').append(i).append(",N\n");
        }
        Path huge = file("huge.csv", big.toString());
        assertThatThrownBy(() -> StaffList.read(huge, null, false)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(huge + ":20002: more than 20000 rows: provision at most 20000 people per run (split"
                        + " the file)");
    }
}
