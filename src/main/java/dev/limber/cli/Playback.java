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
import dev.limber.tui.Played;
import dev.limber.tui.Summary;
import dev.limber.tui.TerminalCheck;
import dev.limber.tui.TuiPlayer;
import dev.limber.tui.TuiScreen;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Plays a loaded routine with the player that fits the terminal and wires the session's events to
 * whoever listens: the full screen on a terminal, the plain player with {@code --plain} or
 * without one. The clock is the system's, made aware of suspend and scaled by {@code --speed}.
 */
final class Playback {
    private final Context context;
    private final RunOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    Playback(Context context, RunOptions options, CommandLine commandLine) {
        this.context = context;
        this.options = options;
        this.out = commandLine.getOut();
        this.err = commandLine.getErr();
    }

    int play(RoutineOpener.Opened opened) throws InterruptedException {
        Plan plan = Planner.plan(opened.routine());
        if (!options.plain) {
            Optional<String> problem = TerminalCheck.problem();
            if (problem.isEmpty()) {
                Optional<TuiScreen> screen = openScreen();
                if (screen.isPresent()) {
                    return play(plan, screen.get());
                }
            } else {
                err.println(problem.get());
                err.flush();
            }
        }
        Consumer<Event> listener = e -> {
        };
        Result result = plainPlay(plan, 0, listener, () -> {
        });
        return 0;
    }

    /** Plays on an open full screen (also the picker's), closes it, then prints a summary line. */
    int play(Plan plan, TuiScreen screen) {
        Consumer<Event> listener = e -> {
        };
        Ticker ticker = SuspendAwareTicker.system().scaled(options.speed);
        StopSignals.install(screen::interrupt);
        Summary summary;
        try (screen) {
            TuiPlayer player = new TuiPlayer(screen, ticker, options.speed, options.mute, listener, muted -> {
            });
            Played played = player.play(plan, 0);
            summary = Summary.of(plan, played.result(), List.of());
            if (played.result().completed() && !played.interrupted()) {
                // a finished routine gets its end screen; after q or Ctrl-C the person wants out
                player.showSummary(summary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(summary.line());
        out.flush();
        return 0;
    }

    private Optional<TuiScreen> openScreen() {
        try {
            return Optional.of(TuiScreen.open());
        } catch (IOException e) {
            err.println("limber: cannot open the full screen (" + e.getMessage() + "); playing line by line (--plain)");
            err.flush();
            return Optional.empty();
        }
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
