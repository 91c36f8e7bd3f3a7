package dev.limber.journal;

import java.time.Duration;
import java.util.List;

/**
 * One session as the person played it: the journal lines that share a session id (a session quit
 * and resumed later is written as one line per part), or a single line.
 *
 * @param parts oldest first, never empty
 */
public record Workout(List<SessionRecord> parts) {
    /** A resumed session whose parts together did at least this share of the work is done. */
    private static final int DONE_PERMILLE = 950;

    public Workout {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a workout has at least one part");
        }
    }

    public SessionRecord first() {
        return parts.get(0);
    }

    public SessionRecord last() {
        return parts.get(parts.size() - 1);
    }

    public Duration active() {
        Duration d = Duration.ZERO;
        for (SessionRecord r : parts) {
            d = d.plus(r.active());
        }
        return d;
    }

    /**
     * The parts taken together: quit when the last part was quit; done when the last part was
     * done and the parts together did nearly all the work; partial otherwise. Unattended when any
     * part was.
     */
    public Outcome outcome() {
        if (parts.size() == 1) {
            return first().outcome();
        }
        Outcome last = last().outcome();
        int permille = 0;
        int steps = 0;
        boolean unattended = false;
        for (SessionRecord r : parts) {
            permille += r.outcome().permille();
            steps += r.outcome().stepsDone();
            unattended |= r.unattended();
        }
        permille = Math.min(1000, permille);
        Status status = last.status() == Status.DONE && permille < DONE_PERMILLE ? Status.PARTIAL : last.status();
        return new Outcome(status, permille, steps, unattended);
    }

    /**
     * True when it counts for the day streak: its attended parts did at least half the planned
     * work, or one step in full (see {@link Outcome#realWork()}).
     */
    public boolean realWork() {
        int permille = 0;
        int steps = 0;
        for (SessionRecord r : parts) {
            if (!r.unattended()) {
                permille += r.outcome().permille();
                steps += r.outcome().stepsDone();
            }
        }
        return new Outcome(Status.QUIT, Math.min(1000, permille), steps, false).realWork();
    }
}
