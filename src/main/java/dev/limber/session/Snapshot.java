package dev.limber.session;

import dev.limber.plan.Segment;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything a view needs to draw one moment of a session. A value: the view and tests take it as
 * it is. Text fields are raw routine text; views sanitize them.
 *
 * @param title the routine title
 * @param next the next segment that is not a pause, for "Next: ..."
 * @param position 1-based number of the current routine step (the 5 of {@code 5/14})
 * @param stepCount the number of routine steps (the 14 of {@code 5/14})
 * @param remaining time left on the current countdown; empty when the segment waits for the user
 * @param elapsed active time spent in the current segment
 * @param reps for a REPS segment: the reps counted so far and the beat; empty for other kinds
 * @param segmentProgress 0..1 through the current segment
 * @param sessionProgress 0..1 through the session's planned time
 * @param sessionLeft planned time left in the session, including what is left of this segment
 * @param alert an alert no key has acknowledged yet (shown after it stops repeating too)
 * @param checkSkin true for a little while after a "check your skin" reminder
 */
public record Snapshot(
        String title,
        State state,
        Segment segment,
        Optional<Segment> next,
        int position,
        int stepCount,
        Optional<Duration> remaining,
        Duration elapsed,
        Optional<Reps> reps,
        double segmentProgress,
        double sessionProgress,
        Duration sessionLeft,
        Optional<Alert> alert,
        boolean checkSkin) {

    /**
     * Where a rep counter is.
     *
     * @param done reps counted so far
     * @param beat the current tempo beat (up, hold, down, rep) of a paced rep
     * @param through 0..1 through that beat (0 without one)
     * @param beatLength how long that beat lasts (zero without one)
     */
    public record Reps(int done, Optional<String> beat, double through, Duration beatLength) {
        /** Reps counted by the user: no beat. */
        public static Reps tapped(int done) {
            return new Reps(done, Optional.empty(), 0, Duration.ZERO);
        }
    }
}
