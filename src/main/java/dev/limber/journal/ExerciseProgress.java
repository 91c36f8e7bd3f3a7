package dev.limber.journal;

import dev.limber.plan.Segment;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long one timed exercise was held, session after session: for each timed step of each
 * routine (found by its name), the longest hold of every attended workout that held it, on any
 * side or set. Holds jumped over or skipped in their first seconds say nothing of what the person
 * can hold and are left out, as are unattended runs. For {@code history} and {@code report}.
 *
 * @param holds oldest first, never empty
 */
public record ExerciseProgress(String routineId, String routineTitle, String step, List<Hold> holds) {
    /** One workout's longest hold of the step, at the time the workout started. */
    public record Hold(OffsetDateTime start, Duration time) {
    }

    public ExerciseProgress {
        holds = List.copyOf(holds);
    }

    public Duration first() {
        return holds.get(0).time();
    }

    public Duration last() {
        return holds.get(holds.size() - 1).time();
    }

    public Duration best() {
        Duration best = Duration.ZERO;
        for (Hold h : holds) {
            best = h.time().compareTo(best) > 0 ? h.time() : best;
        }
        return best;
    }

    /** The latest {@code n} holds, oldest first. */
    public List<Duration> latest(int n) {
        return holds.subList(Math.max(0, holds.size() - n), holds.size()).stream().map(Hold::time).toList();
    }

    /** Every exercise held in {@code workouts} (oldest first): routines and steps in the order first played. */
    public static List<ExerciseProgress> of(List<Workout> workouts) {
        Map<List<String>, List<Hold>> holds = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Workout w : workouts) {
            Map<String, Duration> longest = new LinkedHashMap<>();
            for (SessionRecord r : w.parts()) {
                if (r.unattended()) {
                    continue;
                }
                for (SegmentRecord s : r.segments()) {
                    if (s.kind() == Segment.Kind.WORK && History.held(s)) {
                        longest.merge(s.name(), s.effort().achieved(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    }
                }
            }
            String routine = w.last().routineId();
            titles.put(routine, w.last().title());
            OffsetDateTime start = w.first().start();
            longest.forEach((step, time) -> holds.computeIfAbsent(List.of(routine, step), k -> new ArrayList<>())
                    .add(new Hold(start, time)));
        }
        List<String> routines = new ArrayList<>(titles.keySet());
        List<ExerciseProgress> out = new ArrayList<>();
        holds.forEach((k, v) -> out.add(new ExerciseProgress(k.get(0), titles.get(k.get(0)), k.get(1), v)));
        out.sort(java.util.Comparator.comparingInt(e -> routines.indexOf(e.routineId())));
        return out;
    }
}
