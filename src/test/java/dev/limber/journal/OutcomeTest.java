package dev.limber.journal;

import static dev.limber.plan.Steps.plan;
import static dev.limber.plan.Steps.tapped;
import static dev.limber.plan.Steps.timed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.session.Result;
import dev.limber.session.SegmentResult;
import dev.limber.session.Summary;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The journal says done only when the work was done: skipped or cut work is partial, a quit is quit. */
class OutcomeTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2025-03-01T08:00:00Z");

    /** Four 30 s holds and ten tapped reps. */
    private final Plan plan = plan(timed("A", 30), timed("B", 30), timed("C", 30), timed("D", 30), tapped("Curls", 10));

    /** Plays every segment of the plan as {@code how} says (null: not reached). */
    private Result played(boolean completed, Function<Segment, SegmentResult> how) {
        List<SegmentResult> out = new ArrayList<>();
        for (Segment s : plan.segments()) {
            SegmentResult r = how.apply(s);
            if (r != null) {
                out.add(r);
            }
        }
        return new Result(0, 1, Duration.ofMinutes(3), completed, plan.size() - 1, out);
    }

    private static SegmentResult full(Segment s) {
        return new SegmentResult(s, s.length().orElse(Duration.ofSeconds(20)), s.reps().map(Segment.Reps::target).orElse(0), false);
    }

    private static SegmentResult skipped(Segment s) {
        return new SegmentResult(s, Duration.ZERO, 0, true);
    }

    private SessionRecord record(Result r) {
        return SessionJson.parse(SessionJson.line(SessionRecord.of(plan, r, START, START.plusMinutes(3),
                OptionalInt.empty(), OptionalInt.empty(), "0123456789abcdef0123456789abcdef", false)));
    }

    @Test
    void aSessionThatSkippedMostOfItsWorkIsPartialWithTheShareItDid() {
        SessionRecord r = record(played(true, s -> s.isPause() || s.name().equals("A") ? full(s) : skipped(s)));

        assertThat(r.completed()).isTrue();
        assertThat(r.status()).isEqualTo(Status.PARTIAL);
        // 30 s of 4 × 30 s + 10 reps × 3 s
        assertThat(r.outcome().percent()).isEqualTo(20);
        assertThat(r.outcome().stepsDone()).isEqualTo(1);
        assertThat(SessionJson.line(r)).contains("\"status\":\"partial\",\"work\":0.2,");
    }

    @Test
    void workCutShortByAFewSecondsOrOneRepIsStillDone() {
        SessionRecord r = record(played(true, s -> s.name().equals("B") && !s.isPause()
                ? new SegmentResult(s, Duration.ofSeconds(26), 0, true)
                : s.kind() == Segment.Kind.REPS ? new SegmentResult(s, Duration.ofSeconds(30), 10, false) : full(s)));
        assertThat(r.status()).isEqualTo(Status.DONE);

        SessionRecord cut = record(played(true, s -> s.name().equals("B") && !s.isPause()
                ? new SegmentResult(s, Duration.ofSeconds(24), 0, true) : full(s)));
        assertThat(cut.status()).as("six seconds short of a 30 s hold").isEqualTo(Status.PARTIAL);
        assertThat(cut.outcome().stepsDone()).isEqualTo(4);
    }

    @Test
    void theEndScreenCountsAsDoneWhatTheJournalCountsAsDone() {
        // B shortened with - to 4 s under its time, C skipped with 2 s left: both done, by one rule
        Result r = played(true, s -> s.isPause() ? full(s)
                : s.name().equals("B") ? new SegmentResult(s, Duration.ofSeconds(26), 0, false)
                : s.name().equals("C") ? new SegmentResult(s, Duration.ofSeconds(28), 0, true) : full(s));

        assertThat(record(r).status()).isEqualTo(Status.DONE);
        assertThat(record(r).outcome().stepsDone()).isEqualTo(5);
        assertThat(Summary.of(plan, r, List.of()).counts()).isEqualTo("done 5 · skipped 0");
    }

    @Test
    void aShortHoldSkippedBeforeAnyOfItWasPlayedIsNotDone() {
        Plan shortHolds = plan(timed("A", 30), timed("Breathe", 3));
        Result r = new Result(0, 1, Duration.ofSeconds(30), true, shortHolds.size() - 1, shortHolds.segments().stream()
                .map(s -> s.name().equals("Breathe") && !s.isPause() ? skipped(s) : full(s)).toList());

        SessionRecord line = SessionJson.parse(SessionJson.line(SessionRecord.of(shortHolds, r, START,
                START.plusMinutes(1), OptionalInt.empty(), OptionalInt.empty(), "0123456789abcdef0123456789abcdef",
                false)));
        assertThat(line.status()).as("within 5 s of its end, but never begun").isEqualTo(Status.PARTIAL);
        assertThat(Summary.of(shortHolds, r, List.of()).counts()).isEqualTo("done 1 · skipped 1");
    }

    @Test
    void aSessionStoppedBeforeItsEndIsQuit() {
        SessionRecord r = record(played(false, s -> s.step() == 0 ? full(s) : null));

        assertThat(r.status()).isEqualTo(Status.QUIT);
        assertThat(r.outcome().percent()).isEqualTo(20);
    }

    @Test
    void anOldLineWithoutAStatusReadsAsItDidFromCompleted() {
        String done = "{\"v\":1,\"routine\":\"x\",\"title\":\"X\",\"start\":\"2025-03-01T08:00:00Z\","
                + "\"end\":\"2025-03-01T08:01:00Z\",\"planned\":60,\"active\":60,\"completed\":true,"
                + "\"painBefore\":null,\"painAfter\":null,\"segments\":[{\"step\":0,\"name\":\"A\",\"kind\":\"work\","
                + "\"planned\":30,\"achieved\":30},{\"step\":1,\"name\":\"B\",\"kind\":\"work\",\"planned\":30,"
                + "\"achieved\":1,\"skipped\":true}]}";
        SessionRecord old = SessionJson.parse(done);
        assertThat(old.status()).isEqualTo(Status.DONE);
        assertThat(old.outcome().permille()).isEqualTo(516);
        assertThat(old.outcome().stepsDone()).isEqualTo(1);
        assertThat(old.unattended()).isFalse();
        assertThat(SessionJson.parse(done.replace("\"completed\":true", "\"completed\":false")).status())
                .isEqualTo(Status.QUIT);
        assertThat(SessionJson.parse(done.replace("\"completed\":true", "\"completed\":true,\"status\":\"later\""))
                .status()).as("a status word from a newer limber").isEqualTo(Status.DONE);
    }
}
