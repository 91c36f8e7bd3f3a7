package dev.limber.cli;

import dev.limber.cue.CueCheck;
import dev.limber.cue.Host;
import dev.limber.settings.Settings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code limber cues --test}: tries the tones, the voice and a desktop notification as the
 * settings choose them, one line each, so a person can trust the alarm before walking away.
 * Exit 1 when a cue the settings turn on does not work.
 */
@Command(name = "cues", mixinStandardHelpOptions = true,
        description = "Try the cues on this machine: tones (or the bell), voice, desktop notification.")
final class CuesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--test", required = true,
            description = "Play each tone, speak a phrase and send a notification, and say which of them work.")
    boolean test;

    private final Context context;
    private final Host host;

    CuesCommand(Context context) {
        this(context, Host.current());
    }

    /** @param host the environment, OS and terminal the cues are tried on */
    CuesCommand(Context context, Host host) {
        this.context = context;
        this.host = host;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = context.settingsForPlay(spec.commandLine().getErr());
        CueCheck check = CueCheck.of(settings, host);
        boolean failed = false;
        for (Supplier<CueCheck.Report> next : List.<Supplier<CueCheck.Report>>of(check::tones, check::voice,
                check::notifications)) {
            // one line as each is done: tones and speech take seconds
            CueCheck.Report r = next.get();
            out.println(r.line());
            out.flush();
            failed |= r.status() == CueCheck.Status.FAILS;
        }
        return failed ? 1 : 0;
    }
}
