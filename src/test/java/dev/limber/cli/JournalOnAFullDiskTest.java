package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.limber.journal.Journal;
import dev.limber.journal.Outcome;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber run} in its own process where the journal cannot grow past 12 KiB ({@code ulimit
 * -f}, which fails a write partway as a full disk does): the session's line is cut off again, and
 * the run ends with exit 1 and the reason.
 */
class JournalOnAFullDiskTest {
    private static final int LIMIT = 12 * 1024;

    @TempDir
    Path dir;

    @Test
    void aJournalLineThatDoesNotFitLeavesNoFragmentAndExitsOneWithTheReason() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "no bash for ulimit");
        Path routine = Files.writeString(dir.resolve("t.conf"), """
                title = "T"
                prepare = 0s
                steps = [ { name = "Hold", time = 1s } ]
                """);
        Path journal = dir.resolve("home/journal.jsonl");
        Journal j = new Journal(journal);
        OffsetDateTime t = OffsetDateTime.parse("2025-03-02T08:00:00Z");
        j.append(new SessionRecord("back", "Back care", t, t.plusMinutes(12), Duration.ofMinutes(12),
                Duration.ofMinutes(11), true, OptionalInt.empty(), OptionalInt.empty(), List.of(), Optional.empty(),
                new Outcome(Status.DONE, 1000, 0, false)));
        // A blank line (readers skip it) brings the journal to 100 bytes short of the limit.
        Files.writeString(journal, " ".repeat((int) (LIMIT - 101 - Files.size(journal))) + "\n",
                StandardOpenOption.APPEND);
        long before = Files.size(journal);

        ProcessBuilder pb = RealProgram.builder(dir.resolve("home"), List.of(bash.toString(), "-c",
                "ulimit -f " + LIMIT / 1024
                + " && exec \"$@\"", "limber", RealProgram.java(),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                routine.toString(), "--plain", "--mute"));
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        try {
            CompletableFuture<String> err = CompletableFuture.supplyAsync(
                    () -> RealProgram.read(p.getErrorStream()));
            String out = RealProgram.read(p.getInputStream());
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("a guard against a hang").isTrue();
            String errText = err.get(1, TimeUnit.MINUTES);

            assertThat(out).contains("Finished: done 1");
            assertThat(p.exitValue()).as(errText).isEqualTo(1);
            assertThat(errText).contains("limber: could not write the journal " + journal + ": File too large")
                    .doesNotContain("\tat ");
            assertThat(Files.size(journal)).as("the torn line is cut off").isEqualTo(before);
            Journal.Contents read = j.read();
            assertThat(read.warnings()).isEmpty();
            assertThat(read.records()).hasSize(1);
        } finally {
            p.destroyForcibly();
        }
    }
}
