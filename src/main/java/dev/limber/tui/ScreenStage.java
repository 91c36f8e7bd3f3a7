package dev.limber.tui;

import dev.limber.cue.Cues;
import dev.limber.play.Stage;
import dev.limber.plan.Plan;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.Start;
import dev.limber.session.Ticker;
import dev.limber.term.Answer;
import dev.limber.term.Question;
import dev.limber.term.Signals;
import dev.limber.session.Summary;
import dev.limber.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The full-screen stage. Questions are asked on the open screen; the summary line and any notes
 * are printed on the normal screen after it closes, so they stay in the person's scrollback.
 */
public final class ScreenStage implements Stage {
    private final TuiScreen screen;
    private final PrintWriter out;
    private final Ticker ticker;
    private final double speed;
    private final boolean startMuted;
    private final boolean pictures;
    private final List<String> afterwards = Collections.synchronizedList(new ArrayList<>());
    private boolean interrupted;
    private TuiPlayer player;

    /** @param pictures whether steps' pictures are shown ({@code pictures} in the settings) */
    public ScreenStage(TuiScreen screen, PrintWriter out, Ticker ticker, double speed, boolean startMuted, boolean pictures) {
        this.screen = screen;
        this.out = out;
        this.ticker = ticker;
        this.speed = speed;
        this.startMuted = startMuted;
        this.pictures = pictures;
        Signals.onStop(screen::interrupt);
    }

    @Override
    public Answer ask(Question question) {
        return wantsOut() ? new Answer.None() : screen.ask(question);
    }

    @Override
    public boolean wantsOut() {
        return interrupted || screen.interrupted();
    }

    @Override
    public Result play(Plan plan, Start start, Consumer<Event> listener, Cues cues, boolean kept) {
        player = new TuiPlayer(screen, ticker, speed, startMuted, kept, pictures, listener, cues::setMuted);
        Played played = player.play(plan, start);
        interrupted = played.interrupted();
        return played.result();
    }

    @Override
    public void summarize(Plan plan, Result result, List<String> notes) {
        Summary summary = Summary.of(plan, result, notes);
        if (result.completed() && !wantsOut() && player != null) {
            // A finished routine gets its end screen; after q or Ctrl-C the person wants out.
            try {
                player.showSummary(summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        afterwards.add(summary.line());
        afterwards.addAll(notes);
    }

    @Override
    public void note(String line) {
        afterwards.add(line);
    }

    @Override
    public void warn(String line) {
        // Printed once the screen is closed; cue threads call this too.
        afterwards.add(line);
    }

    @Override
    public void close() {
        screen.close();
        List<String> lines;
        synchronized (afterwards) {
            lines = List.copyOf(afterwards);
        }
        lines.forEach(l -> out.println(Sanitizer.line(l)));
        out.flush();
    }
}
