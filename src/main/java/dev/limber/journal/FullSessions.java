package dev.limber.journal;

import dev.limber.plan.Segment;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the journal progression reads: for each routine, how many attended sessions did a
 * timed step in full, as a count per kind of session (the step's name, where it stood, and the
 * sides and sets its work reached). It is small whatever the journal's size, so the
 * {@link JournalIndex} keeps it beside the journal and {@code list} and the picker can raise
 * targets as {@code show} and {@code run} do without reading years of sessions.
 */
public final class FullSessions {
    /** Where a step stands in {@link Group#step} when its position is not part of the match. */
    static final int ANY_STEP = -1;

    /** One side of one set of a step's work; a step without sides has an empty side. */
    public record Place(Optional<String> side, int set) {
    }

    /**
     * Sessions of {@code routine} whose work segments named {@code name} (at position
     * {@code step}, or anywhere for {@link #ANY_STEP}) were each done in full and reached
     * exactly {@code places}.
     */
    record Group(String routine, String name, int step, Set<Place> places) {
        Group {
            places = Set.copyOf(places);
        }
    }

    private final Map<Group, Integer> counts;

    private FullSessions(Map<Group, Integer> counts) {
        this.counts = counts;
    }

    public static FullSessions empty() {
        return new FullSessions(new HashMap<>());
    }

    public static FullSessions of(Iterable<SessionRecord> journal) {
        FullSessions f = empty();
        journal.forEach(f::add);
        return f;
    }

    static FullSessions of(Map<Group, Integer> counts) {
        return new FullSessions(new HashMap<>(counts));
    }

    /** Counts one more journal line; nobody did an unattended run's work, so it counts for nothing. */
    void add(SessionRecord r) {
        if (!r.unattended()) {
            add(r.routineId(), r.segments());
        }
    }

    /** The work segments of one session that share a name (and, unless {@link #ANY_STEP}, a position). */
    private static final class Reached {
        boolean allFull = true;
        final Set<Place> places = new LinkedHashSet<>();
    }

    private record Where(String name, int step) {
    }

    private void add(String routine, List<SegmentRecord> segments) {
        Map<Where, Reached> reached = new LinkedHashMap<>();
        for (SegmentRecord s : segments) {
            if (s.kind() != Segment.Kind.WORK) {
                continue;
            }
            for (int step : new int[] {ANY_STEP, s.step()}) {
                Reached r = reached.computeIfAbsent(new Where(s.name(), step), k -> new Reached());
                r.allFull &= s.full();
                r.places.add(new Place(s.side(), s.set()));
            }
        }
        reached.forEach((w, r) -> {
            if (r.allFull) {
                counts.merge(new Group(routine, w.name(), w.step(), r.places), 1, Integer::sum);
            }
        });
    }

    /**
     * Sessions of {@code routine} that did the step named {@code name} in full on every place in
     * {@code needed}: every work segment of that name (at position {@code step}, or anywhere when
     * empty) full, and each needed side and set reached. A session quit before the step, or one that
     * skipped or shortened any side or set of it, does not count.
     */
    public int count(String routine, String name, Optional<Integer> step, Set<Place> needed) {
        int at = step.orElse(ANY_STEP);
        int n = 0;
        for (Map.Entry<Group, Integer> e : counts.entrySet()) {
            Group g = e.getKey();
            if (g.step() == at && g.name().equals(name) && g.routine().equals(routine)
                    && g.places().containsAll(needed)) {
                n += e.getValue();
            }
        }
        return n;
    }

    /** True when the single session {@code segments} of {@code routine} did the step in full. */
    static boolean doneInFull(String routine, List<SegmentRecord> segments, String name, Optional<Integer> step,
            Set<Place> needed) {
        FullSessions one = empty();
        one.add(routine, segments);
        return one.count(routine, name, step, needed) > 0;
    }

    Map<Group, Integer> counts() {
        return counts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FullSessions f && f.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }
}
