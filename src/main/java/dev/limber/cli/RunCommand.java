package dev.limber.cli;

import dev.limber.load.RoutineFile;
import dev.limber.play.PlayRequest;
import dev.limber.play.PlaySession;
import dev.limber.settings.Settings;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code limber run ROUTINE [options]}: plays a routine. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Play a routine.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROUTINE", description = "a routine id or a path to a .conf file")
    String routine;

    @Mixin
    RunOptions options;

    private final Context context;

    RunCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        return play(context, routine, options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Plays {@code routine} as {@code limber run} does, however its command line was read. */
    static int play(Context context, String routine, RunOptions options, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        return play(context, options, () -> context.library().find(routine)
                .orElseThrow(() -> new CliError(2, context.library().notFound(routine))), options.sets(),
                Map.of(), PlayRequest.Gate.OPEN, out, err);
    }

    /**
     * Plays as every command with {@link RunOptions} does ({@code run}, {@code heat-ice}): the
     * warm-up started, the settings read, then {@link PlaySession} with the routine {@code file}
     * names, with the params {@code given} (named in its problems as {@code typed} names them).
     */
    static int play(Context context, RunOptions options, Supplier<RoutineFile> file, Map<String, String> given,
            Map<String, String> typed, PlayRequest.Gate gate, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        WarmUp.start(!options.plain);
        options.validate();
        Settings settings = context.settingsForPlay(err);
        RoutineOpener opener = new RoutineOpener(context, Context.loader(settings));
        PlayRequest request = new PlayRequest(opener.forPlay(file.get(), typed, err), given, options.speed,
                options.mute, options.resume, options.noJournal, gate, Stages.of(options, settings, out, err));
        return new PlaySession(context.locations(), settings).play(request);
    }
}
