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
    /** What + may add to a countdown in all, or its planned length when that is longer. */
    static final long MAX_ADDED = 3600 * SECOND;

    long start;
    /** Length from the plan; -1 when it waits for the user. */
    long planned;
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
    /** How often a skin check is due in this segment; 0 for none. */
    long skinEvery;
    /** Skin checks given so far in this segment. */
    int skinDone;

    long end() {
        return start + length;
    }

    /**
     * The longest + can make this countdown: an hour more (a hold or a rest stretched as far as
     * anyone wants), or twice the plan for a phase longer than that. Without a limit, a key held
     * down or a stuck repeat grew a 30 s hold into days.
     */
    long maxLength() {
        return planned + Math.max(MAX_ADDED, planned);
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

    long skinInstant() {
        return start + (skinDone + 1) * skinEvery;
    }

    /** True when another skin check falls before the segment's last minute, which ends with its own cues. */
    boolean skinDue() {
        return skinEvery > 0 && skinInstant() <= end() - SKIN_QUIET_END;
    }

    static final long SKIN_QUIET_END = 60 * SECOND;

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
        if (skinDue()) {
            due = Math.min(due, skinInstant());
        }
        return due;
    }

    /** Which whole second to announce next, seen from {@code now}. */
    void resetSeconds(long now) {
        long rem = end() - now;
        nextSecond = (int) Math.max(0, (rem <= 0 ? 0 : (rem + SECOND - 1) / SECOND) - 1);
    }
}
