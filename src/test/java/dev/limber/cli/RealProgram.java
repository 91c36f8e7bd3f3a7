package dev.limber.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** What the tests that start limber as its own process share: the JVM, the environment, reading output. */
final class RealProgram {
    private RealProgram() {
    }

    /** The java launcher of the JVM running the tests. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A process for {@code command} with its own LIMBER_HOME and no debug traces from the caller's environment. */
    static ProcessBuilder builder(Path home, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LIMBER_HOME", home.toString());
        pb.environment().remove("LIMBER_DEBUG");
        return pb;
    }

    static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
