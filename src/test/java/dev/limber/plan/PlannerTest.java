package dev.limber.plan;

import static dev.limber.plan.Steps.base;
import static dev.limber.plan.Steps.pauses;
import static dev.limber.plan.Steps.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Pauses;
import dev.limber.routine.Phase;
import dev.limber.routine.Picture;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.routine.Tone;
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
    void aSwapComesBetweenPhasesOnlyAndCarriesTheWordsOfTheChange() {
        Step.Cycle c = Steps.cycle("Heat/ice", 2, 60, 60);
        Step.Cycle withSwap = new Step.Cycle(base("Heat/ice", List.of("left", "right"), 1, Pauses.NONE), List.of(
                new Phase("Heat", s(60), Optional.empty(), Optional.of(Tone.WARM), Optional.empty(), Optional.empty(),
                        Optional.of("Take the heat pack off.")),
                c.phases().get(1)), 2, Swap.WAIT, SkinCheck.DEFAULT);
        Plan plan = Steps.plan(withSwap);
        assertThat(plan.segments()).extracting(Segment::kind).containsExactly(
                Segment.Kind.PHASE, Segment.Kind.SWAP, Segment.Kind.PHASE, Segment.Kind.SWAP, Segment.Kind.PHASE,
                Segment.Kind.SWAP, Segment.Kind.PHASE, // left
                Segment.Kind.PHASE, Segment.Kind.SWAP, Segment.Kind.PHASE, Segment.Kind.SWAP, Segment.Kind.PHASE,
                Segment.Kind.SWAP, Segment.Kind.PHASE); // right
        assertThat(Planner.count(plan.routine())).isEqualTo(plan.size());
        assertThat(plan.total()).as("a swap that waits adds no planned time").isEqualTo(s(8 * 60));
        Segment first = plan.get(1);
        assertThat(first.isPause()).isTrue();
        assertThat(first.length()).isEmpty();
        assertThat(first.title()).isEqualTo("Swap → Ice");
        assertThat(first.pack().orElseThrow().swap())
                .isEqualTo("Take the heat pack off. Put the ice on, then press Enter.");
        assertThat(plan.get(3).pack().orElseThrow().swap())
                .isEqualTo("Ice is done: take it off. Put the heat on, then press Enter.");
        assertThat(plan.get(0).pack().orElseThrow().offNow()).isEqualTo("Take the heat pack off now.");
        assertThat(plan.get(0).pack().orElseThrow().skinCheck()).contains(Duration.ofMinutes(5));
    }

    @Test
    void onlyWarmAndColdWorkHasAPack() {
        Step.Cycle coldOff = new Step.Cycle(StepBase.named("Cold off"), List.of(new Phase("Ice", s(60),
                Optional.empty(), Optional.of(Tone.COLD), Optional.of(SkinCheck.OFF), Optional.empty(),
                Optional.empty())), 1, Swap.NONE, SkinCheck.DEFAULT);
        Plan plan = Steps.plan(Steps.timed("Stretch", 60),
                Steps.timed(new StepBase("Hot towel", Optional.empty(), List.of(), 1, Pauses.NONE, Optional.of(Tone.WARM)), 60), coldOff);
        assertThat(plan.get(0).pack()).isEmpty();
        assertThat(plan.get(1).pack().orElseThrow().offNow()).isEqualTo("Hot towel is done: take it off now.");
        assertThat(plan.get(2).pack().orElseThrow().skinCheck()).isEmpty();
    }

    @Test
    void pacedRepsLastTheirTempoTimesTheRepsAndTappedRepsHaveNoPlannedTime() {
        Plan plan = Steps.plan(Steps.paced("Curl", 10, 2, 1, 2), Steps.tapped("Bridge", 12));
        assertThat(plan.get(0).length()).contains(s(50));
        assertThat(plan.get(1).length()).isEmpty();
        assertThat(plan.get(1).body()).isEqualTo(new Segment.Reps(12, Optional.empty()));
    }

    /** 1,000 sets × 2 sides × 1,000 rounds × 1,000 phases, no pauses: far too many to walk. */
    private static Step.Cycle huge() {
        return new Step.Cycle(base("Huge", List.of("a", "b"), 1000, Pauses.NONE),
                java.util.Collections.nCopies(1000, new dev.limber.routine.Phase("p", s(1), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())), 1000, Swap.NONE,
                SkinCheck.DEFAULT);
    }

    @Test
    void countSaturatesInsteadOfOverflowing() {
        assertThat(Planner.count(Steps.routine(huge()))).isGreaterThan(Planner.MAX_SEGMENTS);
    }

    @Test
    void countWalksTwoOfEachRepeatAndMultipliesExactly() {
        assertThat(Planner.count(Steps.routine(huge()))).isEqualTo(2_000_000_000L);
    }

    @Test
    void aStepsPictureIsOnItsWorkAndThePausesLeadingIntoItButNotOnTheRestAfter() {
        Picture hug = new Picture.Figure("knee-hug", Optional.empty());
        StepBase b = base("Knee hug", List.of("left", "right"), 1, pauses(5, 10, 5, 0));
        Plan plan = Planner.plan(Steps.routine(Steps.timed(new StepBase(b.name(), b.how(), b.sides(), b.sets(), b.pauses(),
                b.tone(), Optional.of(hug)), 30), Steps.timed("Next", 30)));
        assertThat(plan.segments()).extracting(seg -> seg.kind() + ":" + seg.picture().isPresent())
                .containsExactly("PREPARE:true", "WORK:true", "SWITCH:true", "WORK:true", "REST:false",
                        "WORK:false");
    }
}
