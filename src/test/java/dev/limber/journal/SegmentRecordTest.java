package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Segment;
import dev.limber.plan.SegmentBuilder;
import dev.limber.routine.Tone;
import dev.limber.session.SegmentResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentRecordTest {
    private static Segment timed(Duration length) {
        return SegmentBuilder.work("Plank", length).at(3, 1).side("left").set(2, 3).build();
    }

    private static Segment reps(int target) {
        return SegmentBuilder.reps("Curl", target).at(4, 2).build();
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
            assertThat(written.full()).as(r.toString()).isEqualTo(r.effort().full());
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
        assertThat(r.effort().planned()).contains(Duration.ofSeconds(30));
        assertThat(r.effort().achieved()).isEqualTo(Duration.ofSeconds(12));
        assertThat(r.effort().skipped()).isTrue();
    }

    @Test
    void aWarmOrColdSegmentIsWrittenDownWithItsToneForHeatAndIceTime() {
        Segment heat = SegmentBuilder.phase("Heat and ice", "Heat", 1, 2, Duration.ofMinutes(20)).at(5, 1)
                .tone(Tone.WARM).build();

        SegmentRecord written = SessionJson.parse(SessionJson.line(Sessions.session("r", "2025-01-01T10:00:00Z", true,
                SegmentRecord.of(new SegmentResult(heat, Duration.ofMinutes(20), 0, false))))).segments().get(0);

        assertThat(written.tone()).isEqualTo(Tone.WARM);
    }
}
