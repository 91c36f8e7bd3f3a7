package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
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
}
