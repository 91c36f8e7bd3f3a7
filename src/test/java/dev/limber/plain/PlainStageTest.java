package dev.limber.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.session.FakeTicker;
import dev.limber.term.Answer;
import dev.limber.term.Question;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pain question before a plain session: asked of a person, answered by a script, never of nobody. */
class PlainStageTest {
    private static final Question BEFORE = Question.pain("Back care", true);
    private final StringWriter said = new StringWriter();

    private Answer ask(InputStream in, boolean terminal) {
        PlainStage stage = new PlainStage(new PrintWriter(said), new PrintWriter(new StringWriter()), in,
                () -> terminal, new FakeTicker(), 1);
        return stage.ask(BEFORE);
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void stdinAtItsEndIsAskedNothingAndGivesNoAnswer() {
        assertThat(ask(in(""), false)).isEqualTo(new Answer.None());
        assertThat(said.toString()).isEmpty();
    }

    @Test
    void aScriptsAnswerIsWrittenAfterThePromptAndTheRestLeftForThePlayer() throws Exception {
        InputStream script = in("3\nn\n");
        assertThat(ask(script, false)).isEqualTo(new Answer.Level(3));
        assertThat(said.toString()).isEqualTo(BEFORE.prompt() + " 3\n");
        assertThat(new String(script.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("n\n");
    }

    @Test
    void aPersonAtATerminalSeesThePromptBeforeAnswering() {
        // Ctrl-D at the prompt: they saw it, and chose not to answer
        assertThat(ask(in(""), true)).isEqualTo(new Answer.None());
        assertThat(said.toString()).isEqualTo(BEFORE.prompt() + " \n");
    }
}
