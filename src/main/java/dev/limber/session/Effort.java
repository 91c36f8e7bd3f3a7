package dev.limber.session;

import java.time.Duration;
import java.util.Optional;

/**
 * What one segment asked for and what was done of it. The one place that decides "done in full"
 * (what raises a target) and "done" (what the end screen and the journal's status count), for the
 * engine's results and for the journal's records alike.
 *
 * @param planned the planned length; empty when it waits for the user
 * @param achieved active time spent in it
 * @param reps for a reps segment: the target and how many were counted; empty for other kinds
 * @param skipped true when the user moved on before it was done
 */
public record Effort(Optional<Duration> planned, Duration achieved, Optional<Count> reps, boolean skipped) {

    /** Work cut short by up to this much, or by one {@link #SHORT_SHARE}th of it if more, still counts as done. */
    public static final Duration SHORT = Duration.ofSeconds(5);
    static final int SHORT_SHARE = 20;

    /** Reps: {@code done} counted of {@code target}. */
    public record Count(int target, int done) {
    }

    /** Done in full: not skipped, and every rep counted or the whole planned time spent. */
    public boolean full() {
        if (skipped) {
            return false;
        }
        if (reps.isPresent()) {
            return reps.get().done() >= reps.get().target();
        }
        return planned.map(p -> achieved.compareTo(p) >= 0).orElse(true);
    }

    /**
     * Done: in full, or cut short by no more than {@link #SHORT} (or one {@link #SHORT_SHARE}th of a
     * long hold, or one rep in twenty): pressing n with two seconds left is still doing the hold.
     * Work skipped before any of it was played is not done, however short it was.
     */
    public boolean done() {
        if (reps.isPresent()) {
            Count c = reps.get();
            return c.done() >= c.target() - c.target() / SHORT_SHARE;
        }
        if (planned.isEmpty()) {
            // nothing to cut short: a note or a wait is done when it was gone through, not skipped
            return !skipped;
        }
        if (skipped && achieved.isZero()) {
            return false;
        }
        Duration p = planned.get();
        Duration margin = p.dividedBy(SHORT_SHARE).compareTo(SHORT) > 0 ? p.dividedBy(SHORT_SHARE) : SHORT;
        return achieved.plus(margin).compareTo(p) >= 0;
    }
}
