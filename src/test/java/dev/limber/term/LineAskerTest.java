package dev.limber.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineAskerTest {
    private static final Question PAIN = Question.pain("Back care", true);

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer ask(Question q, String typed, StringWriter said) {
        return new LineAsker(new LineInput(in(typed)), new PrintWriter(said)).ask(q);
    }

    @Test
    void theQuestionIsAskedAgainUntilItGetsAnAnswer() {
        StringWriter said = new StringWriter();
        assertThat(ask(PAIN, "twelve\n12\n4\nnot read\n", said)).isEqualTo(new Answer.Level(4));
        assertThat(said.toString()).startsWith("Before Back care: how much does it hurt (0-10)? Enter skips ");
        assertThat(said.toString().split(Pattern.quote(PAIN.prompt()), -1)).hasSize(4);
        assertThat(said.toString()).contains(PAIN.retry());
    }

    @Test
    void theEndOfInputIsNobodyThere() {
        assertThat(ask(PAIN, "", new StringWriter())).isEqualTo(new Answer.None());
        assertThat(ask(Question.yesNo("Start anyway?", false), "sure\n", new StringWriter()))
                .isEqualTo(new Answer.None());
    }

    @Test
    void enterAloneSkipsThePainQuestionAndTakesTheDefaultOfAYesNoOne() {
        assertThat(ask(PAIN, "\n4\n", new StringWriter())).isEqualTo(new Answer.Skip());
        assertThat(ask(Question.yesNo("?", false), "\n", new StringWriter())).isEqualTo(new Answer.No());
        assertThat(ask(Question.yesNo("?", false), "Y", new StringWriter())).isEqualTo(new Answer.Yes());
    }

    @Test
    void anyLineSourceWillDo() {
        Iterator<String> lines = List.of("x", "9").iterator();
        Answer a = new LineAsker(() -> lines.hasNext() ? lines.next() : null, new PrintWriter(new StringWriter()))
                .ask(PAIN);
        assertThat(a.level()).hasValue(9);
    }

    @Test
    void anAnswerLeavesTheRestOfTheInputForThePlayer() throws Exception {
        InputStream stdin = in("yes\r\nn\np\n");
        StringWriter said = new StringWriter();
        Answer a = new LineAsker(new LineInput(stdin), new PrintWriter(said))
                .ask(Question.yesNo("Heat for 45m?", false));
        assertThat(a).isEqualTo(new Answer.Yes());
        assertThat(new String(stdin.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("n\np\n");
        assertThat(said.toString()).isEqualTo("Heat for 45m? [y/N] ");
    }
}
