package dev.limber.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import dev.limber.plan.Plan;
import dev.limber.session.Command;
import dev.limber.session.OffTime;
import dev.limber.session.Session;
import dev.limber.session.State;
import dev.limber.session.Summary;
import dev.limber.term.Question;
import dev.limber.term.Tty;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full-screen player's part of the archive training run (see {@code cli/ArchiveTraining} and
 * docs/ARCHITECTURE.md#start-up): without a terminal, it loads the classes a real start loads (the
 * terminal, key decoding, the views, the frame writer), so a real start maps them from the
 * class-data archive instead of loading and verifying them. Draws into the stream it is given.
 */
public final class ScreenTraining {
    private ScreenTraining() {
    }

    /**
     * Plays the first minute of {@code plan} on an 80x24 picture, with keys, the picker and a
     * question, writing the terminal's bytes to {@code out}.
     */
    public static void run(Plan plan, OutputStream out) throws IOException {
        byte[] keys = " \u001b[B\u001b[C\u001b[D?\u001bq\u001b[?62;c\u0003".getBytes(StandardCharsets.UTF_8);
        KeyDecoder decoder = new KeyDecoder();
        decoder.feed(keys, 0, keys.length);
        LimberTerminal terminal = new LimberTerminal(new TerminalOutput(out));
        TerminalSize size = LimberTerminal.cells(new Tty.Size(80, 24));
        terminal.assumeSize(size);
        terminal.enterPrivateMode();
        terminal.setCursorVisible(false);
        Frames frames = new Frames(terminal, size);
        Palette palette = Palette.detect(System.getenv());
        OffTime offTime = new OffTime(Clock::systemDefaultZone, 1);
        // built as TuiPlayer builds it, pictures and all, so their classes are in the archive too
        AfterFirstFrame firstFrame = new AfterFirstFrame(PictureWorker.start());
        PictureArea pictures = new PictureArea(new PictureCells(firstFrame, () -> { }), palette.depth());
        PlayerView view = new PlayerView(palette, offTime, true, Optional.of(pictures));
        PlayerFrame frame = new PlayerFrame(view);
        Session session = new Session(plan);
        long second = 1_000_000_000L;
        session.start(0);
        Ui ui = Ui.start(false).withPictures(true);
        for (long t = 0; t < 60 * second && !session.isFinished(); t += second) {
            session.tick(t);
            var snapshot = session.snapshot(t);
            Ui shown = ui;
            terminal.drawing(() -> frames.show(frame.of(snapshot, shown)));
            firstFrame.shown();
            // what the player asks before it waits for a key: when the picture or a wall clock changes
            pictures.nextChange(snapshot, t);
            view.nanosUntilWallChange(snapshot);
            if (snapshot.state() == State.WAITING) {
                session.apply(Command.ENTER, t); // a note or tapped reps: go on as a person would
            }
            Optional<KeyStroke> k = decoder.next();
            if (k.isPresent()) {
                ui = Controls.on(ui, k.get(), KeyMap.player(snapshot.segment()), view.page(),
                        snapshot.state() == State.RUNNING).ui();
            }
            session.nextDeadline(t);
        }
        frames.show(g -> new SummaryView(palette).draw(g, new Summary(plan.routine().title(), true, 1, 0, 0, 0,
                Duration.ofMinutes(1), List.of())));
        Question pain = Question.pain(plan.routine().title(), true);
        frames.show(g -> new QuestionBox(pain.prompt(), pain.keys()).draw(g, palette));
        frames.show(g -> new Picker(List.of(new PickerEntry("id", plan.routine().title(), plan.total(), "")))
                .draw(g, palette));
        // the colours of 256-colour and true-colour terminals too, whatever the build's TERM is
        for (Map<String, String> env : List.of(Map.of("TERM", "xterm-256color"), Map.of("COLORTERM", "truecolor"))) {
            PlayerView coloured = new PlayerView(Palette.detect(env), offTime);
            Session fresh = new Session(plan);
            fresh.start(0);
            var snapshot = fresh.snapshot(0);
            frames.show(g -> coloured.draw(g, snapshot, Ui.start(false)));
        }
        terminal.exitPrivateMode();
        terminal.flush();
        // Classes a real start loads that need a real terminal, so they cannot run here: a class
        // literal loads its class (without initializing it), and the compiler checks the names.
        List.of(TuiScreen.class, Tty.class, Keyboard.class, TerminalCheck.class, TuiPlayer.class, Played.class);
    }
}
