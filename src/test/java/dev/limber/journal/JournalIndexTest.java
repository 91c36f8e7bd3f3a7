package dev.limber.journal;

import static dev.limber.journal.Sessions.hold;
import static dev.limber.journal.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index beside the journal says only what the journal says: in step after each append, and
 * rebuilt whenever the journal changed behind its back or the index itself is damaged.
 */
class JournalIndexTest {
    @TempDir
    Path dir;

    private Journal journal;
    private Path index;

    @BeforeEach
    void threeFullPlanksAndOneCutShort() throws IOException {
        journal = new Journal(dir.resolve("journal.jsonl"));
        index = dir.resolve("journal.jsonl.index");
        for (int i = 0; i < 3; i++) {
            journal.append(plank(30));
        }
        journal.append(plank(12));
    }

    private static SessionRecord plank(double achieved) {
        return session("core", "2025-03-01T08:00:00Z", true, hold(0, "Plank", null, 1, 30, achieved, false));
    }

    private int fullPlanks() {
        List<String> warned = new ArrayList<>();
        int n = journal.fullSessionsOrWarn(warned::add).count("core", "Plank", Optional.empty(),
                Set.of(new FullSessions.Place(Optional.empty(), 1)));
        assertThat(warned).isEmpty();
        return n;
    }

    private void appendRaw(String text) throws IOException {
        Files.writeString(journal.file(), text, StandardOpenOption.APPEND);
    }

    @Test
    void theIndexIsWrittenBesideTheJournalAndAgreesWithIt() throws IOException {
        assertThat(fullPlanks()).isEqualTo(3);
        assertThat(index).exists();
        assertThat(Files.readString(index)).startsWith("limber journal index 1 ");

        assertThat(journal.fullSessionsOrWarn(w -> { })).isEqualTo(FullSessions.of(journal.read().records()));
        assertThat(fullPlanks()).isEqualTo(3);
    }

    @Test
    void anAppendCountsItsSessionIntoTheIndex() throws IOException {
        fullPlanks();
        journal.append(plank(30));

        assertThat(Files.readString(index)).contains("\"sessions\":4");
        assertThat(fullPlanks()).isEqualTo(4);
    }

    @Test
    void linesAppendedByAnOlderLimberAreCounted() throws IOException {
        fullPlanks();
        appendRaw(SessionJson.line(plank(30)) + "\n");

        assertThat(fullPlanks()).isEqualTo(4);
    }

    @Test
    void aJournalCutShortIsReadAgain() throws IOException {
        fullPlanks();
        List<String> lines = Files.readAllLines(journal.file());
        Files.write(journal.file(), lines.subList(0, 2));

        assertThat(fullPlanks()).isEqualTo(2);
    }

    @Test
    void anEditThatKeepsTheJournalsSizeIsSeen() throws IOException {
        fullPlanks();
        String text = Files.readString(journal.file());
        int at = text.indexOf("\"achieved\":30");
        String edited = text.substring(0, at) + "\"achieved\":29" + text.substring(at + "\"achieved\":30".length());
        Files.writeString(journal.file(), edited);

        assertThat(Files.size(journal.file())).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(fullPlanks()).isEqualTo(2);
    }

    @Test
    void aGarbledIndexIsRebuilt() throws IOException {
        fullPlanks();
        Files.writeString(index, "\u0000garbage{");

        assertThat(fullPlanks()).isEqualTo(3);
        assertThat(Files.readString(index)).startsWith("limber journal index 1 ");
    }

    @Test
    void anIndexEditedToClaimMoreIsNotBelieved() throws IOException {
        fullPlanks();
        Files.writeString(index, Files.readString(index).replace("\"sessions\":3", "\"sessions\":9"));

        assertThat(fullPlanks()).isEqualTo(3);
    }

    @Test
    void anIndexOfTheWrongShapeIsRebuilt() throws IOException {
        fullPlanks();
        String body = "{\"size\":\"big\"}";
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        Files.writeString(index, "limber journal index 1 " + Long.toHexString(crc.getValue()) + "\n" + body);

        assertThat(fullPlanks()).isEqualTo(3);
    }

    @Test
    void aDeletedIndexIsWrittenAgain() throws IOException {
        fullPlanks();
        Files.delete(index);

        assertThat(fullPlanks()).isEqualTo(3);
        assertThat(index).exists();
    }

    @Test
    void theJournalsWarningsAreGivenEachTimeAlsoFromTheIndex() throws IOException {
        appendRaw("{\"v\":1\n");
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        journal.fullSessionsOrWarn(first::add);
        journal.fullSessionsOrWarn(second::add);

        assertThat(first).singleElement().asString().contains("journal.jsonl:5: skipped a line");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void unattendedRunsCountForNothing() throws IOException {
        SessionRecord r = plank(30);
        journal.append(Sessions.withOutcome(r, new Outcome(Status.DONE, 1000, 1, true)));

        assertThat(fullPlanks()).isEqualTo(3);
    }
}
