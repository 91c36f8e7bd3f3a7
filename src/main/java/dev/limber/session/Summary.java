package dev.limber.session;

import dev.limber.plan.Plan;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import dev.limber.plan.Segment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What both players say about a session at its end: how many parts were done, cut short (a reps
 * step finished early, the one running at a quit, a side left half done), skipped or never
 * reached, and the active time. Done is the journal's done ({@link Effort#done}): a hold cut short
 * by a few seconds is done on the end screen just as in the journal line. A part is a step, or one side of a two-sided step, as a
 * person counts them: its sets and a cycle's rounds are in it, pauses are not. {@code notes} are
 * extra lines from the caller, e.g. what goes up next time.
 */
public record Summary(String title, boolean completed, int done, int cutShort, int skipped, int notReached,
        Duration active, List<String> notes) {
    public Summary {
        notes = List.copyOf(notes);
    }

    /** One step, or one side of it. */
    private record Part(int step, Optional<String> side) {
        static Part of(Segment s) {
            return new Part(s.step(), s.side());
        }
    }

    public static Summary of(Plan plan, Result result, List<String> notes) {
        Map<Part, List<SegmentResult>> played = new LinkedHashMap<>();
        for (SegmentResult r : result.segments()) {
            if (!r.segment().isPause()) {
                played.computeIfAbsent(Part.of(r.segment()), p -> new ArrayList<>()).add(r);
            }
        }
        // Not reached: the work after where it stopped (what came before a resumed start was done
        // in an earlier session, so it is not counted here).
        Set<Part> unreached = new HashSet<>();
        if (!result.completed()) {
            for (Segment s : plan.segments()) {
                if (!s.isPause() && s.index() > result.stoppedAt()) {
                    unreached.add(Part.of(s));
                }
            }
        }
        int done = 0;
        int cutShort = 0;
        int skipped = 0;
        for (Map.Entry<Part, List<SegmentResult>> e : played.entrySet()) {
            List<SegmentResult> rs = e.getValue();
            if (rs.stream().allMatch(r -> r.effort().done()) && !unreached.contains(e.getKey())) {
                done++;
            } else if (rs.stream().allMatch(SegmentResult::skipped)) {
                skipped++;
            } else {
                cutShort++;
            }
        }
        unreached.removeAll(played.keySet());
        return new Summary(plan.routine().title(), result.completed(), done, cutShort, skipped, unreached.size(),
                result.active(), notes);
    }

    /** The summary as one line for the normal screen, after the full screen has gone. */
    public String line() {
        return Sanitizer.line(title) + (completed ? " — finished: " : " — stopped: ") + counts()
                + " · active " + Durations.clock(active);
    }

    /** {@code done 12 · cut short 1 · skipped 2 · not reached 3}, leaving out the zero extras. */
    public String counts() {
        return "done " + done + (cutShort > 0 ? " · cut short " + cutShort : "") + " · skipped " + skipped
                + (notReached > 0 ? " · not reached " + notReached : "");
    }
}
