package dev.limber.routine;

import java.util.List;
import java.util.Optional;

/**
 * What every step has whatever its kind: a name, instructions, sides, sets, its own pauses
 * (already merged with the routine's defaults by the loader), a tone and a picture.
 *
 * @param sides empty for a step without sides; otherwise each side gets the full time or reps
 * @param sets at least 1
 */
public record StepBase(
        String name,
        Optional<String> how,
        List<String> sides,
        int sets,
        Pauses pauses,
        Optional<Tone> tone,
        Optional<Picture> picture) {

    /** A step without a picture. */
    public StepBase(String name, Optional<String> how, List<String> sides, int sets, Pauses pauses, Optional<Tone> tone) {
        this(name, how, sides, sets, pauses, tone, Optional.empty());
    }

    public StepBase {
        sides = List.copyOf(sides);
        if (sets < 1) {
            throw new IllegalArgumentException("sets must be at least 1");
        }
    }

    public static StepBase named(String name) {
        return new StepBase(name, Optional.empty(), List.of(), 1, Pauses.NONE, Optional.empty());
    }

    public StepBase withSides(List<String> s) {
        return new StepBase(name, how, s, sets, pauses, tone, picture);
    }

    public StepBase withSets(int n) {
        return new StepBase(name, how, sides, n, pauses, tone, picture);
    }

    public StepBase withPauses(Pauses p) {
        return new StepBase(name, how, sides, sets, p, tone, picture);
    }
}
