package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Steps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The archive's training draws what a real start draws, without a terminal: if it drew nothing,
 * the archive would miss the drawing classes and the first frame would only be slower.
 */
class ScreenTrainingTest {
    @Test
    void itDrawsThePlayerTheSummaryTheQuestionAndThePicker() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ScreenTraining.run(Steps.plan(Steps.timed("Hold", 30), Steps.paced("Curl", 3, 1, 1, 1)), out);

        String drawn = out.toString(StandardCharsets.UTF_8);
        assertThat(drawn).as("the player, on the alternate screen").startsWith("\u001b[?1049h").contains("Hold");
        assertThat(drawn).as("the summary and the picker").contains("Test routine");
        assertThat(drawn).as("the pain question").contains("how much does it hurt (0-10)");
        assertThat(drawn).as("back on the main screen").contains("\u001b[?1049l");
    }
}
