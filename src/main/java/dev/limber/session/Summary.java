package dev.limber.session;

import dev.limber.plan.Plan;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import java.time.Duration;
import java.util.List;

/**
 * What both players say about a session at its end: how many of its work segments (pauses not counted)
 * were done in full, cut short (a reps step finished early, the one running at a quit), skipped
 * or never reached, and the active time. {@code notes} are extra lines from
 * the caller, e.g. what goes up next time.
 */
public record Summary(String title, boolean completed, int done, int cutShort, int skipped, int notReached,
        Duration active, List<String> notes) {
    public Summary {
        notes = List.copyOf(notes);
    }

    public static Summary of(Plan plan, Result result, List<String> notes) {
        int done = 0;
        int cutShort = 0;
        int skipped = 0;
        for (SegmentResult r : result.segments()) {
            if (r.segment().isPause()) {
                continue;
            }
            if (r.skipped()) {
                skipped++;
            } else if (r.full()) {
                done++;
            } else {
                cutShort++;
            }
        }
        // Not reached: the work after where it stopped (what came before a resumed start was done
        // in an earlier session, so it is not counted here).
        int notReached = result.completed() ? 0 : (int) plan.segments().stream()
                .filter(s -> !s.isPause() && s.index() > result.stoppedAt()).count();
        return new Summary(plan.routine().title(), result.completed(), done, cutShort, skipped, notReached,
                result.active(), notes);
    }

    /** The summary as one line for the normal screen, after the full screen has gone. */
    public String line() {
        return Sanitizer.line(title) + (completed ? " — done: " : " — stopped: ") + counts()
                + " · active " + Durations.clock(active);
    }

    /** {@code done 12 · cut short 1 · skipped 2 · not reached 3}, leaving out the zero extras. */
    public String counts() {
        return "done " + done + (cutShort > 0 ? " · cut short " + cutShort : "") + " · skipped " + skipped
                + (notReached > 0 ? " · not reached " + notReached : "");
    }
}
