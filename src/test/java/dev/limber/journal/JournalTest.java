package dev.limber.journal;

import static dev.limber.journal.Sessions.full;
import static dev.limber.journal.Sessions.reps;
import static dev.limber.journal.Sessions.session;
import static dev.limber.journal.Sessions.titled;
import static dev.limber.journal.Sessions.withPain;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    static SessionRecord numbered(String prefix, int n) {
        return titled(session("race", "2025-03-01T08:00:00+01:00", true, full(0, "Plank", null, 1, 30)),
                prefix + " " + n);
    }

    @Test
    void aSessionReadsBackAsItWasWritten() throws IOException {
        SessionRecord r = withPain(titled(session("sciatica", "2025-03-01T23:50:00+01:00", false,
                full(0, "Piriformis, \"deep\"", "left", 1, 45), Sessions.hold(0, "Piriformis", "right", 1, 45, 12.5, true),
                reps(1, "Curl", 10, 7)), "Sciatica — relief ✓"), 4, null);
        Journal journal = new Journal(dir.resolve("deep/er/journal.jsonl"));

        journal.append(r);
        Journal.Contents read = journal.read();

        assertThat(read.warnings()).isEmpty();
        assertThat(read.records()).containsExactly(r);
    }

    @Test
    void readingForProgressionWarnsInsteadOfFailing() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        Files.writeString(file, SessionJson.line(numbered("s", 0)) + "\n{\"v\":1\n");
        List<String> warned = new ArrayList<>();

        assertThat(new Journal(file).fullSessionsOrWarn(warned::add))
                .isEqualTo(FullSessions.of(List.of(numbered("s", 0))));
        assertThat(warned).singleElement().asString().contains(":2: ");

        warned.clear();
        Files.createDirectories(dir.resolve("folder"));
        assertThat(new Journal(dir.resolve("folder")).fullSessionsOrWarn(warned::add)).isEqualTo(FullSessions.empty());
        assertThat(warned).singleElement().asString().startsWith("cannot read the journal ");
    }

    @Test
    void aNewJournalIsReadableByItsOwnerOnly() throws IOException {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        journal.append(numbered("s", 0));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.file())))
                .isEqualTo("rw-------");
    }

    @Test
    void aMissingJournalIsEmpty() throws IOException {
        Journal.Contents read = new Journal(dir.resolve("none.jsonl")).read();
        assertThat(read.records()).isEmpty();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aTornLastLineIsSkippedWithOneWarningNamingItsLine() throws IOException {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        for (int i = 0; i < 3; i++) {
            journal.append(numbered("s", i));
        }
        String whole = SessionJson.line(numbered("s", 3));
        Files.writeString(journal.file(), whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);

        Journal.Contents read = journal.read();

        assertThat(read.records()).extracting(SessionRecord::title).containsExactly("s 0", "s 1", "s 2");
        assertThat(read.warnings()).hasSize(1);
        assertThat(read.warnings().get(0)).startsWith(journal.file() + ":4: ");
    }

    @Test
    void aLineAppendedAfterATornOneIsKept() throws IOException {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        journal.append(numbered("s", 0));
        Files.writeString(journal.file(), "{\"v\":1,\"routine\":\"to", StandardOpenOption.APPEND);

        journal.append(numbered("s", 1));
        Journal.Contents read = journal.read();

        assertThat(read.records()).extracting(SessionRecord::title).containsExactly("s 0", "s 1");
        assertThat(read.warnings()).singleElement().asString().contains(":2: ");
    }

    @Test
    void anInvalidLineInTheMiddleLosesNothingAroundIt() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        Files.writeString(file, SessionJson.line(numbered("s", 0)) + "\n"
                + "{\"v\":1,\"routine\":\"x\",\"painBefore\":11}\n"
                + "\n"
                + SessionJson.line(numbered("s", 2)) + "\n", StandardCharsets.UTF_8);

        Journal.Contents read = new Journal(file).read();

        assertThat(read.records()).extracting(SessionRecord::title).containsExactly("s 0", "s 2");
        assertThat(read.warnings()).singleElement().asString().startsWith(file + ":2: ");
    }

    @Test
    void aLargeJournalKeepsItsOrderAndTheLineNumbersOfItsBadLines() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        StringBuilder text = new StringBuilder();
        List<Integer> badLines = List.of(1, 2500, 4001, 7999);
        int n = 0;
        for (int line = 1; line <= 8000; line++) {
            text.append(badLines.contains(line) ? "{\"torn\":" : SessionJson.line(numbered("s", n++))).append('\n');
        }
        assertThat(text.length()).as("spans several chunks").isGreaterThan(2 << 20);
        Files.writeString(file, text);

        Journal.Contents read = new Journal(file).read();

        assertThat(read.records()).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(read.records().get(i).title()).isEqualTo("s " + i);
        }
        assertThat(read.warnings()).extracting(w -> w.substring(file.toString().length() + 1, w.indexOf(": ")))
                .containsExactly("1", "2500", "4001", "7999");
    }

    @Test
    void twoProcessesAppendingAtOnceBothLandEveryLine() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Journal journal = new Journal(file);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JournalAppender.class.getName(), file.toString(),
                "proc", "500")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("appender.log").toFile())
                .start();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int from = t * 125;
                done.add(pool.submit(() -> {
                    for (int i = from; i < from + 125; i++) {
                        journal.append(numbered("thread", i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(other.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(other.exitValue()).as(Files.readString(dir.resolve("appender.log"))).isZero();

        Journal.Contents read = journal.read();

        assertThat(read.warnings()).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(1000);
        Set<String> titles = new HashSet<>();
        read.records().forEach(r -> titles.add(r.title()));
        for (int i = 0; i < 500; i++) {
            assertThat(titles).contains("proc " + i, "thread " + i);
        }
    }

    @Test
    void aLineLongerThanTheCapIsSkippedAndTheLinesAroundItKept() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        byte[] longLine = new byte[JournalLines.MAX_LINE_BYTES + 1];
        java.util.Arrays.fill(longLine, (byte) 'x');
        try (var out = Files.newOutputStream(file)) {
            out.write((SessionJson.line(numbered("s", 0)) + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(longLine);
            out.write(("\n" + SessionJson.line(numbered("s", 1)) + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(longLine);
        }

        Journal.Contents read = new Journal(file).read();

        assertThat(read.records()).extracting(SessionRecord::title).containsExactly("s 0", "s 1");
        assertThat(read.warnings()).containsExactly(
                file + ":2: skipped a line that is not a whole session (longer than 16 MiB)",
                file + ":4: skipped a line that is not a whole session (longer than 16 MiB)");
    }

    @Test
    void onlyTheFirstFewBadLinesAreWarnedAboutAndTheRestCounted() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        StringBuilder text = new StringBuilder(SessionJson.line(numbered("s", 0))).append('\n');
        for (int i = 0; i < 20_000; i++) {
            text.append("{\"v\":1,\"routine\":\"").append("x".repeat(100)).append("\"}\n");
        }
        assertThat(text.length()).as("spans several chunks").isGreaterThan(2 << 20);
        Files.writeString(file, text);

        Journal.Contents read = new Journal(file).read();

        assertThat(read.records()).hasSize(1);
        assertThat(read.warnings()).hasSize(5 + 1);
        for (int i = 0; i < 5; i++) {
            assertThat(read.warnings().get(i)).startsWith(file + ":" + (i + 2) + ": skipped a line");
        }
        assertThat(read.warnings().get(5))
                .isEqualTo(file + ": … and 19,995 more lines skipped that are not whole sessions");
    }
}
