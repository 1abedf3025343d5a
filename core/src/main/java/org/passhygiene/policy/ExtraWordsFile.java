package org.passhygiene.policy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;


/**
 * Reads an {@code extra-words-file}: UTF-8, one word or phrase a line, blank lines and lines starting with '#'
 * skipped. Bounded, so a wrong path ({@code /dev/zero}, a disk image) is an error naming file:line and the limit
 * rather than unbounded memory: at most {@link #MAX_BYTES} bytes, {@link #MAX_WORDS} words and
 * {@link #MAX_LINE_BYTES} bytes a line, and a word at most {@link #MAX_WORD_LENGTH} characters.
 */
final class ExtraWordsFile {

    /** Largest file read, in bytes (16 MiB). */
    public static final int MAX_BYTES = 16 << 20;
    /** Longest line, in bytes, comments included. */
    public static final int MAX_LINE_BYTES = 4096;
    /** Most words in one file. */
    public static final int MAX_WORDS = 200_000;
    /** Longest word or phrase, in characters: longer than any password the policy allows. */
    public static final int MAX_WORD_LENGTH = 256;

    private static final String KEY = "extra-words-file";

    private ExtraWordsFile() {
    }

    /**
     * The words in the file, in order.
     *
     * @throws PolicyException naming the file (and line) if it cannot be read, is not UTF-8 or breaks a limit
     */
    public static List<String> read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new PolicyException(KEY, name, "cannot be read: no such file");
        } catch (IOException e) {
            throw new PolicyException(KEY, name, "cannot be read: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Reads from a stream; {@code name} is used in errors. The stream is not closed. */
    static List<String> read(InputStream in, String name) throws IOException {
        List<String> words = new ArrayList<>();
        byte[] line = new byte[MAX_LINE_BYTES];
        long total = 0;
        int lineNumber = 1;
        int n = 0;
        boolean end = false;
        while (!end) {
            int b = in.read();
            if (b < 0) {
                end = true;
            } else if (++total > MAX_BYTES) {
                throw limit(name, lineNumber, "file larger than " + MAX_BYTES + " bytes (16 MiB)");
            }
            if (b >= 0 && b != '\n') {
                if (n == MAX_LINE_BYTES) {
                    throw limit(name, lineNumber, "line longer than " + MAX_LINE_BYTES + " bytes");
                }
                line[n++] = (byte) b;
                continue;
            }
            if (n > 0 || b == '\n') {
                String word = decode(line, n, name, lineNumber);
                if (lineNumber == 1 && word.startsWith("\uFEFF")) {
                    word = word.substring(1);
                }
                word = word.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    if (word.codePointCount(0, word.length()) > MAX_WORD_LENGTH) {
                        throw limit(name, lineNumber, "word longer than " + MAX_WORD_LENGTH + " characters");
                    }
                    if (words.size() == MAX_WORDS) {
                        throw limit(name, lineNumber, "more than " + MAX_WORDS + " words");
                    }
                    words.add(word);
                }
            }
            n = 0;
            lineNumber++;
        }
        return List.copyOf(words);
    }

    private static String decode(byte[] bytes, int length, String name, int lineNumber) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new PolicyException(name, lineNumber, KEY, null, "not UTF-8 text");
        }
    }

    private static PolicyException limit(String name, int lineNumber, String problem) {
        return new PolicyException(name, lineNumber, KEY, null, problem + ": is this the right file?");
    }
}
