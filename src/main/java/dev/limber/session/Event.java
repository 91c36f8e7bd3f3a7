package dev.limber.session;

import dev.limber.plan.Segment;
import dev.limber.routine.Beat;
import java.time.Duration;
import java.util.Optional;

/**
 * Something that happened in a session, at engine time {@code at} (the instant it was due, which
 * can be earlier than the tick that found it: a sink may ignore stale events). Cues, the plain
 * player and the journal subscribe to these.
 */
public sealed interface Event {
    long at();

    Segment segment();

    /** A segment began (also after "back"); {@code next} is the next segment that is not a pause. */
    record SegmentStarted(long at, Segment segment, Optional<Segment> next) implements Event {
    }

    /** A segment ended, done or skipped. */
    record SegmentEnded(long at, Segment segment, boolean skipped) implements Event {
    }

    /** The countdown crossed a whole second: {@code seconds} are left (…, 10, …, 3, 2, 1). */
    record SecondsLeft(long at, Segment segment, int seconds) implements Event {
    }

    /** Half of a timed work segment (not a pause) has passed. */
    record Halfway(long at, Segment segment) implements Event {
    }

    /** The next side starts: emitted when a switch pause starts, or the new side if there is none. */
    record SideSwitch(long at, Segment segment, String side) implements Event {
    }

    /**
     * Time for a gentle skin check in a warm or cold segment: {@code elapsed} of it has passed
     * (5, 10, 15 minutes...), never in its last minute.
     */
    record SkinCheck(long at, Segment segment, Duration elapsed) implements Event {
    }

    /**
     * A warm or cold segment ended and its pack is still on: the alert sounds, first at the end
     * ({@code repeat} 0) and again at growing intervals ({@code repeat} 1, 2...) until a key
     * acknowledges it. {@code segment} is the segment that ended. When a swap pause follows an
     * end on time, the swap's start is the first sounding and repeat 0 is not sent.
     */
    record AlertSounded(long at, Segment segment, Alert alert, int repeat) implements Event {
    }

    /** The alert stops: acknowledged by a key, or given up after its bounded time. */
    record AlertStopped(long at, Segment segment, Alert alert, boolean acknowledged) implements Event {
    }

    /** A cycle moved to another phase (heat to ice). */
    record PhaseChanged(long at, Segment segment, String phase) implements Event {
    }

    /** A rep was counted, by the user or by the tempo; {@code count} reps done so far. */
    record RepCounted(long at, Segment segment, int count) implements Event {
    }

    /** A tapped rep was taken back: {@code count} reps are counted now. */
    record RepUndone(long at, Segment segment, int count) implements Event {
    }

    /**
     * Enter was pressed once in a paced reps step: a second press before engine time
     * {@code until} finishes the step early; after that, a press asks again.
     */
    record FinishAsked(long at, Segment segment, long until) implements Event {
    }

    /** A paced rep entered a beat (up, hold, down); {@code rep} is 1-based. */
    record BeatStarted(long at, Segment segment, int rep, Beat beat) implements Event {
    }

    /** The last segment of one set of a step ended. */
    record SetDone(long at, Segment segment) implements Event {
    }

    /** The last segment of a routine step ended. */
    record StepDone(long at, Segment segment) implements Event {
    }

    /** The running countdown was lengthened or shortened by {@code delta}. */
    record TimeAdjusted(long at, Segment segment, Duration delta) implements Event {
    }

    record Paused(long at, Segment segment) implements Event {
    }

    record Resumed(long at, Segment segment) implements Event {
    }

    /** The session ended: completed, or quit by the user. */
    record Finished(long at, Segment segment, Result result) implements Event {
    }
}
