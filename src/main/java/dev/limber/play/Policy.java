package dev.limber.play;

import dev.limber.plan.Segment;
import dev.limber.session.Result;
import dev.limber.session.SegmentResult;
import java.time.Duration;
import java.util.Optional;

/**
 * What a run keeps and asks, in one place: a session at another {@code --speed} is a try-out and
 * {@code --no-journal} keeps nothing, so neither writes a journal line, touches a resume point or
 * asks a question whose answer would be thrown away.
 *
 * @param speed the {@code --speed} factor; anything but 1 is a try-out
 * @param noJournal {@code --no-journal}
 */
public record Policy(double speed, boolean noJournal) {
    /** A session at another speed: a demo, not a session done. */
    public boolean tryOut() {
        return speed != 1;
    }

    /** True when this run keeps a journal line and a resume point. */
    public boolean journaled() {
        return !tryOut() && !noJournal;
    }

    /**
     * The pain question before the session: only when its answer is kept, and not again when a
     * session is resumed (its first part's answer stands).
     */
    public boolean asksPainBefore(boolean painCheck, boolean resumed) {
        return painCheck && journaled() && !resumed;
    }

    /**
     * The pain question after the session: only when its answer is kept, and not once the person
     * asked to leave at once (Ctrl-C, a lost terminal). Asked after a quit too: someone may stop
     * because it hurts.
     */
    public boolean asksPainAfter(boolean painCheck, boolean wantsOut) {
        return painCheck && journaled() && !wantsOut;
    }

    /**
     * Whether the resume point goes once the session has ended: a session the journal now holds as
     * finished is done with it (had its line failed, the point still holds the session); and a new
     * session quit before any work was done leaves nothing to resume. A resumed session quit at
     * once keeps its place.
     */
    public boolean removesResumePoint(Result result, boolean resumed, boolean recorded) {
        if (!journaled()) {
            return false;
        }
        if (result.completed()) {
            return recorded;
        }
        return !resumed && !didWork(result);
    }

    /** True when some work was played: a get-ready, a rest or a note alone is not work. */
    static boolean didWork(Result result) {
        for (SegmentResult r : result.segments()) {
            boolean work = !r.segment().isPause() && r.segment().kind() != Segment.Kind.NOTE;
            if (work && (r.achieved().compareTo(Duration.ZERO) > 0 || r.repsAchieved() > 0)) {
                return true;
            }
        }
        return false;
    }

    /** What the summary says about a try-out instead of a raised target. */
    public Optional<String> tryOutNote() {
        return tryOut() && !noJournal
                ? Optional.of("Played at --speed " + speedText(speed) + ": a try-out, not kept in the journal.")
                : Optional.empty();
    }

    /** A speed as people write it: {@code 10}, {@code 0.5}. */
    public static String speedText(double speed) {
        return speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed);
    }
}
