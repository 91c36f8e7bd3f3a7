package dev.limber.load;

import dev.limber.routine.Routine;
import java.util.List;
import java.util.Optional;

/**
 * What loading a routine gave: the routine when there was no error, and every problem found,
 * errors and warnings, in file and line order.
 */
public record LoadResult(Optional<Routine> routine, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return routine.isPresent();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
