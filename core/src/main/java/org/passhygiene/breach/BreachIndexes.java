package org.passhygiene.breach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

/**
 * Opens breach indexes and shares their mappings: an index is memory-mapped and read-only, so every policy naming the
 * same file reads one mapping. Includes the embedded default, {@value #EMBEDDED}: SHA-1 and NTLM hashes of the shipped
 * common-password list (lower-cased), built into the jar at build time.
 *
 * <p>Ownership: every {@link #open}/{@link #openAll} returns a new {@link BreachIndex} instance that the caller owns
 * and closes when it closes (a {@code PasswordPolicy}, which has no {@code close()}, keeps its instances for its
 * life). Closing it stops only that instance; the mapping goes when no instance reads it any more. The cache keeps
 * its own instance of each file (at most {@value #MAX_CACHED_FILES} files, least used evicted first) and closes only
 * that one on eviction, so an index still in use is never closed under its user. The two embedded indexes are opened
 * once and kept for the life of the process.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 * Used by {@code policy}, {@code rules} and {@code audit} to share open indexes; embedders open a {@link BreachIndex}.
 */
public final class BreachIndexes {

    /** The name policies use for the embedded index. */
    public static final String EMBEDDED = "common-passwords";

    /** Index files whose mapping the cache keeps when no caller holds them. */
    static final int MAX_CACHED_FILES = 8;

    private static final String EMBEDDED_RESOURCE = "org/passhygiene/breach/common-passwords.%s.phbi";

    /** Evicts and closes on the calling thread: no pool thread, and eviction is deterministic for tests. */
    private static final Cache<String, BreachIndex> FILES = Caffeine.newBuilder()
            .maximumSize(MAX_CACHED_FILES)
            .executor(Runnable::run)
            .removalListener((String file, BreachIndex cached, RemovalCause cause) -> {
                if (cached != null) {
                    cached.close();
                }
            })
            .build();

    /** At most one per {@link HashKind}; never evicted. */
    private static final Map<HashKind, BreachIndex> EMBEDDED_INDEXES = new ConcurrentHashMap<>();

    private BreachIndexes() {
    }

    /**
     * A new instance, owned by the caller, of the index {@code name}: a file path, or {@value #EMBEDDED} for the
     * embedded SHA-1 index (what a password check needs).
     *
     * @throws UncheckedIOException naming the file when it is missing, truncated, corrupt or not an index
     */
    public static BreachIndex open(String name) {
        return EMBEDDED.equals(name) ? embedded(HashKind.SHA1) : openFile(name);
    }

    /**
     * Every index {@code name} stands for, as new instances owned by the caller: the file, or for {@value #EMBEDDED}
     * both its SHA-1 and NTLM forms (an audit of an NTLM dump needs the latter).
     *
     * @throws UncheckedIOException naming the file when it is missing, truncated, corrupt or not an index
     */
    public static List<BreachIndex> openAll(String name) {
        return EMBEDDED.equals(name) ? List.of(embedded(HashKind.SHA1), embedded(HashKind.NTLM))
                : List.of(openFile(name));
    }

    private static BreachIndex openFile(String file) {
        return FILES.get(file, n -> {
            try {
                return BreachIndex.open(Path.of(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }).share();
    }

    private static BreachIndex embedded(HashKind kind) {
        return EMBEDDED_INDEXES.computeIfAbsent(kind, k -> {
            try {
                return embeddedIndex(k);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }).share();
    }

    /** Whether {@code index} is the embedded list of lower-cased common passwords. */
    public static boolean isEmbedded(String name) {
        return EMBEDDED.equals(name);
    }

    /** Whether {@code index} is one of the embedded indexes (as opened by {@link #open} or {@link #openAll}). */
    public static boolean isEmbedded(BreachIndex index) {
        for (BreachIndex embedded : EMBEDDED_INDEXES.values()) {
            if (embedded.sameMapping(index)) {
                return true;
            }
        }
        return false;
    }

    /** The cache's own instance of {@code file}, if cached (tests). */
    static BreachIndex cached(String file) {
        return FILES.getIfPresent(file);
    }

    /** How many files the cache holds, after pending evictions (tests). */
    static long cachedFiles() {
        FILES.cleanUp();
        return FILES.estimatedSize();
    }

    /**
     * The one lookup of a plaintext password every check uses: the password as it is and, when the index holds
     * lower-cased passwords ({@code lowerCased}, true for the embedded index) and the password has upper-case
     * letters, its lower-case form too, so {@code Password1} is found where {@code password1} is listed. A full
     * HIBP index is case-sensitive and is asked only once. The lower-case copy is cleared.
     *
     * @throws NullPointerException if an argument is null
     */
    public static BreachResult check(BreachIndex index, boolean lowerCased, char[] password) {
        BreachResult r = index.check(password);
        if (r.found() || !lowerCased || !hasUpperCase(password)) {
            return r;
        }
        char[] lower = new char[password.length];
        try {
            for (int i = 0; i < password.length; i++) {
                lower[i] = Character.toLowerCase(password[i]);
            }
            return index.check(lower);
        } finally {
            Arrays.fill(lower, '\0');
        }
    }

    /** Whether lower-casing changes the password (else its lower-case lookup was the one just made). */
    private static boolean hasUpperCase(char[] password) {
        for (char c : password) {
            if (Character.toLowerCase(c) != c) {
                return true;
            }
        }
        return false;
    }

    /**
     * A file holding the embedded index: the resource itself when it is a file (tests, exploded classpath), else a
     * copy in the user's cache directory ({@code $XDG_CACHE_HOME/passhygiene}, else {@code ~/.cache/passhygiene}),
     * named by size so a new build's index replaces an old one. When that directory cannot be created or written (a
     * service account whose home does not exist), a private directory under {@code java.io.tmpdir} is used instead.
     */
    private static BreachIndex embeddedIndex(HashKind kind) throws IOException {
        String resource = String.format(EMBEDDED_RESOURCE, kind.name().toLowerCase(java.util.Locale.ROOT));
        URL url = BreachIndexes.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException(resource + ": embedded breach index not on the classpath");
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return BreachIndex.open(Path.of(url.toURI()), kind);
            } catch (URISyntaxException e) {
                throw new IOException(url + ": " + e.getMessage(), e);
            }
        }
        return EmbeddedIndexCache.open(url, kind, cacheDirectory());
    }

    private static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("passhygiene");
    }
}
