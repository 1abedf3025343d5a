package org.passhygiene.breach;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Builds the embedded default index from the shipped common-password list (classpath resource
 * {@value #RESOURCE}, one lower-cased password per line, from the dictionaries module). The list holds lower-cased
 * passwords, so a caller wanting a case-insensitive match looks up the lower-cased password as well.
 *
 * <p>Run at build time or by hand:
 * <pre>
 * java -cp core.jar:dictionaries.jar:bcprov.jar:... org.passhygiene.breach.CommonPasswordsIndex OUT.phbi [sha1|ntlm]
 * </pre>
 * The same from code is {@link #build(Path, HashKind)}, itself one builder expression.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 * Public for the build: core/pom.xml runs its {@code main} (exec plugin) to embed the common-password indexes.
 */
public final class CommonPasswordsIndex {

    /** Classpath resource of the common-password list. */
    public static final String RESOURCE = "org/passhygiene/dictionaries/common-passwords.txt";

    private CommonPasswordsIndex() {
    }

    /**
     * Builds {@code out} from {@link #RESOURCE}.
     *
     * @throws IOException if the resource is missing or unreadable, or the index cannot be written
     */
    public static ImportSummary build(Path out, HashKind kind) throws IOException {
        return BreachIndex.builder(kind).addPasswords(list()).description("passhygiene common passwords").build(out);
    }

    /**
     * The whole hash of every password on the list, {@code kind.length()} bytes each, concatenated in list order: the
     * hashes the embedded index keeps fingerprints of, read by the same parser (so exactly its members), for a caller
     * that needs the hashes themselves ({@code passhygiene serve} answers range requests with them). The list has no
     * counts: the embedded index stores prevalence bucket 0 (count unknown) for each. About 19 MB for SHA-1, 15 MB
     * for NTLM.
     *
     * @throws IOException if the resource is missing or unreadable
     */
    public static byte[] hashes(HashKind kind) throws IOException {
        HashArray out = new HashArray(kind.length());
        LineParser.Passwords parser = new LineParser.Passwords(kind, out::add);
        LineReader.read(list().openStream(), RESOURCE, (buf, start, end, lineNumber) -> {
            if (parser.parse(buf, start, end, lineNumber) == LineParser.Status.INVALID) {
                throw new CorpusFormatException(RESOURCE, lineNumber, parser.problem);
            }
        }, rawBytes -> { });
        return out.toArray();
    }

    private static URL list() throws IOException {
        URL list = CommonPasswordsIndex.class.getClassLoader().getResource(RESOURCE);
        if (list == null) {
            throw new IOException("classpath resource " + RESOURCE + " not found (is passhygiene-dictionaries on "
                    + "the classpath?)");
        }
        return list;
    }

    /** Fixed-length hashes appended to one growing array. */
    private static final class HashArray {
        private final int length;
        private byte[] bytes = new byte[1 << 20];
        private int size;

        HashArray(int length) {
            this.length = length;
        }

        void add(byte[] hash) {
            if (size + length > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + length));
            }
            System.arraycopy(hash, 0, bytes, size, length);
            size += length;
        }

        byte[] toArray() {
            return size == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, size);
        }
    }

    /**
     * {@code CommonPasswordsIndex OUT [sha1|ntlm]}: builds the index (SHA-1 by default) and prints one summary line.
     * Failures propagate as exceptions (the JVM exits non-zero); this class never calls {@code System.exit}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: CommonPasswordsIndex OUT.phbi [sha1|ntlm]");
        }
        HashKind kind = args.length == 2 ? HashKind.valueOf(args[1].toUpperCase(java.util.Locale.ROOT))
                : HashKind.SHA1;
        ImportSummary s = build(Path.of(args[0]), kind);
        System.out.println(s.index() + ": " + s.entries() + " " + kind.displayName() + " hashes from " + s.lines()
                + " lines");
    }
}
