package dev.limber.session;

import dev.limber.routine.Beat;
import dev.limber.routine.Tempo;
import java.util.List;

/**
 * The timing of the segment a {@link Session} is playing, in engine time with pauses taken out:
 * where it started, how long it lasts now (after +/-), and which of its events are still due.
 * Mutable, owned by one session.
 */
final class SegmentClock {
    static final long SECOND = 1_000_000_000L;

    long start;
    /** Time spent in this segment by an earlier session, counted in {@link #start} but not done here. */
    long carried;
    /** Planned length plus adjustments; -1 when it waits for the user. */
    long length;
    /** The next whole number of seconds left to announce; 0 when none is due. */
    int nextSecond;
    boolean halfwayDue;
    /** Index of the next beat over the whole segment (rep * beats + beat), for paced reps. */
    long nextBeat;
    int reps;
    Tempo tempo;
    long perRep;

    long end() {
        return start + length;
    }

    long secondInstant() {
        return end() - (long) nextSecond * SECOND;
    }

    long halfwayInstant() {
        return start + length / 2;
    }

    long beatInstant() {
        List<Beat> beats = tempo.beats();
        long rep = nextBeat / beats.size();
        int b = (int) (nextBeat % beats.size());
        long at = start + rep * perRep;
        for (int i = 0; i < b; i++) {
            at += beats.get(i).length().toNanos();
        }
        return at;
    }

    /** The earliest instant at which something of this segment is due. */
    long nextDue() {
        long due = end();
        if (nextSecond >= 1) {
            due = Math.min(due, secondInstant());
        }
        if (halfwayDue) {
            due = Math.min(due, halfwayInstant());
        }
        if (tempo != null && beatInstant() < end()) {
            due = Math.min(due, beatInstant());
        }
        return due;
    }

    /** Which whole second to announce next, seen from {@code now}. */
    void resetSeconds(long now) {
        long rem = end() - now;
        nextSecond = (int) Math.max(0, (rem <= 0 ? 0 : (rem + SECOND - 1) / SECOND) - 1);
    }
}
