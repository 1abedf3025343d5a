package org.passhygiene.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pepper: 32 random bytes, hex on one line in a file outside the database, created on first use with
 * owner-only permissions.
 */
final class PepperFile {
    static final int PEPPER_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final byte[] CHECK_MESSAGE = "passhygiene pepper check v1".getBytes(StandardCharsets.US_ASCII);

    private PepperFile() {
    }

    /** Reads the pepper, creating the file (and its directory) if it does not exist. */
    static byte[] loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            try {
                create(file);
            } catch (FileAlreadyExistsException e) {
                // another process created it first: read theirs
            } catch (IOException e) {
                throw new StoreException("pepper file " + file + ": cannot create: " + e);
            }
        }
        return read(file);
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = Files.getFileStore(dir != null && Files.exists(dir) ? dir : Path.of("."))
                .supportsFileAttributeView("posix");
        if (dir != null && !Files.exists(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        byte[] pepper = new byte[PEPPER_BYTES];
        new SecureRandom().nextBytes(pepper);
        byte[] text = (HexFormat.of().formatHex(pepper) + "\n").getBytes(StandardCharsets.US_ASCII);
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try (OutputStream out = Files.newOutputStream(Files.createFile(file, attrs), StandardOpenOption.WRITE)) {
            out.write(text);
        } finally {
            Arrays.fill(pepper, (byte) 0);
            Arrays.fill(text, (byte) 0);
        }
    }

    private static byte[] read(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY.containsAll(perms)) {
                    throw new StoreException("pepper file " + file + ": permissions "
                            + PosixFilePermissions.toString(perms) + " let others read it: must be owner-only"
                            + " (chmod 600)");
                }
            }
            byte[] raw = Files.readAllBytes(file);
            try {
                String hex = new String(raw, StandardCharsets.US_ASCII).strip();
                if (!hex.matches("[0-9a-fA-F]{" + 2 * PEPPER_BYTES + "}")) {
                    throw new StoreException("pepper file " + file + ": must hold " + 2 * PEPPER_BYTES
                            + " hex digits on one line (" + PEPPER_BYTES + " random bytes)");
                }
                return HexFormat.of().parseHex(hex);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } catch (IOException e) {
            throw new StoreException("pepper file " + file + ": cannot read: " + e);
        }
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
