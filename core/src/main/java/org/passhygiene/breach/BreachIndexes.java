package org.passhygiene.breach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens breach indexes once per process and shares them: an index is memory-mapped and read-only, so every policy
 * naming the same file uses one mapping. Includes the embedded default, {@value #EMBEDDED}: SHA-1 hashes of the
 * shipped common-password list, built into the jar at build time.
 */
public final class BreachIndexes {

    /** The name policies use for the embedded index. */
    public static final String EMBEDDED = "common-passwords";

    static final String EMBEDDED_RESOURCE = "org/passhygiene/breach/common-passwords.sha1.phbi";

    private static final Map<String, BreachIndex> OPEN = new ConcurrentHashMap<>();

    private BreachIndexes() {
    }

    /**
     * The shared, open index for {@code name}: {@value #EMBEDDED} or a file path.
     *
     * @throws UncheckedIOException naming the file when it is missing, truncated, corrupt or not an index
     */
    public static BreachIndex open(String name) {
        return OPEN.computeIfAbsent(name, n -> {
            try {
                return n.equals(EMBEDDED) ? BreachIndex.open(embeddedFile()) : BreachIndex.open(Path.of(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        });
    }

    /** Whether {@code index} is the embedded list of lower-cased common passwords. */
    public static boolean isEmbedded(String name) {
        return EMBEDDED.equals(name);
    }

    /**
     * A file holding the embedded index: the resource itself when it is a file (tests, exploded classpath), else a
     * copy in the user's cache directory, named by size so a new build's index replaces an old one.
     */
    private static Path embeddedFile() throws IOException {
        URL url = BreachIndexes.class.getClassLoader().getResource(EMBEDDED_RESOURCE);
        if (url == null) {
            throw new IOException(EMBEDDED_RESOURCE + ": embedded breach index not on the classpath");
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(url + ": " + e.getMessage(), e);
            }
        }
        long size = url.openConnection().getContentLengthLong();
        Path dir = cacheDirectory();
        Files.createDirectories(dir);
        Path target = dir.resolve("common-passwords-" + size + ".sha1.phbi");
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
        Path tmp = Files.createTempFile(dir, ".common-passwords", ".tmp");
        try (InputStream in = url.openStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    private static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("passhygiene");
    }
}
