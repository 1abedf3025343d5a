package org.passhygiene.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.passhygiene.input.IoReason;

/**
 * Which paths an {@link OutputTarget} accepts (see its class comment): checked before anything is touched and again
 * before the rename, without touching the path.
 *
 * @param path                  the path as given, for messages
 * @param absolute              the path made absolute; null for standard output
 * @param standardOutput        whether the path is {@code -}
 * @param standardOutputAllowed whether {@code -} is accepted
 * @param overwrite             whether an existing regular file may be replaced
 * @param inputs                the files and directories the command reads
 */
record OutputPathRules(Path path, Path absolute, boolean standardOutput, boolean standardOutputAllowed,
                       boolean overwrite, List<Path> inputs) {

    /**
     * @throws OutputPathException naming the path and why it cannot be written
     */
    void check() {
        String shown = path.toString();
        if (standardOutput) {
            if (!standardOutputAllowed) {
                throw new OutputPathException(shown, OutputPathException.Reason.STANDARD_OUTPUT,
                        "standard output is not accepted for this output; give a file name");
            }
            return;
        }
        Path directory = absolute.getParent();
        if (absolute.getFileName() == null || directory == null) {
            throw new OutputPathException(shown, OutputPathException.Reason.NOT_A_REGULAR_FILE,
                    "is a directory; the output must be a regular file");
        }
        try {
            if (!Files.readAttributes(directory, BasicFileAttributes.class).isDirectory()) {
                throw new OutputPathException(shown, OutputPathException.Reason.NO_DIRECTORY,
                        TerminalText.escape(shownParent()) + " is not a directory");
            }
        } catch (IOException e) {
            throw new OutputPathException(shown, OutputPathException.Reason.NO_DIRECTORY,
                    "directory " + TerminalText.escape(shownParent()) + (e instanceof NoSuchFileException
                            ? " does not exist" : " cannot be read (" + TerminalText.escape(IoReason.of(e)) + ")"));
        }
        for (Path input : inputs) {
            if (insideInputDirectory(directory, input)) {
                throw new OutputPathException(shown, OutputPathException.Reason.INSIDE_INPUT_DIRECTORY,
                        "is inside the input directory " + TerminalText.escape(input.toString()) + ", whose files"
                                + " are all read as input; write the output elsewhere");
            }
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new OutputPathException(shown, OutputPathException.Reason.NOT_A_REGULAR_FILE,
                    "cannot be examined (" + TerminalText.escape(IoReason.of(e)) + ")");
        }
        if (attributes.isSymbolicLink()) {
            throw new OutputPathException(shown, OutputPathException.Reason.SYMBOLIC_LINK,
                    "is a symbolic link to " + linkTarget() + "; links are neither followed nor replaced: give the"
                            + " path of a regular file");
        }
        if (!attributes.isRegularFile()) {
            throw new OutputPathException(shown, OutputPathException.Reason.NOT_A_REGULAR_FILE,
                    "is " + kind(absolute, attributes) + "; the output must be a regular file");
        }
        for (Path input : inputs) {
            if (sameFile(input)) {
                throw new OutputPathException(shown, OutputPathException.Reason.SAME_AS_INPUT,
                        "is the same file as the input " + TerminalText.escape(input.toString())
                                + "; write the output elsewhere");
            }
        }
        if (!overwrite) {
            throw new OutputPathException(shown, OutputPathException.Reason.EXISTS, "already exists");
        }
    }

    /** The parent directory as the user gave it (else the absolute one), for messages. */
    String shownParent() {
        Path given = path.getParent();
        return (given != null ? given : absolute.getParent()).toString();
    }

    /** Whether {@code input} is a directory and the output's directory is it or lies below it. */
    private static boolean insideInputDirectory(Path directory, Path input) {
        try {
            return Files.isDirectory(input) && directory.toRealPath().startsWith(input.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private boolean sameFile(Path input) {
        try {
            return Files.isSameFile(absolute, input);
        } catch (IOException e) {
            return false;
        }
    }

    private String linkTarget() {
        try {
            BasicFileAttributes target = Files.readAttributes(absolute, BasicFileAttributes.class);
            return kind(absolute, target);
        } catch (IOException e) {
            return "a missing file";
        }
    }

    /** "a directory", "a character device", … for the file {@code attributes} describe. */
    private static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a directory";
        }
        if (attributes.isRegularFile()) {
            return "a regular file";
        }
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0020000:
                        return "a character device";
                    case 0060000:
                        return "a block device";
                    case 0010000:
                        return "a FIFO (named pipe)";
                    case 0140000:
                        return "a socket";
                    default:
                        break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no "unix" view: fall through to the generic wording
        }
        return "a device, FIFO or socket";
    }

}
