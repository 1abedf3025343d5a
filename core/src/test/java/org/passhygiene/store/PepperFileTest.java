package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PepperFileTest {
    @TempDir
    Path dir;

    @Test
    void createNeverReplacesAnExistingFileEvenUnderARace() throws Exception {
        Path file = dir.resolve("k/pepper.key");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Boolean> create = () -> PepperFile.createIfAbsent(file);
            results.add(pool.submit(create));
        }
        int created = 0;
        for (Future<Boolean> f : results) {
            created += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        String first = Files.readString(file);
        assertThat(PepperFile.createIfAbsent(file)).isFalse();
        assertThat(Files.readString(file)).isEqualTo(first);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("pepper.key");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void addKeyKeepsTheOldKeysAndLeavesNoTempFile() throws Exception {
        Path file = dir.resolve("pepper.key");
        PepperFile.createIfAbsent(file);
        byte[] one = PepperFile.load(file).get(1);
        PepperFile.addKey(file, 2);
        SortedMap<Integer, byte[]> keys = PepperFile.load(file);
        assertThat(keys.keySet()).containsExactly(1, 2);
        assertThat(keys.get(1)).isEqualTo(one);
        assertThat(keys.get(2)).isNotEqualTo(one);
        assertThatThrownBy(() -> PepperFile.addKey(file, 2)).isInstanceOf(StoreException.class)
                .hasMessage("pepper file " + file + ": cannot add key 2: it has keys [1, 2]");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("pepper.key");
        }
    }

    @Test
    void readsTheOldOneLineFormatAsKeyOneAndRefusesDamagedFiles() throws Exception {
        Path file = dir.resolve("pepper.key");
        String hex = "0f".repeat(32);
        write(file, hex + "\n");
        assertThat(HexFormat.of().formatHex(PepperFile.load(file).get(1))).isEqualTo(hex);
        write(file, "");
        assertThatThrownBy(() -> PepperFile.load(file)).hasMessage("pepper file " + file + ": has no key: must hold"
                + " 64 hex digits (32 random bytes)");
        write(file, "1:" + hex + "\n1:" + hex + "\n");
        assertThatThrownBy(() -> PepperFile.load(file)).hasMessage("pepper file " + file + ":2: key id 1 appears"
                + " twice");
        write(file, "1:" + hex.substring(2) + "\n");
        assertThatThrownBy(() -> PepperFile.load(file)).hasMessage("pepper file " + file + ":1: must be <key id>:<64"
                + " hex digits> (32 random bytes), or one line of 64 hex digits");
        assertThatThrownBy(() -> PepperFile.load(dir.resolve("missing.key")))
                .hasMessage("pepper file " + dir.resolve("missing.key") + ": does not exist");
    }

    private static void write(Path file, String text) throws Exception {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(Set.copyOf(
                PosixFilePermissions.fromString("rw-------"))));
        Files.writeString(file, text);
    }
}
