package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.plan.Steps;
import dev.limber.routine.Pauses;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void countsWorkNotPausesAsDoneCutShortSkippedAndNotReached() {
        StepBase hold = StepBase.named("Hold").withPauses(Pauses.NONE.withRest(Duration.ofSeconds(10)));
        List<Step> steps = List.of(new Step.Timed(hold, Duration.ofSeconds(30), Optional.empty()),
                new Step.Timed(hold, Duration.ofSeconds(30), Optional.empty()),
                new Step.Timed(hold, Duration.ofSeconds(30), Optional.empty()),
                new Step.Timed(hold, Duration.ofSeconds(30), Optional.empty()));
        Plan plan = Planner.plan(new Routine("r", "Routine", Optional.empty(), List.of(), false, Map.of(), steps));
        // hold, rest, hold, rest, hold, rest, hold: done, rest, skipped, rest, cut short by a quit
        List<SegmentResult> played = List.of(
                new SegmentResult(plan.get(0), Duration.ofSeconds(30), 0, false),
                new SegmentResult(plan.get(1), Duration.ofSeconds(10), 0, false),
                new SegmentResult(plan.get(2), Duration.ofSeconds(3), 0, true),
                new SegmentResult(plan.get(3), Duration.ofSeconds(10), 0, false),
                new SegmentResult(plan.get(4), Duration.ofSeconds(12), 0, false));
        Result result = new Result(0, 1, Duration.ofSeconds(65), false, 4, played);

        Summary s = Summary.of(plan, result, List.of("note"));

        assertThat(s.done()).isEqualTo(1);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.cutShort()).isEqualTo(1);
        assertThat(s.notReached()).isEqualTo(1);
        assertThat(s.completed()).isFalse();
        assertThat(s.active()).isEqualTo(Duration.ofSeconds(65));
    }

    @Test
    void countsStepsAndSidesNotTheirSetsAndPauses() {
        // Stretch: left and right, in two sets (four pieces of work); then a plank
        Plan plan = Steps.plan(Steps.timed(Steps.base("Stretch", List.of("left", "right"), 2, Steps.pauses(5, 10, 5, 15)), 30),
                Steps.timed("Plank", 30));
        FakeTicker clock = new FakeTicker();
        Session session = new Session(plan);
        session.start(clock.nanos());
        clock.advanceSeconds(5 + 30 + 5 + 30 + 15 + 10);
        session.tick(clock.nanos());
        session.apply(Command.NEXT, clock.nanos()); // in set 2's left side: the rest of the stretch is skipped
        clock.advanceSeconds(35);
        session.tick(clock.nanos());

        Summary s = Summary.of(plan, session.result(), List.of());

        assertThat(s.counts()).as("left was half done, right is done but for its second set, the plank is done")
                .isEqualTo("done 1 · cut short 2 · skipped 0");
    }

    @Test
    void aQuitCountsTheSidesNotReached() {
        Plan plan = Steps.plan(Steps.timed(Steps.base("Stretch", List.of("left", "right"), 2, Steps.pauses(0, 0, 0, 0)), 30),
                Steps.timed("Plank", 30));
        FakeTicker clock = new FakeTicker();
        Session session = new Session(plan);
        session.start(clock.nanos());
        clock.advanceSeconds(10);
        session.apply(Command.QUIT, clock.nanos());

        assertThat(Summary.of(plan, session.result(), List.of()).counts())
                .isEqualTo("done 0 · cut short 1 · skipped 0 · not reached 2");
    }

    @Test
    void aRoutinePlayedToItsEndWithWorkSkippedIsFinishedNotDone() {
        // "done" is the journal's word for every hold in full; this one is kept as partial.
        Summary s = new Summary("Slow", true, 1, 1, 2, 0, Duration.ofSeconds(20), List.of());
        assertThat(s.line()).isEqualTo("Slow — finished: done 1 · cut short 1 · skipped 2 · active 0:20");
    }
}
