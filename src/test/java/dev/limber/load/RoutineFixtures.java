package dev.limber.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Routines written on the fly, for cases too small to keep as a file. */
final class RoutineFixtures {
    private RoutineFixtures() {
    }

    static RoutineFile inline(String text) {
        try {
            Path dir = Files.createTempDirectory("limber-test");
            Path file = Files.writeString(dir.resolve("inline.conf"), text);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return RoutineLibrary.fromPath(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
