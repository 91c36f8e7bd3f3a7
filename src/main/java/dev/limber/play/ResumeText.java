package dev.limber.play;

import dev.limber.journal.ResumePoint;
import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.session.Start;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;

/**
 * How an unfinished session is named to the person deciding whether to resume it: the part it
 * stopped in, and for a countdown the time it has left, e.g. {@code Heat and ice: Heat, round 1/2,
 * 5:12 left}; any other part by its step, {@code at step 2/3: Second hold}.
 */
public final class ResumeText {
    private ResumeText() {
    }

    /** {@code p} must fit {@code plan} ({@link ResumePoint#fits}). */
    public static String where(Plan plan, ResumePoint p) {
        Segment seg = plan.get(p.segment());
        StringBuilder b = new StringBuilder(Sanitizer.line(seg.name()));
        seg.phase().ifPresent(phase -> b.append(": ").append(Sanitizer.line(phase)));
        seg.side().ifPresent(side -> b.append(", ").append(Sanitizer.line(side)));
        if (seg.sets() > 1) {
            b.append(", set ").append(seg.set()).append('/').append(seg.sets());
        }
        seg.round().filter(r -> r.of() > 1)
                .ifPresent(r -> b.append(", round ").append(r.number()).append('/').append(r.of()));
        Start start = p.start();
        if (start.carriesInto(seg)) {
            return b.append(", ").append(Durations.clock(start.left().orElseThrow())).append(" left").toString();
        }
        return "at step " + p.step() + "/" + p.stepCount() + ": " + b;
    }
}
