package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The build's training run for the class-data archive goes through what a start of {@code run}
 * does. The build does not stop when it fails (the archive is an optimisation), so without this a
 * broken training would only show as slower starts.
 */
class ArchiveTrainingTest {
    @Test
    void itShowsChecksAndPlaysTheRoutineAndDrawsItsScreen() throws Exception {
        InputStream in = System.in;
        StringWriter text = new StringWriter();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try {
            ArchiveTraining.train(new PrintWriter(text, true), screen, true);
        } finally {
            System.setIn(in);
        }
        assertThat(text.toString()).as("show").contains("Sciatica relief  (routines/sciatica-relief.conf)")
                .as("check").contains("routines: all good")
                .as("a whole plain session").contains("[2/9] Foam roll: buttock — LEFT").contains("Finished: done 14");
        assertThat(screen.toString(StandardCharsets.UTF_8)).as("the full screen").contains("Sciatica relief");
    }
}
