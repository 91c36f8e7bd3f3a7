package dev.limber.plain;

import dev.limber.cue.Cues;
import dev.limber.plan.Plan;
import dev.limber.play.Stage;
import dev.limber.session.Event;
import dev.limber.session.OffTime;
import dev.limber.session.Result;
import dev.limber.session.Start;
import dev.limber.session.Ticker;
import dev.limber.term.Answer;
import dev.limber.term.LineAsker;
import dev.limber.term.LineInput;
import dev.limber.term.Question;
import dev.limber.term.Signals;
import dev.limber.text.Sanitizer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The line-by-line stage: {@code --plain}, or no terminal. Questions before the session read stdin
 * unbuffered; once the player's reader thread owns stdin, questions take its lines.
 */
public final class PlainStage implements Stage {
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream in;
    private final Ticker ticker;
    private final double speed;
    /** Whether stdin is a terminal: asked only when a question comes before the session. */
    private final BooleanSupplier stdinIsTerminal;
    private PlainLoop loop;
    private PlainPlayer player;

    /** @param stdinIsTerminal whether {@code in} is a terminal ({@code Tty::stdinIsTerminal} for stdin) */
    public PlainStage(PrintWriter out, PrintWriter err, InputStream in, BooleanSupplier stdinIsTerminal, Ticker ticker,
            double speed) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.ticker = ticker;
        this.speed = speed;
        this.stdinIsTerminal = stdinIsTerminal;
    }

    @Override
    public boolean wantsOut() {
        // Ctrl-C before the session kills nothing yet worth keeping; during it, the player ends the
        // session, and after that no question is asked. Nor is one asked where nobody reads it.
        return loop != null && (loop.interrupted() || player.outputLost());
    }

    @Override
    public Answer ask(Question question) {
        if (question.kind() != Question.Kind.LEVEL || (loop != null && loop.inputClosed())) {
            return new Answer.None();
        }
        // Before the session stdin is read a byte at a time, leaving the commands after the answer
        // for the player; once the player's thread owns stdin, its lines.
        if (loop == null) {
            // < /dev/null: nobody can answer, so nothing is asked
            return new LineAsker(new LineInput(in), out, stdinIsTerminal.getAsBoolean()).ask(question);
        }
        // after the session the player has read stdin: at its end no question comes this far
        return new LineAsker(this::nextLine, out).ask(question);
    }

    private String nextLine() {
        try {
            return loop.nextLine();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public Result play(Plan plan, Start start, Consumer<Event> listener, Cues cues, boolean kept)
            throws InterruptedException {
        player = new PlainPlayer(plan, start, out, listener, () -> {
            boolean muted = cues.toggleMute();
            out.println(muted ? "Muted" : "Sound on");
        }, new OffTime(Clock::systemDefaultZone, speed));
        loop = new PlainLoop(player, ticker, speed);
        Signals.onStop(loop::interrupt);
        return loop.run(in);
    }

    @Override
    public boolean unattended() {
        return player != null && player.unattended();
    }

    @Override
    public void summarize(Plan plan, Result result, List<String> notes) {
        // The player already printed its summary line when the session finished.
        notes.forEach(n -> out.println(Sanitizer.line(n)));
        out.flush();
    }

    @Override
    public void note(String line) {
        out.println(Sanitizer.line(line));
        out.flush();
    }

    @Override
    public void warn(String line) {
        // Cue threads call this too.
        synchronized (err) {
            err.println(Sanitizer.line(line));
            err.flush();
        }
    }

    @Override
    public void close() {
        out.flush();
    }
}
