package dev.limber.tui;

import java.time.Duration;
import java.util.Optional;

/**
 * One routine in the picker, as plain data so the picker needs nothing from the loader.
 *
 * @param id what {@code limber run} takes
 * @param total the planned time
 * @param about one line about it, or empty
 * @param problem why it cannot be played (its first error, with file and line), or empty
 * @param unfinished a session of it was left part-way and can be resumed
 */
public record PickerEntry(String id, String title, Duration total, String about, Optional<String> problem,
        boolean unfinished) {

    /** A routine that loads and can be played. */
    public PickerEntry(String id, String title, Duration total, String about) {
        this(id, title, total, about, Optional.empty(), false);
    }

    /** A routine that does not load: listed under its id, with what is wrong, so it is not silently missing. */
    public static PickerEntry broken(String id, String problem) {
        return new PickerEntry(id, id, Duration.ZERO, "", Optional.of(problem), false);
    }

    /** The same routine, marked as having a session to resume. */
    public PickerEntry withUnfinished() {
        return new PickerEntry(id, title, total, about, problem, true);
    }

    boolean playable() {
        return problem.isEmpty();
    }
}
