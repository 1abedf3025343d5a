package org.passhygiene.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped lists agree with index.tsv and keep the format build-dictionaries.sh promises. */
class ShippedListsTest {

    private static final String DIR = "/org/passhygiene/dictionaries/";
    private static final String HEADER = "name\tfile\tentries\tsha256\tsource\tversion\tlicence\torder";

    /** One row of index.tsv. */
    record Row(String name, String file, int entries, String sha256, String source, String version, String licence,
               String order) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Row> rows() {
        List<String> lines = ListFormat.lines(resource("index.tsv"));
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0)).isEqualTo(HEADER);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            assertThat(f).as("index.tsv:%d: fields", i + 1).hasSize(8);
            assertThat(f).as("index.tsv:%d: no empty field", i + 1).doesNotContain("");
            rows.add(new Row(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5], f[6], f[7]));
        }
        return rows;
    }

    @Test
    void indexListsExactlyTheSevenLists() {
        assertThat(rows()).extracting(Row::name).containsExactlyInAnyOrder(
                "en-gb", "common-passwords", "first-names", "surnames", "uk-places", "football-clubs", "eff-long");
    }

    @Test
    void onlyTheCommonPasswordListIsInFrequencyOrder() {
        for (Row row : rows()) {
            assertThat(row.order()).as(row.name())
                    .isEqualTo(row.name().equals("common-passwords") ? "frequency" : "sorted");
            assertThat(row.file()).as(row.name()).isEqualTo(row.name() + ".txt");
            assertThat(row.sha256()).as(row.name()).matches("[0-9a-f]{64}");
            assertThat(row.source()).as(row.name()).matches("(debian|npm|maven):.+");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void fileMatchesItsIndexRow(Row row) {
        byte[] bytes = resource(row.file());
        assertThat(sha256(bytes)).as("sha256 of %s", row.file()).isEqualTo(row.sha256());
        assertThat(ListFormat.lines(bytes)).as("entries in %s", row.file()).hasSize(row.entries());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void licenceTextTravelsInTheJar(Row row) {
        String path = "/META-INF/licences/passhygiene-dictionaries/" + row.name() + "." + row.licence() + ".txt";
        assertThat(ShippedListsTest.class.getResource(path)).as(path).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyEntryIsNormalised(Row row) {
        List<String> problems = ListFormat.problems(resource(row.file()), row.order().equals("sorted"));
        assertThat(problems).as(row.file()).isEmpty();
    }

    @Test
    void commonPasswordsStartWithTheMostCommon() {
        List<String> top = ListFormat.lines(resource("common-passwords.txt")).subList(0, 10);
        assertThat(top).startsWith("123456", "password").contains("12345678", "qwerty");
    }

    @Test
    void listsHoldTheEntriesTheyAreFor() {
        assertThat(lines("en-gb")).contains("colour", "aardvark", "zürich").doesNotContain("color", "aardvark's");
        assertThat(lines("first-names")).contains("jane", "john", "anne-marie", "annemarie");
        assertThat(lines("surnames")).contains("smith", "jones");
        assertThat(lines("uk-places")).contains("london", "milton keynes", "miltonkeynes", "king's lynn", "kingslynn");
        assertThat(lines("football-clubs"))
                .contains("arsenal", "chelsea", "tottenham", "hotspur", "villa", "leicester", "manchesterunited",
                        "manchester united", "westham", "bournemouth")
                .doesNotContain("lecester", "united", "city", "town", "rovers", "manchester united f.c.");
        assertThat(lines("eff-long")).hasSize(7776).contains("abacus", "zoom", "t-shirt");
    }

    private static List<String> lines(String name) {
        return ListFormat.lines(resource(name + ".txt"));
    }

    private static byte[] resource(String file) {
        try (InputStream in = ShippedListsTest.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                fail("not on the classpath: " + DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The line format checks, kept apart so {@link ListFormatTest} can show each one fails on bad input. */
    static final class ListFormat {

        private ListFormat() {
        }

        /** Strict UTF-8 lines; the text must end with LF. */
        static List<String> lines(byte[] bytes) {
            String text = decode(bytes);
            if (!text.endsWith("\n")) {
                throw new AssertionError("no final newline");
            }
            return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        }

        /** Every format problem, as "line N: what"; empty when the list is well formed. */
        static List<String> problems(byte[] bytes, boolean sorted) {
            List<String> problems = new ArrayList<>();
            List<String> lines = lines(bytes);
            Set<String> seen = new HashSet<>(lines.size() * 2);
            byte[] previous = null;
            for (int i = 0; i < lines.size() && problems.size() < 20; i++) {
                String line = lines.get(i);
                String at = "line " + (i + 1) + ": ";
                if (line.isEmpty()) {
                    problems.add(at + "empty");
                }
                if (line.chars().anyMatch(Character::isISOControl)) {
                    problems.add(at + "control character");
                }
                if (!Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
                    problems.add(at + "not NFC");
                }
                if (!line.equals(line.toLowerCase(Locale.ROOT))) {
                    problems.add(at + "not lower case");
                }
                if (!seen.add(line)) {
                    problems.add(at + "duplicate");
                }
                byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
                if (sorted && previous != null && Arrays.compareUnsigned(previous, utf8) >= 0) {
                    problems.add(at + "out of byte order");
                }
                previous = utf8;
            }
            return problems;
        }

        private static String decode(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError("not UTF-8", e);
            }
        }
    }
}
