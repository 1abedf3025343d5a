package org.passhygiene.breach;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child process for {@link ImportTempFilesTest}: imports {@code args[0]} into {@code args[1]} with a tiny memory
 * cap (so the external sort spills run files), prints {@code merging} once the runs and the temporary index exist,
 * then waits to be stopped.
 */
public final class ImportUntilStopped {

    private ImportUntilStopped() {
    }

    public static void main(String[] args) throws IOException {
        BreachIndex.builder(HashKind.SHA1).memoryLimit(4096).addHashes(Path.of(args[0]))
                .progress((phase, done, total) -> {
                    if (phase == ImportProgress.Phase.SORTING) {
                        System.out.println("merging");
                        System.out.flush();
                        try {
                            Thread.sleep(120_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }).build(Path.of(args[1]));
        System.out.println("finished: the test should have stopped this process");
    }
}
