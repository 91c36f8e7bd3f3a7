package dev.limber.cli;

import dev.limber.plain.PlainLoop;
import dev.limber.plain.PlainPlayer;
import dev.limber.plain.StopSignals;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.SuspendAwareTicker;
import dev.limber.session.Ticker;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Plays a loaded routine with the player that fits the terminal and wires the session's events to
 * whoever listens. The clock is the system's, made aware of suspend and scaled by {@code --speed}.
 */
final class Playback {
    private final Context context;
    private final RunOptions options;
    private final PrintWriter out;

    Playback(Context context, RunOptions options, CommandLine commandLine) {
        this.context = context;
        this.options = options;
        this.out = commandLine.getOut();
    }

    int play(RoutineOpener.Opened opened) throws InterruptedException {
        Plan plan = Planner.plan(opened.routine());
        Consumer<Event> listener = e -> {
        };
        Result result = plainPlay(plan, 0, listener, () -> {
        });
        return 0;
    }

    private Result plainPlay(Plan plan, int startSegment, Consumer<Event> listener, Runnable toggleMute)
            throws InterruptedException {
        Ticker ticker = SuspendAwareTicker.system().scaled(options.speed);
        PlainPlayer player = new PlainPlayer(plan, startSegment, out, listener, toggleMute);
        PlainLoop loop = new PlainLoop(player, ticker, options.speed);
        StopSignals.install(loop::interrupt);
        return loop.run(System.in);
    }
}
