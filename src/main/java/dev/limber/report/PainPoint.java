package dev.limber.report;

import dev.limber.journal.Workout;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One session's pain check-in for the pain chart: the level asked before its first part and
 * after its last, in the user's local time.
 */
public record PainPoint(LocalDateTime at, OptionalInt before, OptionalInt after) {

    /** The sessions that recorded pain before or after, oldest first. */
    static List<PainPoint> of(List<Workout> workouts, ZoneId zone) {
        List<PainPoint> out = new ArrayList<>();
        for (Workout w : workouts) {
            OptionalInt before = w.first().painBefore();
            OptionalInt after = w.last().painAfter();
            if (before.isPresent() || after.isPresent()) {
                out.add(new PainPoint(w.first().start().atZoneSameInstant(zone).toLocalDateTime(), before, after));
            }
        }
        return out;
    }
}
