package dev.limber.load;

import static dev.limber.load.Fixtures.load;
import static dev.limber.load.Fixtures.onlyError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Picture;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code picture} and {@code picture-alt} on steps and phases. */
class PictureTest {
    @Test
    void aStepAndAPhaseNameTheirFigures() {
        Routine r = load("good/pictures.conf").routine().orElseThrow();
        assertThat(r.steps().get(0).base().picture())
                .contains(new Picture.Figure("knee-hug", Optional.of("Lying on the back, one knee hugged")));
        assertThat(r.steps().get(1).base().picture()).contains(new Picture.Figure("plank", Optional.empty()));
        Step.Cycle heat = (Step.Cycle) r.steps().get(2);
        assertThat(heat.phases().get(0).picture()).contains(new Picture.Figure("heat-pack", Optional.empty()));
        assertThat(r.steps().get(3).base().picture()).isEmpty();
    }

    @Test
    void anUnknownFigureGetsItsLineAndTheNearestName() {
        Problem p = onlyError(load("bad/unknown-figure.conf"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.path()).isEqualTo("steps[0].picture");
        assertThat(p.message()).isEqualTo("no figure \"knee-hgu\"; did you mean knee-hug?");
    }

    @Test
    void anUnknownFigureInAPhaseIsReportedToo() {
        Problem p = onlyError(load("bad/unknown-phase-figure.conf"));
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("no figure \"heat-pak\"; did you mean heat-pack?");
    }

    @Test
    void anImageIsRefusedForNow() {
        Problem p = onlyError(load("bad/image-picture.conf"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).startsWith("image pictures are not supported yet");
    }
}
