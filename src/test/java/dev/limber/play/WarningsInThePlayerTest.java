package dev.limber.play;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.load.Problem;
import java.util.List;
import dev.limber.term.Answer;
import org.junit.jupiter.api.Test;

/**
 * A routine's warnings, printed before the full screen opens and then hidden by it, are asked
 * about on the screen before anything plays.
 */
class WarningsInThePlayerTest {
    private static final Problem LONG_HEAT = Problem.warning("--heat 25m", 0,
            "steps[1].phases[0].time", "25m of heat is longer than 20 minutes; heat or ice held longer than that at a"
                    + " time can harm the skin");

    @Test
    void theScreenAsksAboutALongHeatPhaseNamingTheOptionTyped() {
        FakeStage stage = new FakeStage(FakeStage.THROUGH).answering(false);
        assertThat(PlaySession.playDespite(List.of(LONG_HEAT), stage)).isFalse();
        assertThat(stage.asked).containsExactly("Warning: --heat 25m: 25m of heat is longer than 20 minutes; heat or"
                + " ice held longer than that at a time can harm the skin. Play anyway? [Y/n]");
        assertThat(PlaySession.playDespite(List.of(LONG_HEAT), new FakeStage(FakeStage.THROUGH).answering(true))).isTrue();
    }

    @Test
    void escOnTheQuestionStartsNothing() {
        assertThat(PlaySession.playDespite(List.of(LONG_HEAT), new FakeStage(FakeStage.THROUGH).answering(new Answer.Closed())))
                .isFalse();
    }

    @Test
    void thePlainPlayerHasPrintedThemAlreadyAndPlays() {
        assertThat(PlaySession.playDespite(List.of(LONG_HEAT), new FakeStage(FakeStage.THROUGH))).isTrue();
    }

    @Test
    void noWarningsNoQuestion() {
        FakeStage stage = new FakeStage(FakeStage.THROUGH).answering(false);
        assertThat(PlaySession.playDespite(List.of(), stage)).isTrue();
        assertThat(stage.asked).isEmpty();
    }
}
