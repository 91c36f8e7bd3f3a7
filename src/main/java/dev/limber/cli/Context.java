package dev.limber.cli;

import dev.limber.home.Locations;
import dev.limber.journal.FullSessions;
import dev.limber.journal.Journal;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.Problem;
import dev.limber.load.RoutineLoader;
import dev.limber.load.SettingsLoader;
import dev.limber.settings.Settings;
import dev.limber.text.Sanitizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

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

    /** The settings file as read, with its problems (a broken key keeps its default). */
    public SettingsLoader.Loaded settings() {
        return SettingsLoader.load(locations.settings());
    }

    /**
     * What progression needs of the journal, read at the first routine that has a progressing
     * step and kept for the others ({@code list} and the picker raise many routines); its
     * warnings are printed to {@code err}, once.
     */
    public Supplier<FullSessions> journalProgress(PrintWriter err) {
        FullSessions[] read = new FullSessions[1];
        return () -> {
            if (read[0] == null) {
                read[0] = new Journal(locations.journal()).fullSessionsOrWarn(
                        w -> err.println("limber: " + Sanitizer.line(w)));
                err.flush();
            }
            return read[0];
        };
    }

    /** A routine loader whose default pauses come from the settings file, where it sets them. Reads the file. */
    public RoutineLoader loader() {
        return loader(settings().settings());
    }

    /** A routine loader whose default pauses come from settings already read. */
    public static RoutineLoader loader(Settings s) {
        return new RoutineLoader(s.prepare(), s.rest());
    }

    /**
     * The settings for playing: their problems are printed, one line each, and an error stops the
     * command with exit 1 so a typo in {@code limber.conf} is fixed rather than silently ignored.
     */
    public Settings settingsForPlay(PrintWriter err) {
        SettingsLoader.Loaded loaded = settings();
        RoutineOpener.print(loaded.problems(), err);
        if (loaded.problems().stream().anyMatch(Problem::isError)) {
            throw new CliError(1, null);
        }
        return loaded.settings();
    }
}
