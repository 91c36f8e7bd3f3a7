package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The build's training run for the class-data archive completes. The build does not stop when it
 * fails (the archive is an optimisation), so without this a broken rehearsal would only show as
 * slower starts.
 */
class RehearsalTest {
    @Test
    void theTrainingRunForTheArchiveCompletes() {
        InputStream in = System.in;
        try {
            assertThatCode(() -> Rehearsal.main(new String[0])).doesNotThrowAnyException();
        } finally {
            System.setIn(in);
        }
    }
}
