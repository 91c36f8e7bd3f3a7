package dev.limber.plan;

import dev.limber.routine.Routine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A routine expanded into the flat list of segments the player walks through. */
public record Plan(Routine routine, List<Segment> segments) {
    public Plan {
        segments = List.copyOf(segments);
    }

    public int size() {
        return segments.size();
    }

    public Segment get(int index) {
        return segments.get(index);
    }

    /** The next segment that is not a pause, after {@code index}: what "Next:" names. */
    public Optional<Segment> nextWork(int index) {
        for (int i = index + 1; i < segments.size(); i++) {
            if (!segments.get(i).isPause()) {
                return Optional.of(segments.get(i));
            }
        }
        return Optional.empty();
    }

    public int stepCount() {
        return routine.steps().size();
    }

    /** The planned time of all segments; segments that wait for the user add nothing. */
    public Duration total() {
        return plannedFrom(0);
    }

    /** The planned time of the segments from {@code index} to the end. */
    public Duration plannedFrom(int index) {
        Duration d = Duration.ZERO;
        for (int i = index; i < segments.size(); i++) {
            d = d.plus(segments.get(i).length().orElse(Duration.ZERO));
        }
        return d;
    }
}
