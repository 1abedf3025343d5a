package org.passhygiene.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.junit.jupiter.api.Test;

class IoReasonTest {

    @Test
    void fileSystemExceptionsGiveTheirMeaningNotTheirPath() {
        assertThat(IoReason.of(new NoSuchFileException("/srv/x.csv"))).isEqualTo("no such file");
        assertThat(IoReason.of(new AccessDeniedException("/srv/x.csv"))).isEqualTo("permission denied");
        assertThat(IoReason.of(new NotDirectoryException("/srv/x.csv/y"))).isEqualTo("not a directory");
        assertThat(IoReason.of(new FileSystemLoopException("/srv/loop")))
                .isEqualTo("too many levels of symbolic links");
        assertThat(IoReason.of(new FileSystemException("/srv/x.csv"))).isEqualTo("cannot be accessed");
        assertThat(IoReason.of(new FileSystemException("a", "b", "Read-only file system")))
                .isEqualTo("Read-only file system");
    }

    @Test
    void otherExceptionsGiveTheirMessageOrTheirKind() {
        assertThat(IoReason.of(new IOException("Is a directory"))).isEqualTo("Is a directory");
        assertThat(IoReason.of(new EOFException())).isEqualTo("I/O error (EOFException)");
        assertThat(IoReason.of(new IOException(" "))).isEqualTo("I/O error (IOException)");
    }

    @Test
    void cannotReadKeepsMissingAndForbiddenShortAndStartsOthersInLowerCase() {
        assertThat(IoReason.cannotRead(new NoSuchFileException("t.yaml"))).isEqualTo("no such file");
        assertThat(IoReason.cannotRead(new AccessDeniedException("t.yaml"))).isEqualTo("permission denied");
        assertThat(IoReason.cannotRead(new IOException("Is a directory"))).isEqualTo("cannot read: is a directory");
        assertThat(IoReason.cannotRead(new EOFException())).isEqualTo("cannot read: I/O error (EOFException)");
        assertThat(IoReason.cannotRead(new FileSystemException("t.yaml", null, "Input/output error")))
                .isEqualTo("cannot read: input/output error");
    }
}
