package dev.limber.routine;

import java.time.Duration;

/**
 * The pauses around work: a get-ready countdown before a timed step, a rest after each step, a
 * pause to change sides, and a rest between sets. Zero means none.
 */
public record Pauses(Duration prepare, Duration rest, Duration switchSides, Duration setRest) {
    public static final Pauses NONE = new Pauses(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public Pauses withPrepare(Duration d) {
        return new Pauses(d, rest, switchSides, setRest);
    }

    public Pauses withRest(Duration d) {
        return new Pauses(prepare, d, switchSides, setRest);
    }

    public Pauses withSwitchSides(Duration d) {
        return new Pauses(prepare, rest, d, setRest);
    }
}
