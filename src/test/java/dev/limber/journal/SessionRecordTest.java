package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.routine.Pauses;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.session.Result;
import dev.limber.session.SegmentResult;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SessionRecordTest {
    @Test
    void aSessionKeepsItsWorkAndLeavesOutThePauses() {
        Routine routine = new Routine("plank", "Plank ladder", Optional.empty(), List.of(), true, Map.of(),
                List.of(new Step.Timed(StepBase.named("Side plank").withSides(List.of("left", "right"))
                        .withPauses(Pauses.NONE.withSwitchSides(Duration.ofSeconds(5))), Duration.ofSeconds(30),
                        Optional.empty())));
        Plan plan = Planner.plan(routine);
        Result result = new Result(0, 70_000_000_000L, Duration.ofSeconds(65), true, 2, List.of(
                new SegmentResult(plan.get(0), Duration.ofSeconds(30), 0, false),
                new SegmentResult(plan.get(1), Duration.ofSeconds(5), 0, false),
                new SegmentResult(plan.get(2), Duration.ofSeconds(30), 0, false)));
        OffsetDateTime start = OffsetDateTime.parse("2025-03-01T23:59:00.250+01:00");

        SessionRecord r = SessionRecord.of(plan, result, start, start.plusSeconds(70), OptionalInt.of(5),
                OptionalInt.empty(), "0123456789abcdef0123456789abcdef", false);

        assertThat(r.routineId()).isEqualTo("plank");
        assertThat(r.title()).isEqualTo("Plank ladder");
        assertThat(r.planned()).isEqualTo(Duration.ofSeconds(65));
        assertThat(r.active()).isEqualTo(Duration.ofSeconds(65));
        assertThat(r.completed()).isTrue();
        assertThat(r.painBefore()).hasValue(5);
        assertThat(r.painAfter()).isEmpty();
        assertThat(r.segments()).extracting(s -> s.side().orElse("")).containsExactly("left", "right");
        assertThat(SessionJson.line(r)).contains("\"start\":\"2025-03-01T23:59:00+01:00\"")
                .contains("\"session\":\"0123456789abcdef0123456789abcdef\"");
        assertThat(SessionJson.parse(SessionJson.line(r)).session()).contains("0123456789abcdef0123456789abcdef");
    }
}
