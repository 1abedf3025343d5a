package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 9 item 4: the cached copy of the embedded index. An unusable cache directory falls back to a private temporary
 * one; a damaged or symlinked copy is replaced; only when no copy can be written is it an error naming the cache and
 * {@code XDG_CACHE_HOME}. (Tests run as root, which ignores permissions: a path under a regular file stands for an
 * unwritable home.)
 */
class EmbeddedIndexCacheTest {

    private static final URL EMBEDDED = EmbeddedIndexCacheTest.class.getClassLoader()
            .getResource("org/passhygiene/breach/common-passwords.sha1.phbi");

    @TempDir
    Path tmp;

    private static void assertUsable(BreachIndex index) {
        try (index) {
            assertThat(index.check("password".toCharArray()).found()).isTrue();
            assertThat(index.check("Zq7#vR2!pLkw9Zt-not-common".toCharArray()).found()).isFalse();
        }
    }

    private Path fallback() throws IOException {
        return Files.createDirectories(tmp.resolve("fallback"));
    }

    private static Path onlyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".phbi")).findFirst().orElseThrow();
        }
    }

    @Test
    void copiesOnceAndReusesTheCopy() throws IOException {
        Path cache = tmp.resolve("home/.cache/passhygiene");
        assertUsable(EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback));
        Path copy = onlyFile(cache);
        assertThat(copy.getFileName().toString()).matches("common-passwords-\\d+\\.sha1\\.phbi");
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(copy, written);
        assertUsable(EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback));
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
        assertThat(fallback()).isEmptyDirectory();
    }

    @Test
    void unwritableCacheFallsBackToATemporaryDirectory() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "a file, not a directory");
        Path cache = file.resolve("sub/passhygiene");
        assertUsable(EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback));
        assertThat(onlyFile(fallback())).isRegularFile();
        assertThat(Files.readString(file)).isEqualTo("a file, not a directory");
    }

    @Test
    void whenNoCopyCanBeWrittenTheErrorNamesTheCacheAndXdgCacheHome() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        Path cache = file.resolve("sub/passhygiene");
        assertThatThrownBy(() -> EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, () -> file.resolve("tmp")))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining(cache.toString())
                .hasMessageContaining("embedded breach index cache")
                .hasMessageContaining("XDG_CACHE_HOME");
    }

    @Test
    void aCorruptCopyIsRebuilt() throws IOException {
        Path cache = tmp.resolve("cache");
        EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback).close();
        Path copy = onlyFile(cache);
        long size = Files.size(copy);
        // Same size, wrong magic: as the reviewer's damaged cache.
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            f.seek(0);
            f.write(new byte[64]);
        }
        assertUsable(EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback));
        assertThat(Files.size(copy)).isEqualTo(size);
        // One damaged entry in the middle: only the entry checksum tells.
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            f.seek(size / 2);
            int b = f.read();
            f.seek(size / 2);
            f.write(b ^ 0x5A);
        }
        assertUsable(EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback));
        BreachIndex.open(copy, HashKind.SHA1).verify();
        // Truncated.
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            f.setLength(size - 100);
        }
        assertUsable(EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback));
        assertThat(Files.size(copy)).isEqualTo(size);
        assertThat(fallback()).isEmptyDirectory();
    }

    @Test
    void aSymlinkInPlaceOfTheCopyIsReplacedAndItsTargetLeftAlone() throws IOException {
        Path cache = tmp.resolve("cache");
        EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback).close();
        Path copy = onlyFile(cache);
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.txt"), "not ours");
        Files.delete(copy);
        Files.createSymbolicLink(copy, elsewhere);
        assertUsable(EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback));
        assertThat(copy).isRegularFile();
        assertThat(Files.isSymbolicLink(copy)).isFalse();
        assertThat(Files.readString(elsewhere)).isEqualTo("not ours");
        // A dangling link, too.
        Files.delete(copy);
        Files.createSymbolicLink(copy, tmp.resolve("nothing-here"));
        assertUsable(EmbeddedIndexCache.open(EMBEDDED, HashKind.SHA1, cache, this::fallback));
        assertThat(Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(tmp.resolve("nothing-here")).doesNotExist();
    }
}
