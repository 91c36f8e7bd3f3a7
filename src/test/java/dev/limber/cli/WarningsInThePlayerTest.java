package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.cue.Cues;
import dev.limber.load.Problem;
import dev.limber.plan.Plan;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.Start;
import dev.limber.term.Answer;
import dev.limber.term.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A routine's warnings, printed before the full screen opens and then hidden by it, are asked
 * about on the screen before anything plays.
 */
class WarningsInThePlayerTest {
    /** A stage that answers its questions as given and remembers them. */
    private static final class Asking implements Stage {
        final List<String> asked = new ArrayList<>();
        final Answer answer;

        Asking(Answer answer) {
            this.answer = answer;
        }

        @Override
        public Answer ask(Question question) {
            asked.add(question.prompt());
            return answer;
        }

        @Override
        public boolean wantsOut() {
            return false;
        }

        @Override
        public Result play(Plan plan, Start start, Consumer<Event> listener, Cues cues) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void summarize(Plan plan, Result result, List<String> notes) {
        }

        @Override
        public void note(String line) {
        }

        @Override
        public void warn(String line) {
        }

        @Override
        public void close() {
        }
    }

    private static final Problem LONG_HEAT = RoutineOpener.asTyped(Problem.warning("--set heat=25m", 0,
            "steps[1].phases[0].time", "25m of heat is longer than 20 minutes; heat or ice held longer than that at a"
                    + " time can harm the skin"), java.util.Map.of("heat", "--heat"));

    @Test
    void theScreenAsksAboutALongHeatPhaseNamingTheOptionTyped() {
        Asking stage = new Asking(new Answer.No());
        assertThat(Playback.playDespite(List.of(LONG_HEAT), stage)).isFalse();
        assertThat(stage.asked).containsExactly("Warning: --heat 25m: 25m of heat is longer than 20 minutes; heat or"
                + " ice held longer than that at a time can harm the skin. Play anyway? [Y/n]");
        assertThat(Playback.playDespite(List.of(LONG_HEAT), new Asking(new Answer.Yes()))).isTrue();
    }

    @Test
    void escOnTheQuestionStartsNothing() {
        assertThat(Playback.playDespite(List.of(LONG_HEAT), new Asking(new Answer.Closed()))).isFalse();
    }

    @Test
    void thePlainPlayerHasPrintedThemAlreadyAndPlays() {
        assertThat(Playback.playDespite(List.of(LONG_HEAT), new Asking(new Answer.None()))).isTrue();
    }

    @Test
    void noWarningsNoQuestion() {
        Asking stage = new Asking(new Answer.No());
        assertThat(Playback.playDespite(List.of(), stage)).isTrue();
        assertThat(stage.asked).isEmpty();
    }
}
