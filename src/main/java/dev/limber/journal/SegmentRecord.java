package dev.limber.journal;

import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import dev.limber.session.SegmentResult;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What the journal keeps of one played segment of work: which step, side, set and round, what was
 * planned and what was achieved. Times are kept to the millisecond.
 *
 * @param step index of the routine step, from 0
 * @param side empty for a step without sides
 * @param set 1-based set number
 * @param round 1-based cycle round, 0 outside cycles
 * @param phase the cycle phase name
 * @param planned the planned length; empty when it waited for the user
 * @param achieved active time spent in it
 * @param reps the rep target (REPS only), else 0
 * @param repsDone reps counted (REPS only), else 0
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
        int round,
        Optional<String> phase,
        Optional<Duration> planned,
        Duration achieved,
        int reps,
        int repsDone,
        boolean skipped,
        Duration overrun,
        Tone tone) {

    /** A segment of work tone, which is what a line written before tones were kept says. */
    public SegmentRecord(int step, String name, Segment.Kind kind, Optional<String> side, int set, int round,
            Optional<String> phase, Optional<Duration> planned, Duration achieved, int reps, int repsDone,
            boolean skipped, Duration overrun) {
        this(step, name, kind, side, set, round, phase, planned, achieved, reps, repsDone, skipped, overrun, Tone.WORK);
    }

    public static SegmentRecord of(SegmentResult r) {
        Segment s = r.segment();
        return new SegmentRecord(s.step(), s.name(), s.kind(), s.side(), s.set(), s.round(), s.phase(),
                s.length().map(SegmentRecord::millis), millis(r.achieved()), s.reps(), r.repsAchieved(), r.skipped(),
                millis(r.overrun()), s.tone());
    }

    /**
     * How long it was on the skin, for a warm or cold segment: the time played and any time the
     * computer slept past its end.
     */
    public Duration onTheSkin() {
        return achieved.plus(overrun);
    }

    /**
     * Done in full, exactly as {@link SegmentResult#full()} decides it: not skipped, and the whole
     * planned time or every rep achieved. Progression counts only these.
     */
    public boolean full() {
        if (skipped) {
            return false;
        }
        if (kind == Segment.Kind.REPS) {
            return repsDone >= reps;
        }
        return planned.map(p -> achieved.compareTo(p) >= 0).orElse(true);
    }

    /**
     * Truncated rather than rounded so a hold a fraction short of its target never reads as full
     * once written down.
     */
    private static Duration millis(Duration d) {
        return d.truncatedTo(ChronoUnit.MILLIS);
    }
}
