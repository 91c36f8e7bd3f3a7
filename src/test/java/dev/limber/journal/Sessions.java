package dev.limber.journal;

import dev.limber.plan.Segment;
import dev.limber.session.Effort;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Hand-made journal records for tests. */
final class Sessions {
    private Sessions() {
    }

    static SessionRecord session(String routine, String start, boolean completed, SegmentRecord... segments) {
        OffsetDateTime s = OffsetDateTime.parse(start);
        return new SessionRecord(routine, "Title of " + routine, s, s.plusMinutes(20), Duration.ofMinutes(20),
                Duration.ofMinutes(19), completed, OptionalInt.empty(), OptionalInt.empty(), List.of(segments),
                Optional.empty(), Outcome.legacy(completed, List.of(segments), Duration.ofMinutes(20)));
    }

    static SessionRecord withPain(SessionRecord r, Integer before, Integer after) {
        return new SessionRecord(r.routineId(), r.title(), r.start(), r.end(), r.planned(), r.active(), r.completed(),
                before == null ? OptionalInt.empty() : OptionalInt.of(before),
                after == null ? OptionalInt.empty() : OptionalInt.of(after), r.segments(), r.session(), r.outcome());
    }

    static SessionRecord titled(SessionRecord r, String title) {
        return new SessionRecord(r.routineId(), title, r.start(), r.end(), r.planned(), r.active(), r.completed(),
                r.painBefore(), r.painAfter(), r.segments(), r.session(), r.outcome());
    }

    static SessionRecord withSession(SessionRecord r, String session) {
        return new SessionRecord(r.routineId(), r.title(), r.start(), r.end(), r.planned(), r.active(), r.completed(),
                r.painBefore(), r.painAfter(), r.segments(), Optional.of(session), r.outcome());
    }

    static SessionRecord withOutcome(SessionRecord r, Outcome outcome) {
        return new SessionRecord(r.routineId(), r.title(), r.start(), r.end(), r.planned(), r.active(), r.completed(),
                r.painBefore(), r.painAfter(), r.segments(), r.session(), outcome);
    }

    /** A timed hold of step {@code step}; {@code side} may be null for a step without sides. */
    static SegmentRecord hold(int step, String name, String side, int set, double planned, double achieved,
            boolean skipped) {
        return new SegmentRecord(step, name, Segment.Kind.WORK, Optional.ofNullable(side), set, OptionalInt.empty(),
                Optional.empty(), new Effort(Optional.of(seconds(planned)), seconds(achieved), Optional.empty(), skipped),
                Duration.ZERO);
    }

    static SegmentRecord full(int step, String name, String side, int set, double seconds) {
        return hold(step, name, side, set, seconds, seconds, false);
    }

    static SegmentRecord reps(int step, String name, int target, int done) {
        return new SegmentRecord(step, name, Segment.Kind.REPS, Optional.empty(), 1, OptionalInt.empty(),
                Optional.empty(), new Effort(Optional.empty(), Duration.ofSeconds(40),
                        Optional.of(new Effort.Count(target, done)), false), Duration.ZERO);
    }

    static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
