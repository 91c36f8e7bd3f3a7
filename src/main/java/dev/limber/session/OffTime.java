package dev.limber.session;

import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * When the pack comes off, in local time: "Ice off at 16:45", for a person who leaves the room
 * during a heat or ice phase. The players work it out from what a countdown has left and the wall
 * clock ({@link Session} never reads a clock), so it stays true across pauses and {@code +}/{@code -}.
 * The clock is fetched on first use: looking up the time zone reads the JDK's zone data, which
 * the first frame of a session should not wait for.
 */
public final class OffTime {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Supplier<Clock> source;
    private final double speed;
    private Clock clock;

    /**
     * @param clock the wall clock with the local time zone, e.g. {@code Clock::systemDefaultZone}
     * @param speed how much faster than real time the session's countdowns run ({@code --speed})
     */
    public OffTime(Supplier<Clock> clock, double speed) {
        this.source = clock;
        this.speed = speed;
    }

    /** True for the countdowns that say when they end: a warm or cold phase of a cycle. */
    public static boolean applies(Segment seg) {
        return seg.kind() == Segment.Kind.PHASE && seg.isTimed() && (seg.tone() == Tone.WARM || seg.tone() == Tone.COLD);
    }

    /** "Heat off at 16:45" for {@code seg} with {@code remaining} on its countdown now; empty where it does not apply. */
    public Optional<String> text(Segment seg, Duration remaining) {
        if (!applies(seg)) {
            return Optional.empty();
        }
        // The minute it ends in: a clock showing that time is what the alarm goes off under.
        return Optional.of(seg.phase().orElse(seg.name()) + " off at " + end(remaining).format(HOURS_MINUTES));
    }

    /**
     * Real time until {@link #text} changes while {@code remaining} stands still (paused): the end
     * moves with the clock, into the next minute after this long.
     */
    public Duration untilChange(Duration remaining) {
        ZonedDateTime end = end(remaining);
        return Duration.between(end, end.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1));
    }

    private ZonedDateTime end(Duration remaining) {
        if (clock == null) {
            clock = source.get();
        }
        long real = (long) Math.ceil(remaining.toNanos() / speed);
        return ZonedDateTime.now(clock).plusNanos(real);
    }
}
