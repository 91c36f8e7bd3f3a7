package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a completed session by its id, reading the journal a block at a time. */
class JournalSearchTest {
    @TempDir
    Path dir;

    private static SessionRecord done(String session, boolean completed, int segments) {
        return Sessions.withSession(Sessions.session("back", "2025-03-01T08:00:00Z", completed,
                IntStream.range(0, segments).mapToObj(i -> Sessions.full(i, "Hold " + i, "left", 1, 30))
                        .toArray(SegmentRecord[]::new)), session);
    }

    @Test
    void aCompletedSessionIsFoundByItsWholeIdAmongManyBlocksOfLines() throws IOException {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        for (int i = 0; i < 300; i++) {
            journal.append(done("s" + i, i % 2 == 0, 3));
        }
        // One line longer than a block of the scan.
        journal.append(done("long", true, 2_000));
        journal.append(done("last", true, 1));
        assertThat(Files.size(journal.file())).isGreaterThan(4 * 65_536);

        assertThat(journal.recordsCompleted("s0")).isTrue();
        assertThat(journal.recordsCompleted("s298")).isTrue();
        assertThat(journal.recordsCompleted("s299")).as("quit, not completed").isFalse();
        assertThat(journal.recordsCompleted("long")).isTrue();
        assertThat(journal.recordsCompleted("last")).isTrue();
        assertThat(journal.recordsCompleted("s")).as("a prefix of ids is not an id").isFalse();
        assertThat(journal.recordsCompleted("s2999")).isFalse();
        assertThat(new Journal(dir.resolve("none.jsonl")).recordsCompleted("s0")).isFalse();
    }

    @Test
    void anIdIsFoundWhereverABlockEndsInIt() throws IOException {
        String line = SessionJson.line(done("0123456789abcdef0123456789abcdef", true, 1));
        for (int cut = 0; cut < 60; cut++) {
            // A bad line of filler, so that the block ends at each place in the id's key and value.
            int filler = 65_536 - "{\"v\":1,".length() - cut - 1;
            Path file = Files.writeString(dir.resolve("j" + cut + ".jsonl"), "x".repeat(filler) + "\n" + line + "\n");
            assertThat(new Journal(file).recordsCompleted("0123456789abcdef0123456789abcdef")).as("cut %d", cut)
                    .isTrue();
        }
    }
}
