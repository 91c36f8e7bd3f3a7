package dev.limber.journal;

import dev.limber.plan.Plan;
import dev.limber.session.Result;
import dev.limber.session.SegmentResult;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One line of the journal: one finished or abandoned session. Text fields are raw routine text;
 * whoever prints them sanitizes them.
 *
 * @param start wall-clock start, with the offset of the zone it was played in
 * @param planned the plan's total planned time
 * @param active time not paused
 * @param completed true when the last segment ended, false when the user quit
 * @param painBefore pain 0-10 asked before the session, empty when not asked or skipped
 * @param segments the segments of work reached, in plan order (pauses are not kept)
 * @param session the id of the session, the same in each part of one resumed after a quit and in
 *     its resume point; empty on lines written before sessions had ids
 * @param outcome its status and the work it did; for lines written before lines had one, derived
 *     from {@code completed} as it was read then
 */
public record SessionRecord(
        String routineId,
        String title,
        OffsetDateTime start,
        OffsetDateTime end,
        Duration planned,
        Duration active,
        boolean completed,
        OptionalInt painBefore,
        OptionalInt painAfter,
        List<SegmentRecord> segments,
        Optional<String> session,
        Outcome outcome) {

    public SessionRecord {
        segments = List.copyOf(segments);
        checkPain(painBefore);
        checkPain(painAfter);
    }

    public Status status() {
        return outcome.status();
    }

    public boolean unattended() {
        return outcome.unattended();
    }

    private static void checkPain(OptionalInt pain) {
        if (pain.isPresent() && (pain.getAsInt() < 0 || pain.getAsInt() > 10)) {
            throw new IllegalArgumentException("pain is 0 to 10, not " + pain.getAsInt());
        }
    }

    /**
     * The record of a session the engine played.
     *
     * @param start wall-clock time the session started, e.g. {@code OffsetDateTime.now()} taken by the player
     * @param end wall-clock time it ended
     * @param session its id: {@link #newId()}, or the id of the session it resumes
     * @param unattended played with stdin closed, its taps simulated
     */
    public static SessionRecord of(Plan plan, Result result, OffsetDateTime start, OffsetDateTime end,
            OptionalInt painBefore, OptionalInt painAfter, String session, boolean unattended) {
        List<SegmentRecord> work = new ArrayList<>();
        for (SegmentResult r : result.segments()) {
            if (!r.segment().isPause()) {
                work.add(SegmentRecord.of(r));
            }
        }
        return new SessionRecord(plan.routine().id(), plan.routine().title(), start.truncatedTo(ChronoUnit.SECONDS),
                end.truncatedTo(ChronoUnit.SECONDS),
                plan.total().truncatedTo(ChronoUnit.MILLIS), result.active().truncatedTo(ChronoUnit.MILLIS),
                result.completed(), painBefore, painAfter, work, Optional.of(session),
                Outcome.of(plan, result, unattended));
    }

    /**
     * A new session id: 32 random hex digits. It only has to differ from the person's other
     * sessions, not be unguessable, so it is not taken from the secure generator, whose seeding
     * would hold up the first frame by milliseconds.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return hex(random.nextLong()) + hex(random.nextLong());
    }

    private static String hex(long v) {
        String digits = Long.toHexString(v);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
