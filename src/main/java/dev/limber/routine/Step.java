package dev.limber.routine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** One step of a routine. Its kind decides how it is played. */
public sealed interface Step {
    StepBase base();

    default String name() {
        return base().name();
    }

    /** A countdown: foam rolling, a stretch hold, a plank. */
    record Timed(StepBase base, Duration time, Optional<Progress> progress) implements Step {
        public Timed withTime(Duration t) {
            return new Timed(base, t, progress);
        }
    }

    /** A rep counter; with a tempo limber paces and counts each rep, without one the user taps Enter per rep. */
    record Reps(StepBase base, int reps, Optional<Tempo> tempo) implements Step {
    }

    /**
     * Phases repeated for a number of rounds: heat/ice, contrast therapy.
     *
     * @param swap the pause between phases to change packs
     * @param skinCheck how often its warm and cold phases remind a skin check, unless a phase says otherwise
     */
    record Cycle(StepBase base, List<Phase> phases, int rounds, Swap swap, SkinCheck skinCheck) implements Step {
        public Cycle {
            phases = List.copyOf(phases);
        }
    }

    /** A screen of text that waits for Enter. */
    record Note(StepBase base) implements Step {
    }
}
