package dev.limber.session;

import dev.limber.plan.Segment;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a session begins: a segment, and for a countdown resumed part-way the time already spent
 * in it and the time it had left, so quitting 15 minutes into a 20-minute heat phase resumes
 * with 5 minutes of heat, not 20.
 *
 * @param segment index of the segment to start at
 * @param spent active time already spent in that segment, before this session
 * @param left what its countdown had left (after any {@code +}/{@code -}); empty to play it in full
 */
public record Start(int segment, Duration spent, Optional<Duration> left) {
    public Start {
        if (spent.isNegative() || left.filter(Duration::isNegative).isPresent()) {
            throw new IllegalArgumentException("time spent and left cannot be negative");
        }
    }

    /** The start of segment {@code segment}, played in full. */
    public static Start at(int segment) {
        return new Start(segment, Duration.ZERO, Optional.empty());
    }

    /** True when the time spent carries into {@code seg}: it is this start's segment and {@link #keepsTime} holds. */
    public boolean carriesInto(Segment seg) {
        return left.isPresent() && seg.index() == segment && keepsTime(seg);
    }

    /**
     * True for the segments a resume continues part-way: countdowns of work. A get-ready or a rest
     * is played in full for a person coming back, and paced reps start their beats over.
     */
    public static boolean keepsTime(Segment seg) {
        return seg.isTimed() && !seg.isPause() && seg.tempo().isEmpty();
    }
}
