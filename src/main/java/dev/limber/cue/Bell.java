package dev.limber.cue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Rings the terminal bell, the fallback where no tone can play. The default writes BEL to
 * {@code /dev/tty}, never to stdout: the plain player's stdout must stay free of control
 * characters. The full-screen player may pass its own (its terminal's bell) instead.
 */
@FunctionalInterface
public interface Bell {
    void ring() throws IOException;

    /** Writes BEL to the controlling terminal at {@code tty}; fails when there is none. */
    static Bell tty(Path tty) {
        return () -> {
            try (OutputStream out = Files.newOutputStream(tty, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(7);
                out.flush();
            }
        };
    }
}
