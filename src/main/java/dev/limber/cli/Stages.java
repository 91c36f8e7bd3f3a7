package dev.limber.cli;

import dev.limber.plain.PlainStage;
import dev.limber.play.PlayRequest;
import dev.limber.play.Stage;
import dev.limber.session.Ticker;
import dev.limber.settings.Settings;
import dev.limber.term.Tty;
import dev.limber.text.Sanitizer;
import dev.limber.tui.ScreenStage;
import dev.limber.tui.TerminalCheck;
import dev.limber.tui.TuiScreen;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Which stage {@code run} and {@code heat-ice} play on: the full screen when there is a terminal
 * that can show it, otherwise (or with {@code --plain}) line by line, saying why on stderr.
 */
final class Stages {
    private Stages() {
    }

    static PlayRequest.StageOpener of(RunOptions options, Settings settings, PrintWriter out, PrintWriter err) {
        return ticker -> open(options, settings, out, err, ticker);
    }

    private static Stage open(RunOptions options, Settings settings, PrintWriter out, PrintWriter err, Ticker ticker) {
        Optional<TuiScreen> screen = options.plain ? Optional.empty() : openScreen(settings, err);
        return screen.<Stage>map(s -> new ScreenStage(s, out, ticker, options.speed, options.mute, settings.pictures()))
                .orElseGet(() -> new PlainStage(out, err, System.in, Tty::stdinIsTerminal, ticker, options.speed));
    }

    private static Optional<TuiScreen> openScreen(Settings settings, PrintWriter err) {
        Optional<String> problem = TerminalCheck.problem();
        if (problem.isPresent()) {
            err.println(problem.get());
            err.flush();
            return Optional.empty();
        }
        try {
            return Optional.of(TuiScreen.open(settings.theme()));
        } catch (IOException e) {
            err.println("limber: cannot open the full screen (" + Sanitizer.line(String.valueOf(e.getMessage()))
                    + "); playing line by line (--plain)");
            err.flush();
            return Optional.empty();
        }
    }
}
