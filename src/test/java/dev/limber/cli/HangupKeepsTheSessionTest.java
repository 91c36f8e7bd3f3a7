package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed terminal window or a dropped ssh connection (SIGHUP) while limber asks about pain after
 * a finished session: the real program in its own process still writes the session's journal line.
 */
class HangupKeepsTheSessionTest {
    @TempDir
    Path dir;

    @Test
    void aHangupAtThePainQuestionAfterTheSessionStillRecordsIt() throws Exception {
        Path routine = Files.writeString(dir.resolve("pc.conf"), """
                title = "Pain check"
                pain-check = true
                prepare = 0s
                steps = [ { name = "Hold", time = 1s } ]
                """);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", routine.toString(), "--plain", "--mute"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LIMBER_HOME", dir.resolve("home").toString());
        Process p = pb.start();
        List<String> seen = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            List<String> lines = new ArrayList<>();
            OutputStream in = p.getOutputStream();
            in.write("3\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            // The second question comes after the summary line; it has no newline, so read bytes.
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                StringBuilder line = new StringBuilder();
                boolean finished = false;
                int c;
                while ((c = out.read()) >= 0) {
                    if (c == '\n') {
                        lines.add(line.toString());
                        finished = finished || line.toString().startsWith("Finished");
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                    if (finished && line.toString().startsWith("After Pain check: how much does it hurt now")) {
                        new ProcessBuilder("kill", "-HUP", Long.toString(p.pid())).start().waitFor();
                        break;
                    }
                }
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return lines;
        });
        assertThat(seen).anyMatch(l -> l.startsWith("Finished"));
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readAllLines(dir.resolve("home/journal.jsonl"))).singleElement().asString()
                .contains("\"completed\":true").contains("\"painBefore\":3").contains("\"painAfter\":null");
        assertThat(dir.resolve("home/resume/pc.json")).doesNotExist();
    }
}
