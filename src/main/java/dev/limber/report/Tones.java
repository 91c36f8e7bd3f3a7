package dev.limber.report;

import dev.limber.routine.Tone;
import java.util.Optional;

/**
 * The tone (warm, cold, ...) of a step or phase of a routine, which the journal does not keep:
 * how the report tells heat from ice. Empty when the routine or step is not known any more.
 */
@FunctionalInterface
public interface Tones {
    /**
     * @param step the routine step's index, from 0
     * @param name the step's name as the journal recorded it, so a routine edited since is not misread
     * @param phase the cycle phase's name, empty outside cycles
     */
    Optional<Tone> of(String routine, int step, String name, Optional<String> phase);
}
