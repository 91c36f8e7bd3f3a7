package dev.limber.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MotionTest {
    private final Figure curl = Figures.named("ab-curl").orElseThrow();

    @Test
    void upMovesFromTheFirstPoseToTheSecond() {
        assertThat(Motion.step("up", 0)).isZero();
        assertThat(Motion.step("up", 0.5)).isEqualTo(Motion.STEPS / 2);
        assertThat(Motion.step("up", 1)).isEqualTo(Motion.STEPS);
    }

    @Test
    void holdStaysAtTheSecondPoseAndDownComesBack() {
        assertThat(Motion.step("hold", 0)).isEqualTo(Motion.STEPS);
        assertThat(Motion.step("hold", 0.9)).isEqualTo(Motion.STEPS);
        assertThat(Motion.step("down", 0)).isEqualTo(Motion.STEPS);
        assertThat(Motion.step("down", 1)).isZero();
    }

    @Test
    void aOneBeatTempoGoesThereAndBack() {
        assertThat(Motion.step("rep", 0)).isZero();
        assertThat(Motion.step("rep", 0.5)).isEqualTo(Motion.STEPS);
        assertThat(Motion.step("rep", 1)).isZero();
    }

    @Test
    void theEndsOfTheMotionAreTheFiguresOwnPoses() {
        assertThat(Motion.pose(curl, 0).joints()).isEqualTo(curl.poses().get(0).pose().joints());
        Pose top = Motion.pose(curl, Motion.STEPS);
        assertThat(top.joints().get(Joint.HEAD).y()).isCloseTo(curl.poses().get(1).pose().joints().get(Joint.HEAD).y(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theHeadRisesStepByStepDuringAnAbCurl() {
        double last = -1;
        for (int s = 0; s <= Motion.STEPS; s++) {
            double y = Motion.pose(curl, s).joints().get(Joint.HEAD).y();
            assertThat(y).isGreaterThan(last);
            last = y;
        }
    }

    @Test
    void aStillFigureKeepsItsPose() {
        Figure plank = Figures.named("plank").orElseThrow();
        assertThat(Motion.pose(plank, 3)).isEqualTo(plank.poses().get(0).pose());
    }

    @Test
    void theFiguresThatMoveArePacedOnes() {
        for (String name : new String[] {"ab-curl", "cat-cow", "bird-dog", "pelvic-tilt", "calf-raise"}) {
            assertThat(Figures.named(name).orElseThrow().moves()).as(name).isTrue();
        }
    }
}
