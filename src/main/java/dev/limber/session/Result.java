package dev.limber.session;

import java.time.Duration;
import java.util.List;

/**
 * What a session did, for the journal and the end summary. Times are the engine's nanos; the
 * player pairs them with wall-clock instants.
 *
 * @param active time not paused between start and end
 * @param completed true when the last segment ended; false when the user quit
 * @param stoppedAt index of the segment the session was in when it ended (for resume)
 * @param segments one entry per segment reached, in plan order; a segment played again after
 *     "back" keeps its latest attempt
 */
public record Result(
        long startNanos,
        long endNanos,
        Duration active,
        boolean completed,
        int stoppedAt,
        List<SegmentResult> segments) {
    public Result {
        segments = List.copyOf(segments);
    }
}
