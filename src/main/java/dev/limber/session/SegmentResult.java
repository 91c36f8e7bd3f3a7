package dev.limber.session;

import dev.limber.plan.Segment;
import java.time.Duration;

/**
 * How one played segment went.
 *
 * @param achieved active time spent in it
 * @param repsAchieved reps counted (REPS segments), else 0
 * @param skipped true when the user moved on before it was done
 * @param overrun how much longer than planned a warm or cold segment really ran, because its end
 *     came while the computer slept; zero when it ended on time
 */
public record SegmentResult(Segment segment, Duration achieved, int repsAchieved, boolean skipped, Duration overrun) {
    public SegmentResult(Segment segment, Duration achieved, int repsAchieved, boolean skipped) {
        this(segment, achieved, repsAchieved, skipped, Duration.ZERO);
    }

    /** What the segment asked for and what was done of it. */
    public Effort effort() {
        return new Effort(segment.length(), achieved,
                segment.reps().map(r -> new Effort.Count(r.target(), repsAchieved)), skipped);
    }
}
