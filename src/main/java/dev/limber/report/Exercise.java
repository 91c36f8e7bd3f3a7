package dev.limber.report;

import dev.limber.journal.SegmentRecord;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Workout;
import dev.limber.plan.Segment;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** What is gathered of one exercise while the sessions are read. */
    private static final class Gathered {
        final String title;
        final String step;
        final Set<String> sides = new LinkedHashSet<>();
        final List<Held> held = new ArrayList<>();
        Duration firstTarget;
        boolean targetChanged;
        /** This session's longest hold per side and its target; empty between sessions. */
        final Map<String, Duration> longest = new LinkedHashMap<>();
        Duration target;

        Gathered(String title, String step) {
            this.title = title;
            this.step = step;
        }
    }

    /** The exercises with sides or a target that changed, in the order they were first played. */
    static List<Exercise> of(List<Workout> workouts, ZoneId zone) {
        // routine id -> step name -> what is gathered; two levels, so no key is built per segment
        Map<String, Map<String, Gathered>> byRoutine = new HashMap<>();
        List<Gathered> all = new ArrayList<>();
        List<Gathered> touched = new ArrayList<>();
        for (Workout w : workouts) {
            touched.clear();
            for (SessionRecord r : w.parts()) {
                Map<String, Gathered> steps = byRoutine.computeIfAbsent(r.routineId(), k -> new HashMap<>());
                for (SegmentRecord s : r.segments()) {
                    if (s.kind() != Segment.Kind.WORK || s.effort().planned().isEmpty()) {
                        continue;
                    }
                    Gathered g = steps.get(s.name());
                    if (g == null) {
                        g = new Gathered(r.title(), s.name());
                        steps.put(s.name(), g);
                        all.add(g);
                    }
                    Duration planned = s.effort().planned().get();
                    if (g.target == null) {
                        touched.add(g);
                        g.target = planned;
                    } else if (planned.compareTo(g.target) > 0) {
                        g.target = planned;
                    }
                    if (g.firstTarget == null) {
                        g.firstTarget = planned;
                    }
                    g.targetChanged |= !planned.equals(g.firstTarget);
                    String side = s.side().orElse("");
                    g.sides.add(side);
                    if (!s.effort().skipped() || s.effort().achieved().compareTo(NOT_HELD) >= 0) {
                        g.longest.merge(side, s.effort().achieved(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    }
                }
            }
            LocalDateTime at = w.first().start().atZoneSameInstant(zone).toLocalDateTime();
            for (Gathered g : touched) {
                g.held.add(new Held(at, g.longest, g.target));
                g.longest.clear();
                g.target = null;
            }
        }
        List<Exercise> out = new ArrayList<>();
        for (Gathered g : all) {
            boolean withSides = !(g.sides.size() == 1 && g.sides.contains(""));
            if (withSides || g.targetChanged) {
                out.add(new Exercise(g.title, g.step, new ArrayList<>(g.sides), g.held));
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

    /** The same exercise in its latest {@code n} sessions. */
    public Exercise latest(int n) {
        return sessions.size() <= n ? this
                : new Exercise(routineTitle, step, sides, sessions.subList(sessions.size() - n, sessions.size()));
    }

    /** The hold on {@code side} in session {@code i}, empty when that side was not held. */
    public Optional<Duration> hold(int i, String side) {
        return Optional.ofNullable(sessions.get(i).holds().get(side));
    }
}
