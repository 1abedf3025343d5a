package org.passhygiene.breach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The committed Jazzer seed inputs of a fuzz test method, for the deterministic mutation loops. */
final class FuzzSeeds {

    private FuzzSeeds() {
    }

    static List<byte[]> of(Class<?> test, String method) {
        String resource = test.getName().replace('.', '/') + "Inputs/" + method;
        URL url = test.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("no seed inputs at " + resource);
        }
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path file : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return seeds;
    }
}
