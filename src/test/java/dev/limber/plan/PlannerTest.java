package dev.limber.plan;

import static dev.limber.plan.Steps.base;
import static dev.limber.plan.Steps.pauses;
import static dev.limber.plan.Steps.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Pauses;
import dev.limber.routine.Step;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {

    @Test
    void withEveryPauseAtZeroTheTotalIsTheSumOfTheWork() {
        Plan plan = Steps.plan(Steps.timed("Roll", 120), Steps.paced("Curl", 10, 2, 1, 2), Steps.cycle("Heat/ice", 2, 60, 30),
                Steps.tapped("Bridge", 10), Steps.note("Done"));
        assertThat(plan.total()).isEqualTo(s(120 + 50 + 180));
        assertThat(plan.segments()).noneMatch(Segment::isPause);
    }

    @Test
    void sidesDoubleTheWork() {
        Step.Timed one = Steps.timed(base("Stretch", List.of(), 1, Pauses.NONE), 30);
        Step.Timed two = Steps.timed(base("Stretch", List.of("left", "right"), 1, Pauses.NONE), 30);
        assertThat(Steps.plan(two).total()).isEqualTo(Steps.plan(one).total().multipliedBy(2));
    }

    @Test
    void threeSetsWithFifteenSecondSetRestOnAThirtySecondHoldTotalTwoMinutes() {
        Plan plan = Steps.plan(Steps.timed(base("Hold", List.of(), 3, pauses(0, 0, 0, 15)), 30));
        assertThat(plan.total()).isEqualTo(Duration.ofMinutes(2));
        assertThat(plan.segments()).extracting(Segment::kind).containsExactly(Segment.Kind.WORK,
                Segment.Kind.SET_REST, Segment.Kind.WORK, Segment.Kind.SET_REST, Segment.Kind.WORK);
    }

    @Test
    void setsAreOutermostThenSidesWithSwitchPausesBetweenSidesOnly() {
        Plan plan = Steps.plan(Steps.timed(base("Piriformis", List.of("left", "right"), 2, pauses(5, 10, 5, 20)), 30),
                Steps.timed("Plank", 30));
        assertThat(plan.segments()).extracting(Segment::title).containsExactly(
                "Get ready: Piriformis — LEFT · set 1/2",
                "Piriformis — LEFT · set 1/2",
                "Switch sides → RIGHT",
                "Piriformis — RIGHT · set 1/2",
                "Rest before set 2/2",
                "Piriformis — LEFT · set 2/2",
                "Switch sides → RIGHT",
                "Piriformis — RIGHT · set 2/2",
                "Rest",
                "Plank");
        assertThat(Planner.count(plan.routine())).isEqualTo(plan.size());
    }

    @Test
    void noRestAfterTheLastStepAndNoneAfterANote() {
        Step.Note intro = new Step.Note(base("Intro", List.of(), 1, pauses(5, 10, 0, 0)));
        Step.Timed hold = Steps.timed(base("Hold", List.of(), 1, pauses(0, 10, 0, 0)), 30);
        Plan plan = Steps.plan(intro, hold, hold);
        assertThat(plan.segments()).extracting(Segment::kind).containsExactly(Segment.Kind.NOTE, Segment.Kind.WORK,
                Segment.Kind.REST, Segment.Kind.WORK);
    }

    @Test
    void aCycleExpandsRoundsOfPhasesWithTheirTones() {
        Plan plan = Steps.plan(Steps.cycle("Contrast", 2, 180, 60));
        assertThat(plan.segments()).extracting(Segment::label).containsExactly("Contrast: Heat · round 1/2",
                "Contrast: Ice · round 1/2", "Contrast: Heat · round 2/2", "Contrast: Ice · round 2/2");
        assertThat(plan.segments()).extracting(seg -> seg.tone().word()).containsExactly("warm", "cold", "warm",
                "cold");
    }

    @Test
    void pacedRepsLastTheirTempoTimesTheRepsAndTappedRepsHaveNoPlannedTime() {
        Plan plan = Steps.plan(Steps.paced("Curl", 10, 2, 1, 2), Steps.tapped("Bridge", 12));
        assertThat(plan.get(0).length()).contains(s(50));
        assertThat(plan.get(1).length()).isEmpty();
        assertThat(plan.get(1).reps()).isEqualTo(12);
    }

    @Test
    void countSaturatesInsteadOfOverflowing() {
        Step.Cycle huge = new Step.Cycle(base("Huge", List.of("a", "b"), 1000, Pauses.NONE),
                java.util.Collections.nCopies(1000, new dev.limber.routine.Phase("p", s(1), Optional.empty(),
                        Optional.empty())), 1000);
        assertThat(Planner.count(Steps.routine(huge))).isGreaterThan(Planner.MAX_SEGMENTS);
    }
}
