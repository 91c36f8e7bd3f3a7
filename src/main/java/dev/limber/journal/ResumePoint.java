package dev.limber.journal;

import dev.limber.plan.Plan;
import dev.limber.session.Start;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an unfinished session stopped, and enough about the plan it was made from to tell whether
 * the routine still fits it.
 *
 * @param segment index of the segment to resume at
 * @param segmentCount how many segments the plan had
 * @param segmentName the name of the step that segment belongs to
 * @param step 1-based routine step of that segment (the 5 of "Resume at step 5/14?")
 * @param stepCount the routine's number of steps (the 14)
 * @param params the routine's parameters as played ({@code heat-ice --rounds 3} is {@code rounds=3}),
 *     so that {@code --resume} alone can play the same plan again
 * @param session the id of the session, also written in its journal lines, so that a session
 *     already recorded as completed is never resumed; empty in a file saved before sessions had ids
 * @param spent active time already spent in that segment's countdown
 * @param left what that countdown had left; empty for a segment that is played from its start
 */
public record ResumePoint(String routineId, int segment, Instant savedAt, int segmentCount, String segmentName,
        int step, int stepCount, Map<String, String> params, Optional<String> session, Duration spent,
        Optional<Duration> left) {

    public ResumePoint {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A point that plays its segment from the start (a file written before times were kept). */
    public ResumePoint(String routineId, int segment, Instant savedAt, int segmentCount, String segmentName,
            int step, int stepCount, Map<String, String> params, Optional<String> session) {
        this(routineId, segment, savedAt, segmentCount, segmentName, step, stepCount, params, session, Duration.ZERO,
                Optional.empty());
    }

    public static ResumePoint at(Plan plan, String session, int segment, Instant now) {
        return at(plan, session, Start.at(segment), now);
    }

    /** The point to resume session {@code session} of {@code plan} at {@code start}, with the time spent and left there. */
    public static ResumePoint at(Plan plan, String session, Start start, Instant now) {
        int segment = start.segment();
        return new ResumePoint(plan.routine().id(), segment, now, plan.size(), plan.get(segment).name(),
                plan.get(segment).step() + 1, plan.stepCount(), plan.routine().params(), Optional.of(session),
                start.spent(), start.left());
    }

    /** Where a session resumed from here starts. */
    public Start start() {
        return new Start(segment, spent, left);
    }

    /** True when {@code plan} is the one this was saved from, as far as resuming needs. */
    public boolean fits(Plan plan) {
        return plan.routine().id().equals(routineId) && plan.size() == segmentCount && segment >= 0
                && segment < plan.size() && plan.get(segment).name().equals(segmentName);
    }
}
