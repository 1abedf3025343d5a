package org.passhygiene.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
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

/**
 * The pepper file: one or more keys of 32 random bytes, outside the database, owner-only. One key per line as
 * {@code <id>:<64 hex digits>}; {@code #} starts a comment line. A file of one bare line of 64 hex digits (as
 * passhygiene wrote before keys had ids) is key 1. The highest id is the key new fingerprints use.
 *
 * <p>Written crash-safely: a new owner-only temp file in the same directory, written and fsync'ed, then linked to the
 * final name (a hard link never replaces an existing file, so two processes creating a pepper at once cannot
 * overwrite each other: the loser reads the winner's) or, to add a key, renamed over it atomically; then the
 * directory is fsync'ed. A crash leaves either the old file or the new one, never an empty or partial pepper.
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

    /** Writes {@code keys} to a new temp file and links or renames it to {@code file}; false if it existed. */
    private static boolean write(Path file, SortedMap<Integer, byte[]> keys, boolean replace) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = StoreFiles.posix(dir);
        if (!Files.isDirectory(dir)) {
            StoreFiles.createDirectories(dir, posix);
        }
        StringBuilder text = new StringBuilder("# passhygiene pepper: <key id>:<key>; the highest id fingerprints new"
                + " passwords. Back it up apart from the database; never edit a key.\n");
        for (Map.Entry<Integer, byte[]> k : keys.entrySet()) {
            text.append(k.getKey()).append(':').append(HexFormat.of().formatHex(k.getValue())).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        text.setLength(0);
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", attrs);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
            if (replace) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                try {
                    Files.createLink(file, tmp);
                } catch (FileAlreadyExistsException e) {
                    return false;
                } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                    if (exists(file)) {
                        return false;
                    }
                    // No hard links here (some network and FAT file systems): rename, after checking again.
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            StoreFiles.syncDirectory(dir);
            return true;
        } finally {
            Files.deleteIfExists(tmp);
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
