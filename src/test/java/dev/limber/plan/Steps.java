package dev.limber.plan;

import dev.limber.routine.Beat;
import dev.limber.routine.Pauses;
import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.routine.Tempo;
import dev.limber.routine.Tone;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built routines for tests that should not depend on the loader. */
public final class Steps {
    private Steps() {
    }

    public static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    public static Step.Timed timed(String name, long seconds) {
        return new Step.Timed(StepBase.named(name), s(seconds), Optional.empty());
    }

    public static Step.Timed timed(StepBase base, long seconds) {
        return new Step.Timed(base, s(seconds), Optional.empty());
    }

    public static Step.Reps tapped(String name, int reps) {
        return new Step.Reps(StepBase.named(name), reps, Optional.empty());
    }

    public static Step.Reps paced(String name, int reps, long up, long hold, long down) {
        return new Step.Reps(StepBase.named(name), reps, Optional.of(new Tempo(List.of(
                new Beat("up", s(up)), new Beat("hold", s(hold)), new Beat("down", s(down))))));
    }

    public static Step.Note note(String name) {
        return new Step.Note(StepBase.named(name));
    }

    public static Step.Cycle cycle(String name, int rounds, long warm, long cold) {
        return new Step.Cycle(StepBase.named(name), List.of(
                new Phase("Heat", s(warm), Optional.empty(), Optional.of(Tone.WARM), Optional.empty(), Optional.empty(),
                        Optional.empty()),
                new Phase("Ice", s(cold), Optional.empty(), Optional.of(Tone.COLD), Optional.empty(), Optional.empty(),
                        Optional.empty())), rounds, Swap.NONE, SkinCheck.DEFAULT);
    }

    public static StepBase base(String name, List<String> sides, int sets, Pauses pauses) {
        return new StepBase(name, Optional.empty(), sides, sets, pauses, Optional.empty());
    }

    public static Pauses pauses(long prepare, long rest, long switchSides, long setRest) {
        return new Pauses(s(prepare), s(rest), s(switchSides), s(setRest));
    }

    public static Routine routine(Step... steps) {
        return new Routine("test", "Test routine", Optional.empty(), List.of(), false, Map.of(), List.of(steps));
    }

    public static Plan plan(Step... steps) {
        return Planner.plan(routine(steps));
    }
}
