package dev.limber.session;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;

/**
 * Where things start in a plan, for moving through it by what a person thinks in: a step (with
 * its get-ready), one side or set of a step (with the switch or set rest before it), the next
 * piece of work after pauses.
 */
final class Landmarks {
    private final Plan plan;

    Landmarks(Plan plan) {
        this.plan = plan;
    }

    /**
     * Where the step of segment {@code i} starts, get-ready included; for a cycle, where its phase
     * does. A swap pause stands on its own, like a get-ready: b in it goes to the phase before.
     */
    int stepStart(int i) {
        Segment s = plan.get(i);
        if (s.kind() == Segment.Kind.SWAP) {
            return i;
        }
        if (s.kind() == Segment.Kind.PHASE) {
            Segment before = i > 0 ? plan.get(i - 1) : null;
            return before != null && before.kind() == Segment.Kind.PREPARE && before.step() == s.step() ? i - 1 : i;
        }
        int j = i;
        while (j > 0 && plan.get(j - 1).step() == s.step() && plan.get(j - 1).kind() != Segment.Kind.REST) {
            j--;
        }
        return j;
    }

    /**
     * Where the side (or set) of segment {@code i} starts: the pause that leads into it (a switch
     * of sides, a set rest, the get-ready of the first) belongs to it, as it carries its side and
     * set. The step's start when the step has one part; for a cycle, as {@link #stepStart}.
     */
    int partStart(int i) {
        Segment s = plan.get(i);
        if (s.kind() == Segment.Kind.SWAP || s.kind() == Segment.Kind.PHASE) {
            return stepStart(i);
        }
        int j = i;
        while (j > 0 && samePart(plan.get(j - 1), s)) {
            j--;
        }
        return j;
    }

    private static boolean samePart(Segment a, Segment b) {
        return a.step() == b.step() && a.kind() != Segment.Kind.REST && a.side().equals(b.side()) && a.set() == b.set();
    }

    /** The first segment at or after {@code from} that is not a pause (the plan's size if none). */
    int firstWork(int from) {
        int i = from;
        while (i < plan.size() && plan.get(i).isPause()) {
            i++;
        }
        return i;
    }

    /** The nearest segment before {@code from} that is not a pause, or -1. */
    int previousWork(int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (!plan.get(i).isPause()) {
                return i;
            }
        }
        return -1;
    }
}
