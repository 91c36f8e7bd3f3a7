package dev.limber.journal;

import dev.limber.routine.Progress;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.session.Result;
import dev.limber.session.SegmentResult;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import dev.limber.text.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Raises the targets of timed steps with {@code progress { add, max }} from the journal: each
 * earlier session of the routine that did the step in full on every side and set (nothing skipped,
 * nothing cut short) adds {@code add}, up to {@code max}. Unattended sessions do not count. Derived from the journal each time, so
 * editing the journal edits the progression.
 *
 * <p>A step is found in the journal by its name, so inserting a step before it keeps its progress;
 * when two timed steps share a name, its position must match too.
 */
public final class Progression {
    private final Routine routine;
    private final List<StepProgress> steps;

    private Progression(Routine routine, List<StepProgress> steps) {
        this.routine = routine;
        this.steps = List.copyOf(steps);
    }

    /**
     * The progress of one step.
     *
     * @param step index of the step in the routine
     * @param base the time the routine file gives
     * @param fullSessions earlier sessions that did it in full
     * @param target the time it is played at now
     */
    public record StepProgress(int step, String name, Duration base, Progress progress, int fullSessions,
            Duration target) {

        /** True when more full sessions would not raise it. */
        public boolean atMax() {
            return target.compareTo(progress.max()) >= 0;
        }

        /** For {@code show}, e.g. {@code Plank: 1:30 (30s + 2 × 30s from 2 full sessions; max 3:00)}. */
        public String explain() {
            String head = Sanitizer.line(name) + ": " + Durations.clock(target) + " (";
            String add = Durations.compact(progress.add());
            String max = Durations.clock(progress.max());
            if (fullSessions == 0) {
                return head + "+" + add + " after each full session, up to " + max + ")";
            }
            String math = Durations.compact(base) + " + " + fullSessions + " × " + add + " from "
                    + Words.plural(fullSessions, "full session");
            return head + math + (atMax() ? ", capped at the max " + max + ")" : "; max " + max + ")");
        }
    }

    /**
     * As {@link #of(Routine, FullSessions)}, asking for the journal only when a step of the
     * routine has {@code progress}, so routines without it never pay for reading it.
     */
    public static Progression of(Routine routine, Supplier<FullSessions> journal) {
        boolean any = routine.steps().stream()
                .anyMatch(s -> s instanceof Step.Timed t && t.progress().isPresent());
        return of(routine, any ? journal.get() : FullSessions.empty());
    }

    public static Progression of(Routine routine, List<SessionRecord> journal) {
        return of(routine, FullSessions.of(journal));
    }

    public static Progression of(Routine routine, FullSessions journal) {
        List<Step> newSteps = new ArrayList<>(routine.steps());
        List<StepProgress> progress = new ArrayList<>();
        for (int i = 0; i < newSteps.size(); i++) {
            if (!(newSteps.get(i) instanceof Step.Timed t) || t.progress().isEmpty()) {
                continue;
            }
            int full = journal.count(routine.id(), t.name(), position(routine, i), places(t));
            Duration target = raised(t.time(), t.progress().get(), full);
            progress.add(new StepProgress(i, t.name(), t.time(), t.progress().get(), full, target));
            newSteps.set(i, t.withTime(target));
        }
        return new Progression(routine.withSteps(newSteps), progress);
    }

    /** The routine with every progressing step at its raised target: plan and play this one. */
    public Routine routine() {
        return routine;
    }

    /** One entry per step with {@code progress}, in routine order. */
    public List<StepProgress> steps() {
        return steps;
    }

    public Optional<StepProgress> step(int index) {
        return steps.stream().filter(s -> s.step() == index).findFirst();
    }

    /** One line per progressing step, for {@code show}. */
    public List<String> explanations() {
        return steps.stream().map(StepProgress::explain).toList();
    }

    /**
     * For the end summary of a session played from {@link #routine()}: what goes up next time
     * because this session did it in full, e.g. {@code Plank goes up to 2:00 next time (+30s).}
     */
    public List<String> upNextTime(Result result) {
        List<SegmentRecord> played = new ArrayList<>();
        for (SegmentResult r : result.segments()) {
            played.add(SegmentRecord.of(r));
        }
        List<String> out = new ArrayList<>();
        for (StepProgress p : steps) {
            Step.Timed t = (Step.Timed) routine.steps().get(p.step());
            if (!FullSessions.doneInFull(routine.id(), played, t.name(), Optional.of(p.step()), places(t))) {
                continue;
            }
            String name = Sanitizer.line(p.name());
            if (p.atMax()) {
                out.add(name + " stays at its max, " + Durations.clock(p.progress().max()) + ".");
            } else {
                Duration next = raised(p.base(), p.progress(), p.fullSessions() + 1);
                out.add(name + " goes up to " + Durations.clock(next) + " next time (+"
                        + Durations.compact(next.minus(p.target())) + ").");
            }
        }
        return out;
    }

    /** {@code base + n × add}, at most {@code max}, and never below what the file says. */
    static Duration raised(Duration base, Progress p, int n) {
        Duration t = base.plus(p.add().multipliedBy(n));
        if (t.compareTo(p.max()) > 0) {
            t = p.max();
        }
        return t.compareTo(base) < 0 ? base : t;
    }

    /** Every side of every set of the step: what a session must have done in full to count. */
    private static Set<FullSessions.Place> places(Step.Timed step) {
        Set<FullSessions.Place> out = new HashSet<>();
        for (int set = 1; set <= step.base().sets(); set++) {
            if (step.base().sides().isEmpty()) {
                out.add(new FullSessions.Place(Optional.empty(), set));
            }
            for (String side : step.base().sides()) {
                out.add(new FullSessions.Place(Optional.of(side), set));
            }
        }
        return out;
    }

    /** The step's position when another timed step shares its name, else empty: found by name alone. */
    private static Optional<Integer> position(Routine routine, int index) {
        return sharesName(routine, index) ? Optional.of(index) : Optional.empty();
    }

    private static boolean sharesName(Routine routine, int index) {
        String name = routine.steps().get(index).name();
        int n = 0;
        for (Step s : routine.steps()) {
            if (s instanceof Step.Timed && Objects.equals(s.name(), name)) {
                n++;
            }
        }
        return n > 1;
    }
}
