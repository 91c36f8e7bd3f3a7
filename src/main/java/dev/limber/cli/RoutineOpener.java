package dev.limber.cli;

import dev.limber.load.LoadResult;
import dev.limber.load.Problem;
import dev.limber.load.RoutineFile;
import dev.limber.load.RoutineLoader;
import dev.limber.play.PlayRequest;
import dev.limber.routine.Routine;
import dev.limber.text.Sanitizer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Turns a ROUTINE argument and its {@code --set} overrides into a loaded routine for a command
 * ({@code show}, {@code run}): finds it, loads it, prints its warnings, or prints every problem
 * and stops the command with exit 1 (exit 2 when the only problems are in the command line).
 */
public final class RoutineOpener {
    /** A routine ready to use, and the warnings already printed about it. */
    public record Opened(RoutineFile file, Routine routine, List<Problem> warnings) {
    }

    private final Context context;
    private final RoutineLoader loader;

    /** An opener whose loader reads the settings file for its default pauses. */
    public RoutineOpener(Context context) {
        this(context, context.loader());
    }

    /** An opener with a loader made from settings already read (a player reads them once). */
    public RoutineOpener(Context context, RoutineLoader loader) {
        this.context = context;
        this.loader = loader;
    }

    public Opened open(String routine, Map<String, String> overrides, PrintWriter err) {
        RoutineFile file = context.library().find(routine)
                .orElseThrow(() -> new CliError(2, context.library().notFound(routine)));
        return open(file, overrides, err);
    }

    /** Loads a routine file already found. */
    public Opened open(RoutineFile file, Map<String, String> overrides, PrintWriter err) {
        return open(file, overrides, Map.of(), err);
    }

    /**
     * Loads a routine file already found, its problems naming each parameter as the person gave
     * it: with {@code typed} of {@code heat -> --heat}, a problem with {@code --set heat=25m} is
     * one with {@code --heat 25m}.
     */
    public Opened open(RoutineFile file, Map<String, String> overrides, Map<String, String> typed, PrintWriter err) {
        return opened(file, loader.load(file, overrides), typed, err);
    }

    /**
     * How {@link dev.limber.play.PlaySession} opens {@code file}: problems printed to {@code err}
     * as for any command, parameters named as {@code typed} names them.
     */
    public PlayRequest.Opener forPlay(RoutineFile file, Map<String, String> typed, PrintWriter err) {
        return new PlayRequest.Opener() {
            @Override
            public String id() {
                return file.id();
            }

            @Override
            public PlayRequest.Opened open(Map<String, String> overrides) {
                return forPlay(RoutineOpener.this.open(file, overrides, typed, err));
            }

            @Override
            public PlayRequest.Opened openAsPlayed(Map<String, String> played) {
                return forPlay(opened(file, loader.loadAsPlayed(file, played), Map.of(), err));
            }
        };
    }

    private static PlayRequest.Opened forPlay(Opened o) {
        return new PlayRequest.Opened(o.routine(), o.warnings());
    }

    private static Opened opened(RoutineFile file, LoadResult result, Map<String, String> typed, PrintWriter err) {
        List<Problem> problems = result.problems().stream().map(p -> asTyped(p, typed)).toList();
        print(problems, err);
        if (result.routine().isEmpty()) {
            boolean commandLineOnly = result.errors().stream().allMatch(Problem::fromCommandLine);
            throw new CliError(commandLineOnly ? 2 : 1, null);
        }
        return new Opened(file, result.routine().get(), problems.stream().filter(p -> !p.isError()).toList());
    }

    /** {@code p} with the option that set its parameter, where {@code typed} names one. */
    static Problem asTyped(Problem p, Map<String, String> typed) {
        for (Map.Entry<String, String> t : typed.entrySet()) {
            String set = Problem.OVERRIDE_PREFIX + t.getKey() + "=";
            if (p.file().startsWith(set)) {
                return new Problem(t.getValue() + " " + p.file().substring(set.length()), p.line(), p.path(),
                        p.message(), p.severity());
            }
        }
        return p;
    }

    /** A hostile file can have a problem per line; past this many, the rest are counted, not printed. */
    static final int MAX_PRINTED = 100;

    /** One line per problem, {@code FILE:LINE: path: message}, with nothing that could drive the terminal. */
    public static void print(List<Problem> problems, PrintWriter err) {
        for (Problem p : problems.subList(0, Math.min(problems.size(), MAX_PRINTED))) {
            err.println(Sanitizer.line(p.format()));
        }
        if (problems.size() > MAX_PRINTED) {
            err.println(Sanitizer.line(problems.get(MAX_PRINTED).file()) + ": " + (problems.size() - MAX_PRINTED)
                    + " more problems not shown");
        }
        err.flush();
    }
}
