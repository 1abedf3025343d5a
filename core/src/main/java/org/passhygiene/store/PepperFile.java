package org.passhygiene.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.passhygiene.output.OutputPathException;
import org.passhygiene.output.OutputTarget;

/**
 * The pepper file: one or more keys of 32 random bytes, outside the database, owner-only. One key per line as
 * {@code <id>:<64 hex digits>}; {@code #} starts a comment line. A file of one bare line of 64 hex digits (as
 * passhygiene wrote before keys had ids) is key 1. The highest id is the key new fingerprints use.
 *
 * <p>Written crash-safely, by the one output mechanism ({@link OutputTarget}): a new owner-only temp file in the same
 * directory, written and fsync'ed, then linked to the final name (a hard link never replaces an existing file, so two
 * processes creating a pepper at once cannot overwrite each other: the loser reads the winner's) or, to add a key,
 * renamed over it atomically; then the directory is fsync'ed. A crash leaves either the old file or the new one,
 * never an empty or partial pepper. A pepper path that is a symbolic link is read through, but never written: adding
 * a key to it is refused (replacing the link would leave its target, the file backups and other hosts use, without
 * the new key).
 */
final class PepperFile {
    static final int PEPPER_BYTES = 32;
    static final int MAX_KEY_ID = 9999;
    private static final long MAX_FILE_BYTES = 1 << 20;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final byte[] CHECK_MESSAGE = "passhygiene pepper check v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private PepperFile() {
    }

    static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file);
    }

    /**
     * Creates the file with one new key (id 1) unless it exists; never replaces an existing file.
     *
     * @return whether this call created it
     */
    static boolean createIfAbsent(Path file) {
        if (exists(file)) {
            return false;
        }
        SortedMap<Integer, byte[]> keys = new TreeMap<>();
        keys.put(1, newKey());
        try {
            return write(file, keys, false);
        } catch (IOException e) {
            throw new StoreException("pepper file " + file + ": cannot create: " + e);
        } finally {
            clear(keys);
        }
    }

    /**
     * Adds a new key with id {@code id} to the file, replacing it atomically.
     *
     * @throws StoreException if the file cannot be read or written, or already has that id
     */
    static void addKey(Path file, int id) {
        target(file, true);
        SortedMap<Integer, byte[]> keys = load(file);
        try {
            if (keys.containsKey(id) || id < 1 || id > MAX_KEY_ID) {
                throw new StoreException("pepper file " + file + ": cannot add key " + id + ": it has keys "
                        + keys.keySet());
            }
            keys.put(id, newKey());
            write(file, keys, true);
        } catch (IOException e) {
            throw new StoreException("pepper file " + file + ": cannot add a key: " + e);
        } finally {
            clear(keys);
        }
    }

    /**
     * Before a store is created or written: an existing pepper file must be a valid one, so a bad file fails
     * before anything (a new store's database) is created. A missing one is left to {@link PepperKeys#establish}.
     *
     * @throws StoreException if the file exists but cannot be used
     */
    static void requireValidIfPresent(Path file) {
        if (exists(file)) {
            clear(load(file));
        }
    }

    /** Reads every key, by id; the caller clears them. */
    static SortedMap<Integer, byte[]> load(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY.containsAll(perms)) {
                    throw new StoreException("pepper file " + file + ": permissions "
                            + PosixFilePermissions.toString(perms) + " let others read it: must be owner-only"
                            + " (chmod 600)");
                }
            }
            if (!Files.isRegularFile(file)) {
                throw new StoreException("pepper file " + file + ": not a regular file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new StoreException("pepper file " + file + ": larger than " + MAX_FILE_BYTES + " bytes: not a"
                        + " pepper file");
            }
            byte[] raw = Files.readAllBytes(file);
            try {
                return parse(file, new String(raw, StandardCharsets.US_ASCII));
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } catch (NoSuchFileException e) {
            throw new StoreException("pepper file " + file + ": does not exist");
        } catch (IOException e) {
            throw new StoreException("pepper file " + file + ": cannot read: " + e);
        }
    }

    private static SortedMap<Integer, byte[]> parse(Path file, String text) {
        SortedMap<Integer, byte[]> keys = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        String hexKey = "[0-9a-fA-F]{" + 2 * PEPPER_BYTES + "}";
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int id;
            String hex;
            if (line.matches(hexKey) && keys.isEmpty()) {
                id = 1;
                hex = line;
            } else if (line.matches("[0-9]{1,4}:" + hexKey)) {
                int colon = line.indexOf(':');
                id = Integer.parseInt(line.substring(0, colon));
                hex = line.substring(colon + 1);
            } else {
                clear(keys);
                throw new StoreException("pepper file " + file + ":" + (n + 1) + ": must be <key id>:<"
                        + 2 * PEPPER_BYTES + " hex digits> (" + PEPPER_BYTES + " random bytes), or one line of "
                        + 2 * PEPPER_BYTES + " hex digits");
            }
            if (id < 1 || keys.containsKey(id)) {
                clear(keys);
                throw new StoreException("pepper file " + file + ":" + (n + 1) + ": key id " + id
                        + (id < 1 ? ": must be 1 to " + MAX_KEY_ID : " appears twice"));
            }
            keys.put(id, HexFormat.of().parseHex(hex));
        }
        if (keys.isEmpty()) {
            throw new StoreException("pepper file " + file + ": has no key: must hold " + 2 * PEPPER_BYTES
                    + " hex digits (" + PEPPER_BYTES + " random bytes)");
        }
        return keys;
    }

    /**
     * Writes {@code keys} through {@link OutputTarget} (owner-only temp file, fsync, atomic rename over the file when
     * {@code replace}, else a hard link that never replaces one); false if the file appeared meanwhile.
     *
     * @throws StoreException if the path is not a regular file (a symbolic link, a device, a directory...)
     */
    private static boolean write(Path file, SortedMap<Integer, byte[]> keys, boolean replace) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            StoreFiles.createDirectories(dir, StoreFiles.posix(dir));
        }
        OutputTarget target = target(file, replace);
        if (target == null) {
            return false;
        }
        StringBuilder text = new StringBuilder("# passhygiene pepper: <key id>:<key>; the highest id fingerprints new"
                + " passwords. Back it up apart from the database; never edit a key.\n");
        for (Map.Entry<Integer, byte[]> k : keys.entrySet()) {
            text.append(k.getKey()).append(':').append(HexFormat.of().formatHex(k.getValue())).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        text.setLength(0);
        try {
            target.writeFile(temp -> {
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        ch.write(buffer);
                    }
                }
                return null;
            });
            return true;
        } catch (OutputPathException e) {
            if (e.reason() == OutputPathException.Reason.EXISTS) {
                return false;
            }
            throw new StoreException("pepper file " + e.getMessage());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * The pepper file as an output: a regular file, never a symbolic link (a link is neither followed nor
     * replaced, as for every output); null if it exists and {@code replace} is false.
     */
    private static OutputTarget target(Path file, boolean replace) {
        try {
            return OutputTarget.builder(file).overwrite(replace).permissions("rw-------").open();
        } catch (OutputPathException e) {
            if (e.reason() == OutputPathException.Reason.EXISTS) {
                return null;
            }
            throw new StoreException("pepper file " + e.getMessage());
        }
    }

    static byte[] newKey() {
        byte[] key = new byte[PEPPER_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static void clear(Map<Integer, byte[]> keys) {
        keys.values().forEach(k -> Arrays.fill(k, (byte) 0));
    }

    /** A keyed check value kept in the store, so a wrong pepper is detected instead of silently matching nothing. */
    static String checkValue(byte[] pepper) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(CHECK_MESSAGE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }
}
