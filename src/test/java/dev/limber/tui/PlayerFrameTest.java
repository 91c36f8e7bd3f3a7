package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.Steps;
import dev.limber.routine.Beat;
import dev.limber.routine.Picture;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Tempo;
import dev.limber.session.Command;
import dev.limber.session.Session;
import dev.limber.session.Snapshot;
import dev.limber.session.SnapshotBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Frames painted as changes on the frame before are the frames a whole repaint makes: a session
 * played through every kind of step, with pauses, help, the quit question, notices, alerts,
 * pictures and resizes, compared cell by cell with a fresh view drawing each moment anew.
 */
class PlayerFrameTest {
    private static final long MS = 1_000_000L;
    private static final Picture AB_CURL = new Picture.Figure("ab-curl", Optional.empty());
    private static final Picture KNEE_HUG = new Picture.Figure("knee-hug", Optional.empty());

    private static Plan plan() {
        Step.Timed hug = new Step.Timed(new StepBase("Knee hug", Optional.of("Lie on your back and pull one knee "
                + "to your chest. Breathe out slowly and let the lower back sink into the floor."), List.of("left", "right"),
                1, Steps.pauses(3, 0, 2, 0), Optional.empty(), Optional.of(KNEE_HUG)), Duration.ofSeconds(12),
                Optional.empty());
        Step.Reps curl = new Step.Reps(new StepBase("Ab curl", Optional.of("Slow and controlled."), List.of(), 1,
                Steps.pauses(0, 0, 0, 0), Optional.empty(), Optional.of(AB_CURL)), 3,
                Optional.of(new Tempo(List.of(new Beat("up", Duration.ofSeconds(2)), new Beat("hold", Duration.ofSeconds(1)),
                        new Beat("down", Duration.ofSeconds(2))))));
        return Steps.plan(Steps.timed("Piriformis stretch", 70), Steps.note("Before the next part"), hug, curl,
                Steps.tapped("Bridges", 11), Steps.cycle("Heat and ice", 1, 9, 6));
    }

    /** A view that makes pictures on the spot, as if the worker were instant. */
    private static PlayerView view(Palette.Depth depth) {
        return new PlayerView(Palette.of(depth), Snapshots.OFF_TIME, true,
                Optional.of(new PictureArea(new PictureCells(Runnable::run, () -> { }), depth)));
    }

    /** Counts the frames that were painted as changes only. */
    private static final class Counted implements Redraw {
        final PlayerFrame frame;
        int updates;
        int paints;

        Counted(PlayerView view) {
            frame = new PlayerFrame(view);
        }

        @Override
        public void paint(TextGraphics g) {
            paints++;
            frame.paint(g);
        }

        @Override
        public boolean update(TextGraphics g) {
            boolean done = frame.update(g);
            updates += done ? 1 : 0;
            return done;
        }
    }

    /** One way through the session, with sizes changing at {@code resizes} (seconds, then columns and rows). */
    private static Counted play(Palette.Depth depth, int w, int h, int[][] resizes) {
        Session session = new Session(plan());
        Counted retained = new Counted(view(depth));
        VirtualScreen screen = new VirtualScreen(w, h);
        Ui ui = Ui.start(false);
        long now = 0;
        session.start(now);
        int frames = 0;
        while ((!session.isFinished() || session.alerting()) && now < 400_000 * MS) {
            session.tick(now);
            long second = now / (1000 * MS);
            boolean onSecond = now % (1000 * MS) == 0;
            Snapshot peek = session.snapshot(now);
            if (onSecond) {
                for (int[] r : resizes) {
                    if (r[0] == second) {
                        screen.resize(r[1], r[2]);
                    }
                }
                // things a person does, at moments that fall on every kind of step
                if (peek.remaining().isEmpty() && second % 3 == 0) {
                    session.apply(Command.ENTER, now);
                }
                if (peek.alert().isPresent() && second % 4 == 0) {
                    session.apply(Command.ACKNOWLEDGE, now);
                }
                // the clocks past ten minutes and back, each on its own: they take a column more, then one less
                int presses = second == 2 ? 49 : second == 26 ? 6 : second == 50 ? -56 : 0;
                for (int i = 0; i < Math.abs(presses); i++) {
                    session.apply(presses > 0 ? Command.ADD_TIME : Command.REMOVE_TIME, now);
                }
                ui = switch ((int) (second % 37)) {
                    case 5, 9 -> { session.apply(Command.TOGGLE_PAUSE, now); yield ui; }
                    case 12 -> ui.withHelp(true);
                    case 14 -> ui.withHelp(false);
                    case 17 -> ui.withAskingQuit(true);
                    case 19 -> ui.withAskingQuit(false);
                    case 21 -> ui.withNotice(Optional.of(new Ui.Notice("Press enter again to finish this step", 0)));
                    case 23 -> ui.withNotice(Optional.empty());
                    case 25 -> ui.withPictures(false);
                    case 27 -> ui.withPictures(true).withMuted(true);
                    case 30 -> { session.apply(Command.ADD_TIME, now); yield ui; }
                    default -> ui;
                };
            }
            Snapshot s = session.snapshot(now);
            Ui shown = ui;
            retained.frame.of(s, shown);
            show(screen, retained);
            VirtualScreen fresh = new VirtualScreen(screen.terminal.getTerminalSize().getColumns(),
                    screen.terminal.getTerminalSize().getRows());
            PlayerView whole = view(depth);
            fresh.show(g -> whole.draw(g, s, shown));
            assertSameCells(screen, fresh, "at " + now / MS + " ms, " + s.segment().title());
            frames++;
            now += 250 * MS;
        }
        assertThat(frames).isGreaterThan(600);
        return retained;
    }

    private static void show(VirtualScreen screen, Redraw painter) {
        try {
            screen.frames.show(painter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameCells(VirtualScreen a, VirtualScreen b, String when) {
        int w = b.terminal.getTerminalSize().getColumns();
        int h = b.terminal.getTerminalSize().getRows();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                TextCharacter want = b.at(x, y);
                if (!want.equals(a.at(x, y))) {
                    assertThat(a.text()).as("cell %d,%d %s: %s instead of %s", x, y, when, a.at(x, y), want)
                            .isEqualTo(b.text());
                    assertThat(a.at(x, y)).as("cell %d,%d %s", x, y, when).isEqualTo(want);
                }
            }
        }
    }

    /** Snapshots of one segment shown one after the other on one screen, each compared with a whole repaint. */
    private static Counted show(int w, int h, Ui ui, Snapshot... moments) {
        Counted retained = new Counted(view(Palette.Depth.ANSI16));
        VirtualScreen screen = new VirtualScreen(w, h);
        for (Snapshot s : moments) {
            retained.frame.of(s, ui);
            show(screen, retained);
            VirtualScreen fresh = new VirtualScreen(w, h);
            fresh.show(g -> view(Palette.Depth.ANSI16).draw(g, s, ui));
            assertSameCells(screen, fresh, s.toString());
        }
        return retained;
    }

    @Test
    void aStatusLineThatComesAndGoesMovesTheRowsBelowIt() {
        Segment hold = Snapshots.work("Plank", null, 1, 1, Duration.ofSeconds(60), dev.limber.routine.Tone.WORK, "Hold.");
        Snapshot plain = SnapshotBuilder.of("Core", hold).time(Duration.ofSeconds(30), Duration.ofSeconds(30)).build();
        Snapshot skin = SnapshotBuilder.of("Core", hold).time(Duration.ofSeconds(29), Duration.ofSeconds(31)).checkSkin()
                .build();
        Snapshot later = SnapshotBuilder.of("Core", hold).time(Duration.ofSeconds(28), Duration.ofSeconds(32)).build();
        Counted c = show(80, 24, Ui.start(false), plain, skin, later, later);
        assertThat(c.updates).as("the same moment again is painted as changes").isEqualTo(1);
    }

    @Test
    void at80x24ChangesOnTheFrameBeforeAreTheWholePicture() {
        Counted c = play(Palette.Depth.ANSI16, 80, 24, new int[0][]);
        assertThat(c.updates).as("most frames repaint only what changed").isGreaterThan(c.paints * 2);
    }

    @Test
    void withPicturesAndResizesAsWell() {
        Counted c = play(Palette.Depth.TRUE_COLOR, 100, 30, new int[][] {{40, 40, 12}, {60, 80, 24}, {75, 20, 6},
            {80, 100, 30}, {130, 120, 40}});
        assertThat(c.updates).isGreaterThan(c.paints * 2);
    }

    @Test
    void inMonoWhereUrgentDigitsAreReversedAndAtSmallSizes() {
        play(Palette.Depth.MONO, 40, 12, new int[][] {{50, 41, 10}, {90, 100, 30}});
    }
}
