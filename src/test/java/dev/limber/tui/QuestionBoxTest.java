package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.limber.term.Question;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionBoxTest {
    private static final String PAIN = "Pain now, 0-10 (Enter to skip)";

    private static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void typingThenEnterAnswers() {
        QuestionBox q = new QuestionBox(PAIN, "");
        assertThat(q.onKey(ch('1'))).isEmpty();
        assertThat(q.onKey(ch('2'))).isEmpty();
        assertThat(q.onKey(new KeyStroke(KeyType.Backspace))).isEmpty();
        assertThat(q.onKey(new KeyStroke(KeyType.Enter))).contains(Optional.of("1"));
    }

    @Test
    void enterAloneIsAnEmptyAnswerAndEscOrCtrlCIsNone() {
        assertThat(new QuestionBox(PAIN, "").onKey(new KeyStroke(KeyType.Enter))).contains(Optional.of(""));
        assertThat(new QuestionBox(PAIN, "").onKey(new KeyStroke(KeyType.Escape))).contains(Optional.empty());
        assertThat(new QuestionBox(PAIN, "").onKey(new KeyStroke('c', true, false))).contains(Optional.empty());
        assertThat(new QuestionBox(PAIN, "").onKey(new KeyStroke(KeyType.EOF))).contains(Optional.empty());
    }

    @Test
    void controlKeysAreNotTyped() {
        QuestionBox q = new QuestionBox(PAIN, "");
        q.onKey(new KeyStroke('z', true, false));
        q.onKey(new KeyStroke(KeyType.ArrowLeft));
        q.onKey(ch('5'));
        assertThat(q.onKey(new KeyStroke(KeyType.Enter))).contains(Optional.of("5"));
    }

    @Test
    void theQuestionSitsInTheMiddleWithACaret() {
        QuestionBox q = new QuestionBox(PAIN, "");
        assertThat(VirtualScreen.render(40, 12, g -> q.draw(g, Palette.of(Palette.Depth.ANSI16))))
                .isEqualTo(PlayerViewTest.picture(QUESTION_40));
        q.onKey(ch('7'));
        assertThat(VirtualScreen.render(40, 12, g -> q.draw(g, Palette.of(Palette.Depth.ANSI16)))).contains("> 7_");
    }

    @Test
    void whatEscDoesIsInSightOnEveryKindOfQuestionAtTheSmallestSize() {
        for (Question q : List.of(Question.pain("Heat and ice", true),
                Question.yesNo("Play anyway?", true),
                Question.resume("at step 3/9: Bridge", Duration.ofDays(2),
                        Duration.ofHours(12)))) {
            String screen = VirtualScreen.render(40, 12,
                    g -> new QuestionBox(q.prompt(), q.keys()).draw(g, Palette.of(Palette.Depth.ANSI16)));
            assertThat(screen).as(q.prompt()).contains(q.keys()).contains("Esc");
        }
    }

    @Test
    void aNoteSaysWhyTheLastAnswerWasNotTaken() {
        QuestionBox q = new QuestionBox(PAIN, "Give a whole number from 0 to 10");
        assertThat(VirtualScreen.render(60, 12, g -> q.draw(g, Palette.of(Palette.Depth.ANSI16))))
                .contains("Give a whole number from 0 to 10");
        assertThat(VirtualScreen.render(20, 3, g -> q.draw(g, Palette.of(Palette.Depth.ANSI16)))).contains("> _");
    }

    static final String QUESTION_40 = """





                     Pain now, 0-10 (Enter to skip)
                                  > _





                """;

    @Test
    void aLongQuestionIsWrappedSoItsAnswerHintStaysInSight() {
        QuestionBox q = new QuestionBox("Resume at step 3/9 (Extremely long step name for the supine figure-four"
                + " piriformis stretch)? [Y/n]", "");
        for (int[] size : new int[][] {{80, 24}, {40, 12}, {20, 6}, {20, 4}}) {
            String screen = VirtualScreen.render(size[0], size[1], g -> q.draw(g, Palette.of(Palette.Depth.ANSI16)));
            assertThat(screen).as("%dx%d", size[0], size[1]).contains("[Y/n]").contains("> _");
        }
    }
}
