package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.io.DataFile;
import dev.limber.io.Fifos;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.routine.Pauses;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIFO, a device or a folder where the journal or a resume file should be: refused with a
 * reason, never opened. The timeouts only guard against a hang: the old code waited on a FIFO for
 * ever and read {@code /dev/zero} until the memory ran out.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NotARegularFileTest {
    @TempDir
    Path dir;

    private List<Path> notFiles(String name) throws Exception {
        return List.of(Fifos.make(dir.resolve("fifo").resolve(name)), Fifos.devZero(dir.resolve("zero").resolve(name)),
                Files.createDirectories(dir.resolve("folder").resolve(name)));
    }

    @Test
    void aJournalThatIsNotARegularFileIsNeitherReadNorWritten() throws Exception {
        for (Path p : notFiles("journal.jsonl")) {
            Journal journal = new Journal(p);
            assertThatThrownBy(journal::read).as(p.toString()).isInstanceOf(DataFile.NotRegular.class)
                    .hasMessage(p + ": not a regular file");
            List<String> warned = new ArrayList<>();
            assertThat(journal.fullSessionsOrWarn(warned::add)).isEqualTo(FullSessions.empty());
            assertThat(warned).containsExactly("cannot read the journal " + p + ": not a regular file");
            assertThat(journal.cannotWrite()).contains("not a regular file");
            assertThatThrownBy(() -> journal.append(JournalTest.numbered("s", 0)))
                    .isInstanceOf(DataFile.NotRegular.class);
        }
    }

    @Test
    void aResumeFileThatIsNotARegularFileIsIgnoredWithANote() throws Exception {
        Plan plan = Planner.plan(new Routine("back", "Back", Optional.empty(), List.of(), false, Map.of(),
                List.of(new Step.Timed(StepBase.named("Hold").withPauses(Pauses.NONE), Duration.ofSeconds(30),
                        Optional.empty()))));
        for (String kind : List.of("fifo", "zero", "folder")) {
            ResumeStore store = new ResumeStore(dir.resolve(kind), new Journal(dir.resolve("journal.jsonl")), Clock.systemUTC());
            Path file = store.fileFor("back");
            switch (kind) {
                case "fifo" -> Fifos.make(file);
                case "zero" -> Fifos.devZero(file);
                default -> Files.createDirectories(file);
            }
            ResumeStore.Lookup found = store.find(plan);
            assertThat(found.point()).as(kind).isEmpty();
            assertThat(found.note()).as(kind).contains("ignored the unfinished session of back: " + file
                    + " is unreadable (not a regular file).");
        }
    }
}
