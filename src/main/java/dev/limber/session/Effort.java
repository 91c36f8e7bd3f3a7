package dev.limber.session;

import java.time.Duration;
import java.util.Optional;

/**
 * What one segment asked for and what was done of it. The one place that decides "done in full",
 * for the engine's results and for the journal's records alike.
 *
 * @param planned the planned length; empty when it waits for the user
 * @param achieved active time spent in it
 * @param reps for a reps segment: the target and how many were counted; empty for other kinds
 * @param skipped true when the user moved on before it was done
 */
public record Effort(Optional<Duration> planned, Duration achieved, Optional<Count> reps, boolean skipped) {

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
}
