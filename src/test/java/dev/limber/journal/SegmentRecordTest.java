package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import dev.limber.session.SegmentResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentRecordTest {
    private static Segment timed(Duration length) {
        return new Segment(3, Segment.Kind.WORK, 1, "Plank", Optional.of("left"), 2, 3, 0, 0, Optional.empty(),
                Optional.of(length), 0, Optional.empty(), Tone.WORK, Optional.empty(), Optional.empty());
    }

    private static Segment reps(int target) {
        return new Segment(4, Segment.Kind.REPS, 2, "Curl", Optional.empty(), 1, 1, 0, 0, Optional.empty(),
                Optional.empty(), target, Optional.empty(), Tone.WORK, Optional.empty(), Optional.empty());
    }

    @Test
    void aWrittenDownSegmentIsFullExactlyWhenTheEngineSaysSo() {
        List<SegmentResult> results = List.of(
                new SegmentResult(timed(Duration.ofSeconds(30)), Duration.ofSeconds(30), 0, false),
                new SegmentResult(timed(Duration.ofSeconds(30)), Duration.ofSeconds(31), 0, false),
                new SegmentResult(timed(Duration.ofSeconds(30)), Duration.ofSeconds(30).minusNanos(1), 0, false),
                new SegmentResult(timed(Duration.ofSeconds(30)), Duration.ofSeconds(30), 0, true),
                new SegmentResult(reps(10), Duration.ofSeconds(20), 10, false),
                new SegmentResult(reps(10), Duration.ofSeconds(20), 9, false));

        for (SegmentResult r : results) {
            SegmentRecord written = SessionJson.parse(SessionJson.line(Sessions.session("r",
                    "2025-01-01T10:00:00Z", true, SegmentRecord.of(r)))).segments().get(0);
            assertThat(written.full()).as(r.toString()).isEqualTo(r.full());
        }
    }

    @Test
    void aSegmentKeepsWhereItWasInTheRoutine() {
        SegmentRecord r = SegmentRecord.of(new SegmentResult(timed(Duration.ofSeconds(30)), Duration.ofSeconds(12), 0,
                true));
        assertThat(r.step()).isEqualTo(1);
        assertThat(r.name()).isEqualTo("Plank");
        assertThat(r.side()).contains("left");
        assertThat(r.set()).isEqualTo(2);
        assertThat(r.planned()).contains(Duration.ofSeconds(30));
        assertThat(r.achieved()).isEqualTo(Duration.ofSeconds(12));
        assertThat(r.skipped()).isTrue();
    }

    @Test
    void aWarmOrColdSegmentIsWrittenDownWithItsToneForHeatAndIceTime() {
        Segment heat = new Segment(5, Segment.Kind.PHASE, 1, "Heat and ice", Optional.empty(), 1, 1, 1, 2,
                Optional.of("Heat"), Optional.of(Duration.ofMinutes(20)), 0, Optional.empty(), Tone.WARM,
                Optional.empty(), Optional.empty());

        SegmentRecord written = SessionJson.parse(SessionJson.line(Sessions.session("r", "2025-01-01T10:00:00Z", true,
                SegmentRecord.of(new SegmentResult(heat, Duration.ofMinutes(20), 0, false))))).segments().get(0);

        assertThat(written.tone()).isEqualTo(Tone.WARM);
    }
}
