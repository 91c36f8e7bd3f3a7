package dev.limber.cli;

import dev.limber.home.Locations;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import java.nio.file.Path;

/**
 * What commands need from the world outside the command line: where files live and whether to
 * show stack traces. Tests build one with a temporary home instead of reading the environment.
 *
 * @param localRoutines the {@code ./routines} folder looked in first
 * @param debug {@code LIMBER_DEBUG=1}: print stack traces of unexpected errors
 */
public record Context(Locations locations, Path localRoutines, boolean debug) {

    public static Context fromEnvironment() {
        return new Context(Locations.fromEnvironment(), Path.of("routines"), "1".equals(System.getenv("LIMBER_DEBUG")));
    }

    public RoutineLibrary library() {
        return new RoutineLibrary(localRoutines, locations.userRoutines());
    }

    public RoutineLoader loader() {
        return new RoutineLoader();
    }
}
