package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PainCheckTest {
    @Test
    void levelsFromZeroToTenAreAnswers() {
        assertThat(PainCheck.parse("0")).isEqualTo(new PainCheck.Answer.Level(0));
        assertThat(PainCheck.parse(" 7 ")).isEqualTo(new PainCheck.Answer.Level(7));
        assertThat(PainCheck.parse("10")).isEqualTo(new PainCheck.Answer.Level(10));
    }

    @Test
    void enterAloneSkips() {
        assertThat(PainCheck.parse("")).isEqualTo(new PainCheck.Answer.Skip());
        assertThat(PainCheck.parse("   ")).isEqualTo(new PainCheck.Answer.Skip());
    }

    @Test
    void anythingElseAsksAgain() {
        for (String bad : new String[] {"11", "-1", "+3", "3.5", "five", "100", "007", "3 4"}) {
            assertThat(PainCheck.parse(bad)).as(bad).isInstanceOf(PainCheck.Answer.Invalid.class);
        }
    }

    @Test
    void theQuestionIsAskedAgainUntilItGetsAnAnswer() throws IOException {
        StringWriter out = new StringWriter();
        OptionalInt pain = PainCheck.ask(lines("twelve\n12\n4\nnot read\n"), new PrintWriter(out));

        assertThat(pain).hasValue(4);
        String said = out.toString();
        assertThat(said).startsWith("Pain now, 0-10 (Enter to skip): ");
        assertThat(said.split(Pattern.quote(PainCheck.PROMPT), -1)).hasSize(4);
        assertThat(said).contains(PainCheck.RETRY);
    }

    @Test
    void closedInputSkipsTheQuestion() throws IOException {
        PrintWriter out = new PrintWriter(new StringWriter());
        assertThat(PainCheck.ask(lines(""), out)).isEmpty();
        assertThat(PainCheck.ask(lines("\n4\n"), out)).isEmpty();
    }

    private static PainCheck.Lines lines(String text) {
        return new BufferedReader(new StringReader(text))::readLine;
    }

    @Test
    void anyLineSourceWillDo() throws IOException {
        Iterator<String> lines = List.of("x", "9").iterator();
        OptionalInt pain = PainCheck.ask(() -> lines.hasNext() ? lines.next() : null,
                new PrintWriter(new StringWriter()));
        assertThat(pain).hasValue(9);
    }

    @Test
    void anUnbufferedAnswerLeavesTheRestOfTheInputForThePlayer() throws IOException {
        InputStream in = new ByteArrayInputStream("7\r\nn\nq\n".getBytes(StandardCharsets.UTF_8));

        OptionalInt pain = PainCheck.ask(PainCheck.Lines.unbuffered(in), new PrintWriter(new StringWriter()));

        assertThat(pain).hasValue(7);
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("n\nq\n");
    }
}
