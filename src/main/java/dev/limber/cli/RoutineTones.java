package dev.limber.cli;

import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.report.Tones;
import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.Tone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tones of journaled steps, read from the routines as they are now (each loaded once): the
 * journal does not keep which phase was heat and which ice. A step counts only when the routine
 * still has a step of that name at that place, so an edited routine is not misread.
 */
final class RoutineTones implements Tones {
    private final RoutineLibrary library;
    private final RoutineLoader loader;
    private final Map<String, Optional<Routine>> loaded = new HashMap<>();

    RoutineTones(RoutineLibrary library, RoutineLoader loader) {
        this.library = library;
        this.loader = loader;
    }

    @Override
    public Optional<Tone> of(String routine, int step, String name, Optional<String> phase) {
        Optional<Routine> r = loaded.computeIfAbsent(routine,
                id -> library.find(id).flatMap(file -> loader.load(file).routine()));
        if (r.isEmpty() || step < 0 || step >= r.get().steps().size()) {
            return Optional.empty();
        }
        Step s = r.get().steps().get(step);
        if (!s.name().equals(name)) {
            return Optional.empty();
        }
        if (s instanceof Step.Cycle c && phase.isPresent()) {
            List<Phase> phases = c.phases();
            for (Phase p : phases) {
                if (p.name().equals(phase.get())) {
                    return p.tone().or(() -> c.base().tone());
                }
            }
            return Optional.empty();
        }
        return s.base().tone();
    }
}
