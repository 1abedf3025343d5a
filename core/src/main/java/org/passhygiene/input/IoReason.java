package org.passhygiene.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why a file could not be opened or read, for people: the one mapping from an {@link IOException} to a reason, used
 * by every reader and by the CLI's error line. The JDK's file-system exceptions often carry only the path as their
 * message ({@code NoSuchFileException: nosuch.csv}); here they become {@code no such file}, {@code permission
 * denied}, … so the caller can write {@code file: reason} without naming the file twice.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class IoReason {

    /** What each kind of file-system exception means when it carries no reason. */
    private static final List<Map.Entry<Class<? extends FileSystemException>, String>> MEANINGS = List.of(
            Map.entry(NoSuchFileException.class, "no such file"),
            Map.entry(AccessDeniedException.class, "permission denied"),
            Map.entry(FileAlreadyExistsException.class, "already exists"),
            Map.entry(NotDirectoryException.class, "not a directory"),
            Map.entry(DirectoryNotEmptyException.class, "directory not empty"),
            Map.entry(FileSystemLoopException.class, "too many levels of symbolic links"),
            Map.entry(NotLinkException.class, "not a symbolic link"));

    private IoReason() {
    }

    /**
     * The reason alone, without the path: the operating system's reason when the exception has one
     * ({@code Read-only file system}), else what the kind of file-system exception means ({@code no such file},
     * {@code permission denied}, …, {@code cannot be accessed}); for another {@link IOException} its message, or
     * {@code I/O error (EOFException)} when it has none.
     */
    public static String of(IOException e) {
        Objects.requireNonNull(e, "e");
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : meaning(f);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "I/O error (" + e.getClass().getSimpleName() + ")" : m;
    }

    /**
     * What a reader says after {@code file: } when it could not read the file: {@code no such file} and
     * {@code permission denied} alone, anything else as {@code cannot read: } and the reason, starting in lower case
     * ({@code cannot read: is a directory}).
     */
    public static String cannotRead(IOException e) {
        String reason = of(e);
        if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
            return reason;
        }
        boolean sentence = reason.length() > 1 && Character.isUpperCase(reason.charAt(0))
                && Character.isLowerCase(reason.charAt(1));
        return "cannot read: " + (sentence ? reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1)
                : reason);
    }

    /** What the JDK leaves out of file-system exceptions without a reason. */
    private static String meaning(FileSystemException f) {
        for (Map.Entry<Class<? extends FileSystemException>, String> m : MEANINGS) {
            if (m.getKey().isInstance(f)) {
                return m.getValue();
            }
        }
        return "cannot be accessed";
    }
}
