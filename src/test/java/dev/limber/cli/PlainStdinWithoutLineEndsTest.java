package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber run --plain} in its own process, with less memory than its stdin sends before a
 * line end (as with {@code < /dev/zero}): the over-long line is cut, the {@code q} after it still
 * quits, and no stack trace is printed.
 */
class PlainStdinWithoutLineEndsTest {
    @TempDir
    Path dir;

    @Test
    void sixtyFourMegabytesWithoutALineEndThenQQuitsNormally() throws Exception {
        Path routine = Files.writeString(dir.resolve("wait.conf"), """
                title = "Wait"
                steps = [ { name = "Ready?", how = "Press Enter" }, { name = "Hold", time = 10m } ]
                """);
        ProcessBuilder pb = RealProgram.builder(dir.resolve("home"), List.of(RealProgram.java(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                routine.toString(), "--plain", "--mute"));
        Process p = pb.start();
        try {
            CompletableFuture<String> err = CompletableFuture.supplyAsync(
                    () -> RealProgram.read(p.getErrorStream()));
            CompletableFuture<String> out = CompletableFuture.supplyAsync(
                    () -> RealProgram.read(p.getInputStream()));
            try (OutputStream stdin = p.getOutputStream()) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 64; i++) {
                    stdin.write(zeros);
                }
                stdin.write("\nq\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // It ended before reading it all; what it printed says why.
            }
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).as("a guard against a hang").isTrue();
            String errText = err.get(1, TimeUnit.MINUTES);
            String outText = out.get(1, TimeUnit.MINUTES);

            assertThat(p.exitValue()).as(errText).isZero();
            assertThat(errText).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
            assertThat(outText).contains("Stopped: done 0").hasSizeLessThan(10_000);
        } finally {
            p.destroyForcibly();
        }
    }
}
