package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a plain player mid-routine, then {@code run --resume}: the real program in two
 * processes (the test's classpath, stdin closed, a temporary LIMBER_HOME, 20 times faster).
 */
class KilledRunResumesTest {
    @TempDir
    Path dir;

    private Process limber(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LIMBER_HOME", dir.resolve("home").toString());
        pb.environment().remove("LIMBER_DEBUG");
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    @Test
    void aPlayerKilledMidRoutineResumesAtTheStepItWasIn() throws Exception {
        Path routine = dir.resolve("four.conf");
        Files.writeString(routine, """
                title = "Four holds"
                prepare = 0s
                rest = 0s
                steps = [
                  { name = "One", time = 1s }
                  { name = "Two", time = 1s }
                  { name = "Three", time = 3s }
                  { name = "Four", time = 1s }
                ]
                """);
        Path resumeFile = dir.resolve("home/resume/four.json");
        Path journal = dir.resolve("home/journal.jsonl");

        List<String> killed = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            // at real speed: a try-out (another --speed) leaves no resume point
            Process p = limber("run", routine.toString(), "--plain");
            List<String> seen = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                boolean inThree = false;
                while ((line = out.readLine()) != null) {
                    seen.add(line);
                    inThree = inThree || line.startsWith("[3/4] Three");
                    // Step 3's start is saved on a thread of its own: wait for it to land, then kill.
                    if (inThree && line.strip().equals("2")) {
                        while (!Files.exists(resumeFile) || !Files.readString(resumeFile).contains("\"Three\"")) {
                            Thread.sleep(5);
                        }
                        p.destroyForcibly();
                        break;
                    }
                }
            }
            p.waitFor(30, TimeUnit.SECONDS);
            return seen;
        });
        assertThat(killed).as("played up to step 3 before the kill").anyMatch(l -> l.startsWith("[3/4] Three"))
                .noneMatch(l -> l.startsWith("[4/4]"));
        assertThat(resumeFile).exists();
        assertThat(journal).doesNotExist();
        Matcher session = Pattern.compile("\"session\":\"[0-9a-f]{32}\"").matcher(Files.readString(resumeFile));
        assertThat(session.find()).as("the resume point names its session").isTrue();

        List<String> resumed = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            Process p = limber("run", routine.toString(), "--plain", "--resume");
            String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(all).isZero();
            return all.lines().toList();
        });

        assertThat(resumed).contains("Resuming Three, 0:03 left");
        assertThat(resumed.stream().filter(l -> l.startsWith("[")).toList())
                .containsExactly("[3/4] Three · 0:03", "[4/4] Four · 0:01");
        assertThat(resumed.get(resumed.size() - 2)).startsWith("Finished");
        assertThat(resumed.get(resumed.size() - 1)).as("stdin is closed").startsWith("Played unattended");
        assertThat(resumeFile).doesNotExist();
        assertThat(Files.readAllLines(journal)).singleElement().asString()
                .contains("\"completed\":true").contains("\"name\":\"Three\"").doesNotContain("\"name\":\"Two\"")
                .as("the resumed session keeps its id").contains(session.group());
    }
}
