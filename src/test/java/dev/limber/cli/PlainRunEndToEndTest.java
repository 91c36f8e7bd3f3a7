package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber run sciatica-relief --plain --speed F </dev/null}: the real program in its own
 * process plays the whole built-in routine unattended to its summary, and writes its journal line.
 */
class PlainRunEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void theSciaticaRoutinePlaysUnattendedToItsSummaryWithoutControlCharacters() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "sciatica-relief", "--plain", "--speed", "300"));
        // a real session's unfinished place, which a try-out must leave alone
        Path resume = dir.resolve("home/resume/sciatica-relief.json");
        Files.createDirectories(resume.getParent());
        String saved = "{\"v\":1,\"routine\":\"sciatica-relief\",\"segment\":5,\"saved\":\"2026-01-01T00:00:00Z\","
                + "\"segments\":20,\"name\":\"Plank\",\"step\":6,\"steps\":9}\n";
        Files.writeString(resume, saved);
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("LIMBER_HOME", dir.resolve("home").toString());
        pb.environment().remove("LIMBER_DEBUG");
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> read(p.getInputStream()));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String errText = err.get(30, TimeUnit.SECONDS);

        assertThat(p.exitValue()).as(out + errText).isZero();
        assertThat(out).contains("Sciatica relief — 9 steps", "[2/9] Foam roll: buttock — LEFT · 1:00",
                "Switch sides → RIGHT", "[9/9] Ab curls · 10 reps", "  rep 10/10");
        assertThat(out.strip().lines().toList()).as("unattended, nobody is asked about pain afterwards").endsWith("Finished: done 14 · skipped 0 · active 13:00",
                "Played at --speed 300: a try-out, not kept in the journal.");
        assertThat(out).as("no escape sequences or other controls").doesNotContainPattern(
                "[\\x00-\\x09\\x0b-\\x1f\\x7f\\x80-\\x9f]");
        assertThat(errText).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("home/journal.jsonl")).as("a try-out raises no targets and counts as no session")
                .doesNotExist();
        assertThat(resume).as("nor does it replace where a real session stopped").hasContent(saved.strip());
    }

    @Test
    void whenTheReaderOfItsOutputLeavesTheSessionEndsAsAQuitAndIsKept() throws Exception {
        // `limber run long-hold.conf --plain | head -3`, at real speed: a real session, journaled.
        Path routine = Files.writeString(dir.resolve("long-hold.conf"),
                "title = \"Long hold\"\nprepare = 5s\nsteps = [ { name = Hold, time = 1h } ]\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", routine.toString(), "--plain")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("LIMBER_HOME", dir.resolve("home").toString());
        pb.environment().remove("LIMBER_DEBUG");
        Process p = pb.start();
        try {
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            List<String> head = new ArrayList<>();
            try (java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (int i = 0; i < 3; i++) {
                    head.add(lines.readLine());
                }
            }
            assertThat(head).containsExactly("Long hold — 1 step, 1:00:05",
                    "Commands: Enter = rep/continue, p = pause, n = next, b = back, +/- = 10 s or a rep, m = mute, ? = commands, q = quit",
                    "[1/1] Get ready: Hold · 0:05");
            // Its next line ("  3", two seconds in) finds nobody reading: the hour is not played to no one.
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("still playing after its reader left").isTrue();
            String errText = err.get(30, TimeUnit.SECONDS);
            assertThat(p.exitValue()).as(errText).isZero();
            assertThat(errText).doesNotContain("Exception").doesNotContain("\tat ");
            List<String> journal = Files.readAllLines(dir.resolve("home/journal.jsonl"));
            assertThat(journal).as("journaled as a quit").singleElement().asString()
                    .contains("\"routine\":\"long-hold\"", "\"completed\":false");
            try (var resume = Files.list(dir.resolve("home/resume"))) {
                assertThat(resume.toList()).as("quit in the get-ready, before any work: nothing to resume").isEmpty();
            }
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void withStdinAtItsEndNobodyIsAskedAboutPain() throws Exception {
        // `limber run pc.conf --plain </dev/null` with pain-check: nobody could answer, so nothing is asked
        Path routine = Files.writeString(dir.resolve("pc.conf"), """
                title = "Pain check"
                pain-check = true
                prepare = 0s
                steps = [ { name = "Hold", time = 1s } ]
                """);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", routine.toString(), "--plain",
                "--mute").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LIMBER_HOME", dir.resolve("home").toString());
        Process p = pb.start();
        String out = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> read(p.getInputStream()));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(out).startsWith("Pain check — 1 step").doesNotContain("hurt");
        assertThat(Files.readString(dir.resolve("home/journal.jsonl")))
                .contains("\"unattended\":true", "\"painBefore\":null,\"painAfter\":null");
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
