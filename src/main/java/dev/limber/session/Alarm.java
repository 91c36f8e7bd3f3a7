package dev.limber.session;

/**
 * When a repeating alert sounds again: 30 s after it began, then at intervals that double up to
 * 4 minutes (30 s, 1 m, 2 m, 4 m, 4 m...), for at most 20 minutes; then it gives up. Engine
 * time, owned by one {@link Session}. A person in another room misses one alert; one that never
 * stops would go on all night.
 */
final class Alarm {
    static final long FIRST = 30 * SegmentClock.SECOND;
    static final long LONGEST = 240 * SegmentClock.SECOND;
    static final long BOUND = 20 * 60 * SegmentClock.SECOND;

    final Alert alert;
    final long since;
    private long interval = FIRST;
    private long next;
    private int repeats;
    private boolean over;

    Alarm(Alert alert, long since) {
        this.alert = alert;
        this.since = since;
        this.next = since + FIRST;
    }

    /** When it next sounds, or gives up ({@link #givesUp}); {@link Long#MAX_VALUE} once over. */
    long nextDue() {
        return over ? Long.MAX_VALUE : next;
    }

    /** True when what is due at {@link #nextDue} is giving up, not another repeat. */
    boolean givesUp() {
        return next == since + BOUND;
    }

    /** The repeat due now has sounded: returns its number (1 for the first repeat). */
    int sounded() {
        repeats++;
        interval = Math.min(interval * 2, LONGEST);
        next = Math.min(next + interval, since + BOUND);
        return repeats;
    }

    /** Acknowledged or given up: it sounds no more. */
    void stop() {
        over = true;
    }

    boolean isOver() {
        return over;
    }
}
