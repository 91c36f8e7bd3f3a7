package dev.limber.journal;

import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import dev.limber.session.Effort;
import dev.limber.session.SegmentResult;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the journal keeps of one played segment of work: which step, side, set and round, what was
 * planned and what was achieved. Times are kept to the millisecond.
 *
 * @param step index of the routine step, from 0
 * @param side empty for a step without sides
 * @param set 1-based set number
 * @param round 1-based cycle round; empty outside cycles
 * @param phase the cycle phase name
 * @param effort what was planned and what was achieved (reps for a REPS segment only)
 * @param overrun how much longer than planned a warm or cold segment really ran, because the
 *     computer slept across its end; zero when it ended on time (and in lines written before)
 * @param tone warm for heat, cold for ice, as the routine gave it; lines written before tones were
 *     kept read as work
 */
public record SegmentRecord(
        int step,
        String name,
        Segment.Kind kind,
        Optional<String> side,
        int set,
        OptionalInt round,
        Optional<String> phase,
        Effort effort,
        Duration overrun,
        Tone tone) {

    /** A segment of work tone, which is what a line written before tones were kept says. */
    public SegmentRecord(int step, String name, Segment.Kind kind, Optional<String> side, int set, OptionalInt round,
            Optional<String> phase, Effort effort, Duration overrun) {
        this(step, name, kind, side, set, round, phase, effort, overrun, Tone.WORK);
    }

    public static SegmentRecord of(SegmentResult r) {
        Segment s = r.segment();
        Effort e = r.effort();
        return new SegmentRecord(s.step(), s.name(), s.kind(), s.side(), s.set(),
                s.round().map(n -> OptionalInt.of(n.number())).orElse(OptionalInt.empty()), s.phase(),
                new Effort(e.planned().map(SegmentRecord::millis), millis(e.achieved()), e.reps(), e.skipped()),
                millis(r.overrun()), s.tone());
    }

    /**
     * How long it was on the skin, for a warm or cold segment: the time played and any time the
     * computer slept past its end.
     */
    public Duration onTheSkin() {
        return effort.achieved().plus(overrun);
    }

    /** Done in full, exactly as the engine decided it when it was played. Progression counts only these. */
    public boolean full() {
        return effort.full();
    }

    /**
     * Truncated rather than rounded so a hold a fraction short of its target never reads as full
     * once written down.
     */
    private static Duration millis(Duration d) {
        return d.truncatedTo(ChronoUnit.MILLIS);
    }
}
