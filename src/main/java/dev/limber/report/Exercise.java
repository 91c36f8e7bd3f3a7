package dev.limber.report;

import dev.limber.journal.SegmentRecord;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Workout;
import dev.limber.plan.Segment;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One timed exercise the person held on sides or with a growing target (a progression), and how
 * long they held it in each session, each side apart: a session's hold on a side is its longest
 * set there. A side skipped within its first seconds was not held and leaves a gap.
 *
 * @param sides the sides in the order first held; one empty string for an exercise without sides
 * @param sessions oldest first
 */
public record Exercise(String routineTitle, String step, List<String> sides, List<Held> sessions) {
    /** What a skip within the first seconds of a hold is: not a measure of the hold. */
    private static final Duration NOT_HELD = Duration.ofSeconds(5);

    /** One session's holds, by side (a side not held is absent), and the target it had. */
    public record Held(LocalDateTime at, Map<String, Duration> holds, Duration target) {
        public Held {
            holds = Map.copyOf(holds);
        }
    }

    public Exercise {
        sides = List.copyOf(sides);
        sessions = List.copyOf(sessions);
    }

    private record Key(String routine, String step) {
    }

    /** The exercises with sides or a target that changed, in the order they were first played. */
    static List<Exercise> of(List<Workout> workouts, ZoneId zone) {
        Map<Key, String> titles = new LinkedHashMap<>();
        Map<Key, Set<String>> sides = new LinkedHashMap<>();
        Map<Key, Set<Duration>> targets = new LinkedHashMap<>();
        Map<Key, List<Held>> held = new LinkedHashMap<>();
        for (Workout w : workouts) {
            Map<Key, Map<String, Duration>> longest = new LinkedHashMap<>();
            Map<Key, Duration> target = new LinkedHashMap<>();
            for (SessionRecord r : w.parts()) {
                for (SegmentRecord s : r.segments()) {
                    if (s.kind() != Segment.Kind.WORK || s.planned().isEmpty()) {
                        continue;
                    }
                    Key k = new Key(r.routineId(), s.name());
                    titles.putIfAbsent(k, r.title());
                    String side = s.side().orElse("");
                    sides.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(side);
                    targets.computeIfAbsent(k, x -> new HashSet<>()).add(s.planned().get());
                    target.merge(k, s.planned().get(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    if (!s.skipped() || s.achieved().compareTo(NOT_HELD) >= 0) {
                        longest.computeIfAbsent(k, x -> new LinkedHashMap<>())
                                .merge(side, s.achieved(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    }
                }
            }
            LocalDateTime at = w.first().start().atZoneSameInstant(zone).toLocalDateTime();
            for (Map.Entry<Key, Duration> e : target.entrySet()) {
                held.computeIfAbsent(e.getKey(), x -> new ArrayList<>())
                        .add(new Held(at, longest.getOrDefault(e.getKey(), Map.of()), e.getValue()));
            }
        }
        List<Exercise> out = new ArrayList<>();
        for (Key k : titles.keySet()) {
            Set<String> s = sides.get(k);
            boolean withSides = !(s.size() == 1 && s.contains(""));
            if (withSides || targets.get(k).size() > 1) {
                out.add(new Exercise(titles.get(k), k.step(), new ArrayList<>(s), held.get(k)));
            }
        }
        return out;
    }

    /** The longest hold of any side in any session, for the chart's scale. */
    public Duration longest() {
        Duration max = Duration.ZERO;
        for (Held h : sessions) {
            for (Duration d : h.holds().values()) {
                max = d.compareTo(max) > 0 ? d : max;
            }
            max = h.target().compareTo(max) > 0 ? h.target() : max;
        }
        return max;
    }

    /**
     * True when every session held every side for its whole target, and the target never changed:
     * a flat line, said in a sentence rather than drawn.
     */
    public boolean steady() {
        Duration target = sessions.get(0).target();
        for (Held h : sessions) {
            if (!h.target().equals(target) || h.holds().size() < sides.size()) {
                return false;
            }
            for (Duration d : h.holds().values()) {
                if (d.compareTo(target) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The hold on {@code side} in session {@code i}, empty when that side was not held. */
    public Optional<Duration> hold(int i, String side) {
        return Optional.ofNullable(sessions.get(i).holds().get(side));
    }
}
