package dev.limber.journal;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.session.Effort;
import dev.limber.session.Result;
import dev.limber.session.SegmentResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a session achieved, as the journal line records it: its {@link Status}, the share of the
 * plan's work it did, how many steps it did in full, and whether it was played unattended (stdin
 * closed, taps simulated). Work is weighed by planned time; a tapped rep counts as {@link #REP}.
 *
 * @param permille the share of the whole plan's work done, 0 to 1000
 * @param stepsDone steps whose every piece of work (side, set, round) was done in full
 * @param unattended played with nobody at the keys: it never raises targets or the streak
 */
public record Outcome(Status status, int permille, int stepsDone, boolean unattended) {
    /** What one tapped rep weighs next to timed work: about what a slow rep takes. */
    static final Duration REP = Duration.ofSeconds(3);

    public Outcome {
        if (permille < 0 || permille > 1000) {
            throw new IllegalArgumentException("work is 0 to 1000 permille, not " + permille);
        }
        if (stepsDone < 0) {
            throw new IllegalArgumentException("steps done cannot be negative: " + stepsDone);
        }
    }

    /**
     * True when the session counts for the day streak: it was attended and did real work, at
     * least half the planned work of its routine or one step in full.
     */
    public boolean realWork() {
        return !unattended && (permille >= 500 || stepsDone > 0);
    }

    /** The share of work done as a whole percentage, rounded down (99.9 % is not 100 %). */
    public int percent() {
        return permille / 10;
    }

    /** The outcome of a session the engine played from {@code plan}. */
    public static Outcome of(Plan plan, Result result, boolean unattended) {
        long total = 0;
        for (Segment s : plan.segments()) {
            if (isWork(s.kind())) {
                total += weight(s.length(), s.reps().map(Segment.Reps::target));
            }
        }
        Map<Integer, SegmentRecord> played = new LinkedHashMap<>();
        for (SegmentResult r : result.segments()) {
            if (isWork(r.segment().kind())) {
                played.put(r.segment().index(), SegmentRecord.of(r));
            }
        }
        // A step counts as done when every piece of its work in the plan was done ({@link Effort#done}).
        Map<Integer, Boolean> steps = new LinkedHashMap<>();
        for (Segment s : plan.segments()) {
            if (isWork(s.kind())) {
                SegmentRecord r = played.get(s.index());
                steps.merge(s.step(), r != null && r.effort().done(), Boolean::logicalAnd);
            }
        }
        List<SegmentRecord> work = new ArrayList<>(played.values());
        return new Outcome(status(result.completed(), work), share(credit(work), total),
                (int) steps.values().stream().filter(b -> b).count(), unattended);
    }

    /**
     * The outcome of a line written before lines had one: {@code done} or {@code quit} from
     * {@code completed}, as it was read then. A quit line does not say how much work its plan
     * held, so its total planned time (pauses too) stands in, which errs low.
     */
    static Outcome legacy(boolean completed, List<SegmentRecord> segments, Duration planned) {
        List<SegmentRecord> work = segments.stream().filter(s -> isWork(s.kind())).toList();
        long recorded = 0;
        Map<Integer, Boolean> steps = new LinkedHashMap<>();
        for (SegmentRecord s : work) {
            recorded += weight(s.effort());
            steps.merge(s.step(), s.effort().done(), Boolean::logicalAnd);
        }
        if (!completed && !work.isEmpty()) {
            // the step it was quit in may have had more to it than was reached
            steps.remove(work.get(work.size() - 1).step());
        }
        long total = completed ? recorded : Math.max(recorded, planned.toMillis());
        return new Outcome(completed ? Status.DONE : Status.QUIT, share(credit(work), total),
                (int) steps.values().stream().filter(b -> b).count(), false);
    }

    private static Status status(boolean completed, List<SegmentRecord> work) {
        if (!completed) {
            return Status.QUIT;
        }
        return work.stream().allMatch(s -> s.effort().done()) ? Status.DONE : Status.PARTIAL;
    }

    static boolean isWork(Segment.Kind kind) {
        return kind == Segment.Kind.WORK || kind == Segment.Kind.REPS || kind == Segment.Kind.PHASE;
    }

    /** Milliseconds of planned work: the planned time, or for tapped reps {@link #REP} a rep. */
    private static long weight(Optional<Duration> planned, Optional<Integer> reps) {
        return planned.map(Duration::toMillis).orElse(reps.map(n -> n * REP.toMillis()).orElse(0L));
    }

    private static long weight(Effort e) {
        return weight(e.planned(), e.reps().map(Effort.Count::target));
    }

    private static long credit(List<SegmentRecord> work) {
        long done = 0;
        for (SegmentRecord s : work) {
            Effort e = s.effort();
            long w = weight(e);
            if (e.reps().isPresent()) {
                Effort.Count c = e.reps().get();
                done += c.target() <= 0 ? w : w * Math.min(c.done(), c.target()) / c.target();
            } else {
                done += Math.min(w, e.achieved().toMillis());
            }
        }
        return done;
    }

    private static int share(long done, long total) {
        return total <= 0 ? 1000 : (int) Math.min(1000, done * 1000 / total);
    }
}
