package dev.limber.journal;

import dev.limber.plan.Segment;
import dev.limber.session.Event;
import dev.limber.session.Start;
import java.time.Duration;
import java.util.Optional;

/**
 * Follows, from a session's events alone, how much of the current countdown has been spent and
 * how much is left: where a resume point must pick up. It mirrors the engine's rules (pauses stop
 * the time, {@code +}/{@code -} change what is left, each whole second is announced) and takes
 * every announced second as the exact time left, so it cannot drift from what the screen shows.
 */
final class TimeInSegment {
    private Start carried;
    private Segment segment;
    /** Engine time at which {@link #spent} and {@link #left} were true. */
    private long anchor;
    private long spent;
    private long left;
    private boolean counting;
    private boolean paused;

    /** @param start where the session starts; a resumed countdown's first event carries its time */
    TimeInSegment(Start start) {
        this.carried = start;
    }

    void accept(Event e) {
        if (e instanceof Event.SegmentStarted s) {
            segment = s.segment();
            anchor = s.at();
            counting = Start.keepsTime(segment);
            spent = 0;
            left = segment.length().map(Duration::toNanos).orElse(0L);
            if (carried != null && carried.carriesInto(segment)) {
                spent = carried.spent().toNanos();
                left = carried.left().orElseThrow().toNanos();
            }
            carried = null;
        } else if (e instanceof Event.SecondsLeft s && counting) {
            long total = spent + left;
            left = s.seconds() * 1_000_000_000L;
            spent = Math.max(0, total - left);
            anchor = s.at();
        } else if (e instanceof Event.TimeAdjusted t && counting) {
            moveTo(t.at());
            left = Math.max(0, left + t.delta().toNanos());
        } else if (e instanceof Event.Paused p) {
            moveTo(p.at());
            paused = true;
        } else if (e instanceof Event.Resumed r) {
            anchor = r.at();
            paused = false;
        }
    }

    /**
     * The start that resumes segment {@code index} as it stood at engine time {@code at}: part-way
     * through a countdown of work, or at its beginning.
     */
    Start at(int index, long at) {
        if (segment == null || segment.index() != index || !counting) {
            return Start.at(index);
        }
        long gone = paused ? 0 : Math.max(0, Math.min(left, at - anchor));
        return new Start(index, Duration.ofNanos(spent + gone), Optional.of(Duration.ofNanos(left - gone)));
    }

    private void moveTo(long at) {
        if (!paused && counting) {
            long gone = Math.max(0, Math.min(left, at - anchor));
            spent += gone;
            left -= gone;
        }
        anchor = at;
    }
}
