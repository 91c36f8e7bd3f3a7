package dev.limber.tui;

import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import dev.limber.session.Snapshot;
import dev.limber.session.State;
import java.time.Duration;
import java.util.Optional;

/** Hand-made segments and snapshots for the view tests. */
final class Snapshots {
    private Snapshots() {
    }

    static Segment work(String name, String side, int set, int sets, Duration length, Tone tone, String how) {
        return new Segment(4, Segment.Kind.WORK, 4, name, Optional.ofNullable(side), set, sets, 0, 0,
                Optional.empty(), Optional.of(length), 0, Optional.empty(), tone, Optional.ofNullable(how));
    }

    static Segment reps(String name, int reps, String how) {
        return new Segment(7, Segment.Kind.REPS, 6, name, Optional.empty(), 1, 1, 0, 0, Optional.empty(),
                Optional.empty(), reps, Optional.empty(), Tone.WORK, Optional.ofNullable(how));
    }

    static Segment note(String name, String how) {
        return new Segment(0, Segment.Kind.NOTE, 0, name, Optional.empty(), 1, 1, 0, 0, Optional.empty(),
                Optional.empty(), 0, Optional.empty(), Tone.REST, Optional.ofNullable(how));
    }

    static final String HOW = "Lie on your back, cross the left ankle over the right knee and pull the right "
            + "thigh towards your chest until you feel the stretch deep in the left buttock.";

    /** Piriformis stretch, left side, set 1 of 2, 45 s of which 30 s are left, step 5 of 14. */
    static Snapshot piriformis(State state, Duration remaining) {
        Segment seg = work("Piriformis stretch", "left", 1, 2, Duration.ofSeconds(45), Tone.WORK, HOW);
        Segment next = work("Piriformis stretch", "right", 1, 2, Duration.ofSeconds(45), Tone.WORK, HOW);
        Duration elapsed = Duration.ofSeconds(45).minus(remaining);
        return new Snapshot("Sciatica relief", state, seg, Optional.of(next), 5, 14, Optional.of(remaining), elapsed,
                0, Optional.empty(), elapsed.toMillis() / 45000.0, 0.25, Duration.ofSeconds(18 * 60 + 30));
    }

    static Snapshot piriformis() {
        return piriformis(State.RUNNING, Duration.ofSeconds(30));
    }
}
