package dev.limber.journal;

import dev.limber.plan.Segment;
import dev.limber.session.Effort;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistics {@code history} shows over a list of sessions: the sessions in time order (and
 * grouped into workouts, the parts of a resumed session together), the current day streak (a day
 * counts when a workout on it did real work, see {@link Workout#realWork()}), counts per routine, pain levels over time, and the best and last hold per
 * side of each timed step with sides (so a weaker side shows). Days are the user's days: a
 * session's start is placed in {@code zone}, whatever offset it was recorded with.
 *
 * @param sessions oldest first
 */
public record History(List<SessionRecord> sessions, List<Workout> workouts, ZoneId zone, int streak,
        boolean playedToday, List<RoutineCount> routines, List<Hold> holds) {

    /** How often one routine was played: workouts, and of them those done. */
    public record RoutineCount(String id, String title, int sessions, int completed, LocalDate last) {
    }

    /**
     * One side of one timed step: its longest hold and the one from the latest session (a session's
     * hold is its longest set on that side).
     */
    public record Hold(String routineId, String routineTitle, String step, String side, Duration best, Duration last,
            int sessions) {
    }

    public History {
        sessions = List.copyOf(sessions);
        workouts = List.copyOf(workouts);
        routines = List.copyOf(routines);
        holds = List.copyOf(holds);
    }

    public static History of(List<SessionRecord> records, ZoneId zone, LocalDate today) {
        List<SessionRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(r -> r.start().toInstant()));
        List<Workout> workouts = workouts(sorted);
        Set<LocalDate> days = new HashSet<>();
        for (Workout w : workouts) {
            if (w.realWork()) {
                days.add(dayOf(w.last(), zone));
            }
        }
        return new History(sorted, workouts, zone, Streak.days(days, today), days.contains(today),
                counts(workouts, zone), holds(sorted));
    }

    /** The lines grouped by session id, in the order each workout started; a line without an id stands alone. */
    private static List<Workout> workouts(List<SessionRecord> sorted) {
        Map<Object, List<SessionRecord>> byId = new LinkedHashMap<>();
        for (SessionRecord r : sorted) {
            // a line without an id gets a key of its own, which no other line shares
            byId.computeIfAbsent(r.session().<Object>map(s -> s).orElse(new Object()), k -> new ArrayList<>()).add(r);
        }
        List<Workout> out = new ArrayList<>(byId.size());
        for (List<SessionRecord> parts : byId.values()) {
            out.add(new Workout(parts));
        }
        return out;
    }

    /** The date a session started on, in the user's time zone. */
    public static LocalDate dayOf(SessionRecord r, ZoneId zone) {
        return r.start().atZoneSameInstant(zone).toLocalDate();
    }

    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    /** The latest {@code n} workouts, oldest first. */
    public List<Workout> recent(int n) {
        return workouts.subList(Math.max(0, workouts.size() - n), workouts.size());
    }

    /** Journal lines of sessions that reached their end. */
    public int completed() {
        return (int) sessions.stream().filter(SessionRecord::completed).count();
    }

    /** How many workouts ended with {@code status}. */
    public int count(Status status) {
        return (int) workouts.stream().filter(w -> w.outcome().status() == status).count();
    }

    /** Pain before each of the latest {@code n} sessions that recorded it, oldest first. */
    public List<Integer> painBefore(int n) {
        return pain(n, true);
    }

    /** Pain after each of the latest {@code n} sessions that recorded it, oldest first. */
    public List<Integer> painAfter(int n) {
        return pain(n, false);
    }

    private List<Integer> pain(int n, boolean before) {
        List<Integer> out = new ArrayList<>();
        for (SessionRecord r : sessions) {
            (before ? r.painBefore() : r.painAfter()).ifPresent(out::add);
        }
        return out.subList(Math.max(0, out.size() - n), out.size());
    }

    private static List<RoutineCount> counts(List<Workout> workouts, ZoneId zone) {
        Map<String, RoutineCount> byId = new LinkedHashMap<>();
        for (Workout w : workouts) {
            SessionRecord r = w.last();
            RoutineCount c = byId.get(r.routineId());
            int n = c == null ? 0 : c.sessions();
            int done = c == null ? 0 : c.completed();
            boolean isDone = w.outcome().status() == Status.DONE;
            byId.put(r.routineId(), new RoutineCount(r.routineId(), r.title(), n + 1, done + (isDone ? 1 : 0),
                    dayOf(r, zone)));
        }
        List<RoutineCount> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingInt(RoutineCount::sessions).reversed());
        return out;
    }

    private static int indexOfPlace(List<SegmentRecord> list, SegmentRecord s) {
        for (int i = 0; i < list.size(); i++) {
            SegmentRecord o = list.get(i);
            if (o.name().equals(s.name()) && o.side().equals(s.side())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Written out rather than left to the record: this runs for every segment of every session
     * (see docs/ARCHITECTURE.md#start-up).
     */
    private record HoldKey(String routine, String step, String side) {
        @Override
        public boolean equals(Object o) {
            return o instanceof HoldKey k && k.side.equals(side) && k.step.equals(step) && k.routine.equals(routine);
        }

        @Override
        public int hashCode() {
            return (routine.hashCode() * 31 + step.hashCode()) * 31 + side.hashCode();
        }
    }

    /**
     * True when the side was held at all: not jumped over, nor skipped within its first seconds
     * ({@link Effort#SHORT}), which says nothing about how long the person can hold it.
     */
    static boolean held(SegmentRecord s) {
        return !s.effort().skipped() || s.effort().achieved().compareTo(Effort.SHORT) >= 0;
    }

    private static List<Hold> holds(List<SessionRecord> sorted) {
        Map<HoldKey, Hold> byKey = new LinkedHashMap<>();
        // This session's longest hold per step and side, in segment order; a session has few, so
        // a list beats a map here (this runs for every segment of every session).
        List<SegmentRecord> longest = new ArrayList<>();
        for (SessionRecord r : sorted) {
            longest.clear();
            for (SegmentRecord s : r.segments()) {
                if (s.kind() != Segment.Kind.WORK || s.side().isEmpty() || !held(s)) {
                    continue;
                }
                int i = indexOfPlace(longest, s);
                if (i < 0) {
                    longest.add(s);
                } else if (s.effort().achieved().compareTo(longest.get(i).effort().achieved()) > 0) {
                    longest.set(i, s);
                }
            }
            for (SegmentRecord s : longest) {
                HoldKey k = new HoldKey(r.routineId(), s.name(), s.side().get());
                Duration hold = s.effort().achieved();
                Hold old = byKey.get(k);
                Duration best = old == null || hold.compareTo(old.best()) > 0 ? hold : old.best();
                byKey.put(k, new Hold(k.routine(), r.title(), k.step(), k.side(), best, hold,
                        old == null ? 1 : old.sessions() + 1));
            }
        }
        // Each routine's steps together, routines in the order they were first played.
        List<String> routineOrder = new ArrayList<>();
        for (HoldKey k : byKey.keySet()) {
            if (!routineOrder.contains(k.routine())) {
                routineOrder.add(k.routine());
            }
        }
        List<Hold> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparingInt(h -> routineOrder.indexOf(h.routineId())));
        return out;
    }
}
