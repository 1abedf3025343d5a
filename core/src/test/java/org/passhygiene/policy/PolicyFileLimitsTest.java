package org.passhygiene.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.PasswordPolicy;

/** Issue #9 item 8: policy files and the word files they name are bounded; errors name file:line and the limit. */
class PolicyFileLimitsTest {

    private static final Duration FAST = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFourMegabyteQuotedValueIsRefusedQuickly() throws Exception {
        Path file = write("big.yaml", "extends: aup\norganisation: \"" + "x".repeat(4 << 20) + "\"\n");
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> PasswordPolicy.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessage(file + ": larger than 1048576 bytes (1 MiB), the limit for a policy file: is this the"
                        + " right file?"));
    }

    @Test
    void aQuotedValueOfAMegabyteIsRefusedQuickly() throws Exception {
        Path file = write("under.yaml", "extends: aup\norganisation: \"" + "x".repeat((1 << 20) - 100) + "\"\n");
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> PasswordPolicy.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessage(file + ":2: line longer than 65536 characters, the limit for one line of a policy file"
                        + " (long word lists belong in extra-words-file)"));
    }

    @Test
    void aMegabyteOfLongestQuotedValuesParsesQuickly() throws Exception {
        StringBuilder sb = new StringBuilder("extends: aup\nextra-words:\n");
        while (sb.length() < (1 << 20) - 70_000) {
            sb.append("  - \"").append("q".repeat(PolicyFile.MAX_LINE - 10)).append("\"\n");
        }
        Path file = write("long-values.yaml", sb.toString());
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> PasswordPolicy.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessage(file + ":3: extra-words: word 1 is longer than 256 characters"));
    }

    @Test
    void aLongListJustUnderTheCapParsesQuickly() throws Exception {
        StringBuilder sb = new StringBuilder("extends: aup\nextra-words:\n");
        int i = 0;
        while (sb.length() < (1 << 20) - 40) {
            sb.append("  - \"w").append(i++).append("\"\n");
        }
        Path file = write("list.yaml", sb.toString());
        PolicySettings b = assertTimeoutPreemptively(FAST, () -> PolicyFile.read(file));
        assertThat(b.extraWords()).hasSize(i);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devZeroAsThePolicyIsRefused() {
        Path zero = Path.of("/dev/zero");
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> PasswordPolicy.load(zero))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("/dev/zero: larger than 1048576 bytes"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devZeroAsTheWordsFileIsRefusedWithItsLimit() throws Exception {
        Path file = write("zero.yaml", "extends: aup\nextra-words-file: /dev/zero\n");
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> PasswordPolicy.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessage("/dev/zero:1: extra-words-file: line longer than 4096 bytes: is this the right file?"));
    }

    @Test
    void wordsFileLimits() throws Exception {
        Path longWord = write("long-word.txt", "# school words\noakfield\n" + "y".repeat(300) + "\n");
        assertThatThrownBy(() -> ExtraWordsFile.read(longWord)).isInstanceOf(PolicyException.class)
                .hasMessage(longWord + ":3: extra-words-file: word longer than 256 characters: is this the right"
                        + " file?");
        Path many = write("many.txt", "w\n".repeat(ExtraWordsFile.MAX_WORDS) + "one-too-many\n");
        assertThatThrownBy(() -> ExtraWordsFile.read(many)).isInstanceOf(PolicyException.class)
                .hasMessage(many + ":200001: extra-words-file: more than 200000 words: is this the right file?");
        Path big = write("big.txt", ("#" + "c".repeat(4000) + "\n").repeat(4200));
        assertThatThrownBy(() -> ExtraWordsFile.read(big)).isInstanceOf(PolicyException.class)
                .hasMessage(big + ":4193: extra-words-file: file larger than 16777216 bytes (16 MiB): is this the"
                        + " right file?");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'a', 'b', 'c', '\n', 'c', 'r', (byte) 0xE8,
            'm', 'e', '\n'});
        assertThatThrownBy(() -> ExtraWordsFile.read(latin1)).isInstanceOf(PolicyException.class)
                .hasMessage(latin1 + ":2: extra-words-file: not UTF-8 text");
    }

    @Test
    void wordsFileReadsWordsCommentsBomAndCrlf() throws Exception {
        Path f = write("ok.txt", "\uFEFF# comment\r\noakfield\r\n\r\n  Acorn Class  \r\nlast-without-newline");
        assertThat(ExtraWordsFile.read(f)).containsExactly("oakfield", "Acorn Class", "last-without-newline");
    }

    @Test
    void inlineWordsAreBoundedToo() {
        assertThatThrownBy(() -> PasswordPolicy.builder().extraWords(java.util.List.of("ok", "z".repeat(257))))
                .isInstanceOf(PolicyException.class)
                .hasMessage("extra-words: word 2 is longer than 256 characters");
    }

    @Test
    void deepNestingAndAliasBombsAreRefused() throws Exception {
        Path deep = write("deep.yaml", "extends: aup\nextra-words: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> PasswordPolicy.load(deep))
                .isInstanceOf(PolicyException.class)
                .hasMessage(deep + ": not valid YAML: Nesting Depth exceeded max 10"));
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 30; i++) {
            bomb.append("b").append(i).append(": &b").append(i).append(" [").append(i == 0 ? "*a" : "*b" + (i - 1))
                    .append(", *a, *a, *a, *a]\n");
        }
        Path aliases = write("aliases.yaml", bomb.toString());
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> PasswordPolicy.load(aliases))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("not valid YAML: ")
                .hasMessageContaining("Number of aliases for non-scalar nodes exceeds the specified max=20"));
    }

    @Test
    void invalidUtf8NamesTheLine() throws Exception {
        Path f = Files.write(dir.resolve("latin1.yaml"), new byte[] {'e', 'x', 't', 'e', 'n', 'd', 's', ':', ' ',
            'a', 'u', 'p', '\n', 'o', 'r', 'g', 'a', 'n', 'i', 's', 'a', 't', 'i', 'o', 'n', ':', ' ', (byte) 0xE9,
            '\n'});
        assertThatThrownBy(() -> PasswordPolicy.load(f)).isInstanceOf(PolicyException.class)
                .hasMessage(f + ":2: not UTF-8 text");
    }

    @Test
    void aLongWordListIsWrittenOneWordALineAndReadsBack() throws Exception {
        java.util.List<String> words = java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "word" + i).toList();
        PolicySettings original = PasswordPolicy.builder("ncsc").extraWords(words).settings();
        Path file = write("many-words.yaml", PolicyFile.write(original, false));
        assertThat(Files.readString(file)).contains("extra-words:\n  - \"word0\"\n  - \"word1\"\n");
        assertThat(PolicyFile.read(file)).isEqualTo(original);
    }
}
