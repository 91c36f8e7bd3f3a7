package dev.limber.cli;

import dev.limber.settings.Settings;
import java.io.PrintWriter;
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
        WarmUp.start(!options.plain);
        options.validate();
        Settings settings = context.settingsForPlay(err);
        RoutineOpener opener = new RoutineOpener(context, Context.loader(settings));
        RoutineOpener.Opened opened = opener.asPlayed(opener.open(routine, options.sets(), err), options.resume,
                options.sets(), err);
        return new Playback(context, options, out, err, settings).play(opened);
    }
}
