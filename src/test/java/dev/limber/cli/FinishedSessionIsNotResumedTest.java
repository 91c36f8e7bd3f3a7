package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * limber stopped after writing a finished session's journal line but before removing its resume
 * point (a crash, a power cut): the next start, with {@code --resume} or without, neither offers
 * that point nor plays the session's rest again. The real program, stdin closed, at real speed.
 */
class FinishedSessionIsNotResumedTest {
    private static final String SESSION = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @TempDir
    Path dir;

    private record Run(List<String> out, String err) {
    }

    private Run limber(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LIMBER_HOME", dir.resolve("home").toString());
        pb.environment().remove("LIMBER_DEBUG");
        return assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> RealProgram.read(p.getErrorStream()));
            String out = RealProgram.read(p.getInputStream());
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            return new Run(out.lines().toList(), err.get());
        });
    }

    /** The session's resume point at step 2, as it was left by the crash. */
    private static void leftBehind(Path resume) throws IOException {
        Files.createDirectories(resume.getParent());
        Files.writeString(resume, "{\"v\":1,\"routine\":\"two\",\"segment\":1,\"saved\":\"" + Instant.now()
                + "\",\"segments\":2,\"name\":\"Two\",\"step\":2,\"steps\":2,\"params\":{},\"session\":\"" + SESSION
                + "\"}\n");
    }

    @Test
    void aSessionInTheJournalIsNotResumedAgainAfterACrashBeforeItsResumePointWasRemoved() throws Exception {
        Path routine = Files.writeString(dir.resolve("two.conf"), """
                title = "Two holds"
                prepare = 0s
                rest = 0s
                steps = [
                  { name = "One", time = 1s }
                  { name = "Two", time = 1s }
                ]
                """);
        Path journal = dir.resolve("home/journal.jsonl");
        Path resume = dir.resolve("home/resume/two.json");
        String line = "{\"v\":1,\"session\":\"" + SESSION + "\",\"routine\":\"two\",\"title\":\"Two holds\","
                + "\"start\":\"2025-03-01T08:00:00Z\",\"end\":\"2025-03-01T08:00:05Z\",\"planned\":2,\"active\":2,"
                + "\"completed\":true,\"painBefore\":null,\"painAfter\":null,\"segments\":["
                + "{\"step\":0,\"name\":\"One\",\"kind\":\"work\",\"planned\":1,\"achieved\":1},"
                + "{\"step\":1,\"name\":\"Two\",\"kind\":\"work\",\"planned\":1,\"achieved\":1}]}\n";
        Files.createDirectories(journal.getParent());
        Files.writeString(journal, line);

        // Without --resume: the plain player would say it replaces the unfinished session.
        leftBehind(resume);
        Run fresh = limber("run", routine.toString(), "--plain", "--mute");
        assertThat(fresh.err()).doesNotContain("unfinished session");
        assertThat(fresh.out().stream().filter(l -> l.startsWith("[")).toList())
                .containsExactly("[1/2] One · 0:01", "[2/2] Two · 0:01");

        // With --resume: it would play step 2 again and journal the session twice.
        leftBehind(resume);
        Run resumed = limber("run", routine.toString(), "--plain", "--mute", "--resume");
        assertThat(resumed.out()).noneMatch(l -> l.startsWith("Resuming"));
        assertThat(resumed.out().stream().filter(l -> l.startsWith("[")).toList())
                .containsExactly("[1/2] One · 0:01", "[2/2] Two · 0:01");

        assertThat(resume).doesNotExist();
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(3).first().isEqualTo(line.strip());
        assertThat(lines.stream().map(FinishedSessionIsNotResumedTest::session).distinct())
                .as("the crashed session once, then two new ones").hasSize(3);
    }

    private static String session(String line) {
        Matcher m = Pattern.compile("\"session\":\"([0-9a-f]{32})\"").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return m.group(1);
    }
}
