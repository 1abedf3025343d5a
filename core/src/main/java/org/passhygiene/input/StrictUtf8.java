package org.passhygiene.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8, refusing (not replacing) malformed input, so a reader can name file:line of the problem.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The bytes are not UTF-8; {@link #line()} and {@link #byteOffset()} say where. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int byteOffset;

        MalformedException(int line, int byteOffset) {
            super("not UTF-8 text at line " + line);
            this.line = line;
            this.byteOffset = byteOffset;
        }

        /** 1-based line (counted by line feeds) of the first byte that is not UTF-8. */
        public int line() {
            return line;
        }

        /** 0-based offset of that byte. */
        public int byteOffset() {
            return byteOffset;
        }
    }

    /**
     * Returns {@code bytes} decoded; a byte-order mark, if any, is kept (callers decide).
     *
     * @throws MalformedException at the first byte sequence that is not UTF-8
     */
    public static String decode(byte[] bytes) throws MalformedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new MalformedException(line, offset);
        }
        out.flip();
        return out.toString();
    }
}
