package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every step of every built-in routine shows a figure, and every phase of a cycle too. */
class BuiltInPicturesTest {
    @TempDir
    Path tmp;

    @Test
    void everyBuiltInStepHasAPicture() throws IOException {
        RoutineLibrary lib = new RoutineLibrary(Files.createDirectories(tmp.resolve("local")),
                Files.createDirectories(tmp.resolve("user")));
        assertThat(lib.list()).isNotEmpty();
        for (RoutineLibrary.Entry e : lib.list()) {
            LoadResult r = new RoutineLoader().load(e.file());
            assertThat(r.errors()).as(e.file().display()).isEmpty();
            Routine routine = r.routine().orElseThrow();
            for (Step s : routine.steps()) {
                assertThat(s.base().picture()).as(e.file().display() + ": " + s.base().name()).isPresent();
                if (s instanceof Step.Cycle c) {
                    for (Phase p : c.phases()) {
                        assertThat(p.picture()).as(e.file().display() + ": " + p.name()).isPresent();
                    }
                }
            }
        }
    }
}
