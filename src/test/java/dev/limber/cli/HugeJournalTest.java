package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.GenerateJournal;
import dev.limber.journal.Journal;
import dev.limber.journal.Outcome;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Status;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code limber history} in its own process, with less memory than the journal is large: the
 * journal is read as a stream, so it is never held whole; when its sessions themselves do not
 * fit, one line says so instead of an internal error.
 */
class HugeJournalTest {
    @TempDir
    Path dir;

    record Ran(int code, String out, String err) {
    }

    private Ran history(String maxHeap) throws Exception {
        ProcessBuilder pb = RealProgram.builder(dir.resolve("home"), List.of(RealProgram.java(),
                "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "history"));
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        try {
            CompletableFuture<String> err = CompletableFuture.supplyAsync(
                    () -> RealProgram.read(p.getErrorStream()));
            String out = RealProgram.read(p.getInputStream());
            // A guard against a hang, not a measure of speed.
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            return new Ran(p.exitValue(), out, err.get(1, TimeUnit.MINUTES));
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aJournalLargerThanTheMemoryIsReadAsAStreamWithItsBadLinesCounted() throws Exception {
        Path journal = dir.resolve("home/journal.jsonl");
        OffsetDateTime t = OffsetDateTime.parse("2025-03-02T08:00:00Z");
        new Journal(journal).append(new SessionRecord("back", "Back care", t, t.plusMinutes(12),
                Duration.ofMinutes(12), Duration.ofMinutes(11), true, OptionalInt.empty(), OptionalInt.empty(),
                List.of(), Optional.empty(),
                new Outcome(Status.DONE, 1000, 0, false)));
        // 60 MB of lines that are not sessions, e.g. from another program writing to the file.
        byte[] bad = ("{\"v\":1,\"note\":\"" + "x".repeat(180) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[bad.length * 1000];
        for (int i = 0; i < 1000; i++) {
            System.arraycopy(bad, 0, block, i * bad.length, bad.length);
        }
        try (OutputStream out = Files.newOutputStream(journal, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < 300; i++) {
                out.write(block);
            }
        }
        assertThat(Files.size(journal)).isGreaterThan(50L << 20);

        Ran ran = history("32m");

        assertThat(ran.code()).as(ran.err()).isZero();
        assertThat(ran.out()).startsWith("1 session (1 done, 0 partial, 0 quit)");
        List<String> warnings = ran.err().lines().toList();
        assertThat(warnings).hasSize(6);
        assertThat(warnings.get(0)).isEqualTo("limber: " + journal
                + ":2: skipped a line that is not a whole session (\"routine\" is missing)");
        assertThat(warnings.get(5)).isEqualTo("limber: " + journal
                + ": … and 299,995 more lines skipped that are not whole sessions");
    }

    @Test
    void sessionsThatDoNotFitInTheMemoryAreOneClearLine() throws Exception {
        Path journal = dir.resolve("home/journal.jsonl");
        GenerateJournal.main(new String[] {journal.toString(), "12000"});

        Ran ran = history("24m");

        assertThat(ran.code()).isEqualTo(1);
        assertThat(ran.err()).isEqualTo("limber: the journal " + journal + " holds more sessions than fit in this"
                + " much memory (LIMBER_JAVA_OPTS=-Xmx1g gives more)" + System.lineSeparator());
    }
}
