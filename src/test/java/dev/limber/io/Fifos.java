package dev.limber.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes for tests, made with {@code mkfifo}; a test that needs one is skipped where there is none. */
public final class Fifos {
    private Fifos() {
    }

    /** Makes a FIFO at {@code path} (and its folders), or skips the test. */
    public static Path make(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        int code;
        try {
            code = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            code = -1;
        }
        assumeTrue(code == 0 && Files.exists(path), "mkfifo is not available");
        return path;
    }

    /** Links {@code path} to {@code /dev/zero}, or skips the test where there is no such device. */
    public static Path devZero(Path path) throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
        Files.createDirectories(path.toAbsolutePath().getParent());
        return Files.createSymbolicLink(path, Path.of("/dev/zero"));
    }
}
