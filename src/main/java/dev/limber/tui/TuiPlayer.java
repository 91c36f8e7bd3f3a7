package dev.limber.tui;

import dev.limber.session.Command;
import dev.limber.session.Summary;
import com.googlecode.lanterna.input.KeyStroke;
import dev.limber.plan.Plan;
import dev.limber.session.Command;
import dev.limber.session.Event;
import dev.limber.session.OffTime;
import dev.limber.session.Session;
import dev.limber.session.Snapshot;
import dev.limber.session.Start;
import dev.limber.session.State;
import dev.limber.session.Ticker;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The full-screen player's loop: starts a {@link Session}, turns keys into commands through the
 * key table, passes every event on, and redraws only when the picture changed. Between changes
 * it sleeps until the session's next deadline or a key, never polling. Any key stops a repeating
 * alert, and the loop outlasts the session while an alert repeats (its end's, after heat or ice).
 */
public final class TuiPlayer {
    private final PlayerScreen screen;
    private final Ticker ticker;
    private final double speed;
    private final Consumer<Event> listener;
    private final Consumer<Boolean> onMute;
    private final PlayerView view;
    private final PlayerFrame frame;
    private final PictureArea pictures;
    /** Pictures are made once the first frame is out, never before it. */
    private final AfterFirstFrame firstFrame;
    private Ui ui;
    private int shownSegment = -1;

    /**
     * @param ticker the engine's clock, already scaled by {@code speed} ({@code Ticker.scaled})
     * @param speed how much faster than real time the ticker runs, to turn deadlines into sleeps
     * @param muted whether cues start muted ({@code --mute})
     * @param kept whether the journal keeps this session: what the help and the quit question promise
     * @param showPictures whether steps' pictures start shown ({@code pictures} in the settings)
     * @param listener gets every event, in order (cues, journal, resume file)
     * @param onMute told the new state each time {@code m} is pressed
     */
    TuiPlayer(PlayerScreen screen, Ticker ticker, double speed, boolean muted, boolean kept, boolean showPictures,
            Consumer<Event> listener, Consumer<Boolean> onMute) {
        this.screen = screen;
        this.ticker = ticker;
        this.speed = speed;
        this.listener = listener;
        this.onMute = onMute;
        this.firstFrame = new AfterFirstFrame(PictureWorker.start());
        this.pictures = new PictureArea(new PictureCells(firstFrame, screen::wake), screen.palette().depth());
        this.view = new PlayerView(screen.palette(), new OffTime(Clock::systemDefaultZone, speed), kept, Optional.of(pictures));
        this.frame = new PlayerFrame(view);
        this.ui = Ui.start(muted).withPictures(showPictures);
    }

    /**
     * Plays {@code plan} from {@code start} until it ends, the person quits, or the terminal is
     * lost (then it ends as after Ctrl-C).
     */
    public Played play(Plan plan, Start start) {
        Session session = new Session(plan, start);
        emit(session.start(ticker.nanos()));
        Controls.Exit exit = Controls.Exit.STAY;
        while (!session.isFinished() || session.alerting()) {
            long now = ticker.nanos();
            emit(session.tick(now));
            if (session.isFinished() && !session.alerting()) {
                break;
            }
            if (screen.interrupted()) {
                emit(session.apply(Command.QUIT, now));
                exit = Controls.Exit.INTERRUPT;
                break;
            }
            Snapshot snapshot = session.snapshot(now);
            if (snapshot.segment().index() != shownSegment) {
                // new text starts at its top, and a notice about the last segment goes
                shownSegment = snapshot.segment().index();
                ui = ui.withScroll(0).withNotice(Optional.empty());
            }
            if (ui.notice().filter(n -> n.until() <= now).isPresent()) {
                ui = ui.withNotice(Optional.empty());
            }
            Ui shown = ui;
            try {
                screen.show(frame.of(snapshot, shown));
                firstFrame.shown();
                long due = Math.min(Math.min(session.nextDeadline(now), ui.notice().map(Ui.Notice::until).orElse(Long.MAX_VALUE)),
                        pictures.nextChange(snapshot, now));
                long wait = Math.min(realWait(due, now), view.nanosUntilWallChange(snapshot));
                Optional<KeyStroke> key = screen.nextKey(wait);
                while (key.isPresent() && exit == Controls.Exit.STAY) {
                    exit = onKey(session, key.get());
                    key = exit == Controls.Exit.STAY ? screen.nextKey(0) : Optional.empty();
                }
            } catch (IOException lost) {
                // The terminal went away (a closed window, a dropped ssh): end the session the way
                // Ctrl-C would, so what was done is still recorded.
                screen.interrupt();
                continue;
            }
            if (exit != Controls.Exit.STAY) {
                break;
            }
        }
        return new Played(session.result(), exit == Controls.Exit.INTERRUPT || screen.interrupted());
    }

    private Controls.Exit onKey(Session session, KeyStroke key) {
        // Someone is there: any key stops an alert first, then does what it does.
        emit(session.apply(Command.ACKNOWLEDGE, ticker.nanos()));
        State state = session.snapshot(ticker.nanos()).state();
        boolean running = state == State.RUNNING || state == State.WAITING;
        Controls.Outcome o = Controls.on(ui, key, view.keys(), view.page(), running);
        if (o.ui().muted() != ui.muted()) {
            onMute.accept(o.ui().muted());
        }
        // scrolled no further than the text on screen goes, so a key back up moves it at once
        ui = o.ui().withScroll(Math.min(o.ui().scroll(), view.scrollMax()));
        for (Command c : o.commands()) {
            emit(session.apply(c, ticker.nanos()));
        }
        return o.exit();
    }

    /** The real time to sleep until engine time {@code deadline}: the engine runs {@code speed}x. */
    private long realWait(long deadline, long now) {
        if (deadline == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        // a hair past the deadline, so the wake-up finds the change already due
        return (long) Math.ceil((deadline - now) / speed) + 1_000_000L;
    }

    /**
     * Shows the end summary until a close key (Enter, q, Esc, space) or an interrupt. Call after
     * {@link #play} unless the session was interrupted.
     */
    public void showSummary(Summary summary) throws IOException {
        SummaryView summaryView = new SummaryView(screen.palette());
        while (!screen.interrupted()) {
            screen.show(g -> summaryView.draw(g, summary));
            Optional<KeyStroke> key = screen.nextKey(Long.MAX_VALUE);
            while (key.isPresent()) {
                if (KeyMap.SUMMARY.action(key.get()).isPresent()) {
                    return;
                }
                key = screen.nextKey(0);
            }
        }
    }

    private void emit(List<Event> events) {
        for (Event e : events) {
            if (e instanceof Event.FinishAsked asked) {
                ui = ui.withNotice(Optional.of(new Ui.Notice("Press " + KeyMap.PACED.keysFor(Action.ENTER)
                        + " again to finish this step", asked.until())));
            }
            listener.accept(e);
        }
    }
}
