package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentBuilder;
import dev.limber.plan.Steps;
import dev.limber.routine.Beat;
import dev.limber.routine.Picture;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Tempo;
import dev.limber.session.Session;
import dev.limber.session.Snapshot;
import dev.limber.session.SnapshotBuilder;
import dev.limber.session.State;
import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step's picture beside the countdown: where it shows, in which cells, and when it moves. */
class PictureAreaTest {
    private static final Picture KNEE_HUG = new Picture.Figure("knee-hug", Optional.empty());
    private static final long SECOND = 1_000_000_000L;

    /** Pictures made on the spot, as if the worker were instant. */
    private static PlayerView view(Palette.Depth depth) {
        return view(depth, new PictureCells(Runnable::run, () -> { }));
    }

    private static PlayerView view(Palette.Depth depth, PictureCells cells) {
        return new PlayerView(Palette.of(depth), Snapshots.OFF_TIME, true, Optional.of(new PictureArea(cells, depth)));
    }

    private static Snapshot kneeHug(Duration left) {
        Segment seg = SegmentBuilder.work("Knee hug", Duration.ofSeconds(45)).picture(KNEE_HUG)
                .how("Lie on your back and pull one knee to your chest.").build();
        return SnapshotBuilder.of("Back stretches", seg).time(left, Duration.ofSeconds(45).minus(left)).build();
    }

    private static String draw(PlayerView v, int w, int h, Snapshot s, Ui ui) {
        return VirtualScreen.render(w, h, g -> v.draw(g, s, ui));
    }

    /** The columns right of {@code from} on every row. */
    private static String rightOf(String screen, int from) {
        StringBuilder b = new StringBuilder();
        for (String line : screen.split("\n")) {
            b.append(line.length() > from ? line.substring(from) : "").append('\n');
        }
        return b.toString();
    }

    private static boolean halfBlocks(String text) {
        return text.chars().anyMatch(c -> c == '▀' || c == '▄');
    }

    private static boolean braille(String text) {
        return text.chars().anyMatch(c -> c > 0x2800 && c <= 0x28ff);
    }

    @Test
    void at100x30TheFigureIsBesideTheDigitsInHalfBlocks() {
        String screen = draw(view(Palette.Depth.ANSI16), 100, 30, kneeHug(Duration.ofSeconds(45)), Ui.start(false));
        assertThat(halfBlocks(rightOf(screen, PictureArea.BODY_COLUMNS))).as(screen).isTrue();
        assertThat(halfBlocks(screen.substring(0, 0) + leftOf(screen, PictureArea.BODY_COLUMNS))).isFalse();
        assertThat(screen).contains("Knee hug").contains("i picture");
    }

    private static String leftOf(String screen, int to) {
        StringBuilder b = new StringBuilder();
        for (String line : screen.split("\n")) {
            b.append(line, 0, Math.min(to, line.length())).append('\n');
        }
        return b.toString();
    }

    @Test
    void at40x12ThereIsNoPictureAndTheScreenIsAsWithout() {
        Snapshot s = kneeHug(Duration.ofSeconds(45));
        String with = draw(view(Palette.Depth.ANSI16), 40, 12, s, Ui.start(false));
        assertThat(halfBlocks(with.replace("█", ""))).isFalse();
        assertThat(with).contains("Knee hug");
    }

    @Test
    void hiddenPicturesLeaveTheWholeWidthToTheCountdown() {
        Snapshot s = kneeHug(Duration.ofSeconds(45));
        String hidden = draw(view(Palette.Depth.ANSI16), 100, 30, s, Ui.start(false).withPictures(false));
        String none = draw(new PlayerView(Palette.of(Palette.Depth.ANSI16), Snapshots.OFF_TIME), 100, 30, s,
                Ui.start(false));
        // all but the footer, where i offers to show the hidden picture again
        assertThat(hidden.substring(0, hidden.lastIndexOf('\n', hidden.length() - 2)))
                .isEqualTo(none.substring(0, none.lastIndexOf('\n', none.length() - 2)));
        assertThat(hidden.lines().reduce((a, b) -> b).orElseThrow()).contains("i picture");
    }

    @Test
    void theKeyHidesAndShowsThePicture() {
        KeyMap keys = KeyMap.player(kneeHug(Duration.ofSeconds(45)).segment());
        Ui hidden = Controls.on(Ui.start(false), new KeyStroke('i', false, false), keys, 1, true).ui();
        assertThat(hidden.pictures()).isFalse();
        assertThat(Controls.on(hidden, Action.PICTURES, 1, true).ui().pictures()).isTrue();
        assertThat(KeyMap.player(Snapshots.piriformis().segment()).keysFor(Action.PICTURES)).as("no picture, no key").isEmpty();
    }

    @Test
    void iIsOfferedOnlyWhereAPictureIsOrCouldBeShown() {
        Snapshot s = kneeHug(Duration.ofSeconds(45));
        PlayerView v = view(Palette.Depth.ANSI16);
        assertThat(draw(v, 40, 12, s, Ui.start(false).withHelp(true))).doesNotContain("hide / show the picture");
        assertThat(v.keys().keysFor(Action.PICTURES)).as("nor does i do anything there").isEmpty();
        assertThat(draw(v, 100, 11, s, Ui.start(false))).as("too low for a picture").doesNotContain("i picture");

        assertThat(draw(v, 100, 30, s, Ui.start(false).withPictures(false))).as("hidden, but i would show it")
                .contains("i picture");
        assertThat(v.keys().keysFor(Action.PICTURES)).isEqualTo("i");
        assertThat(draw(v, 100, 30, s, Ui.start(false).withHelp(true))).contains("hide / show the picture");
    }

    @Test
    void monoDrawsBrailleWithoutColour() {
        String screen = draw(view(Palette.Depth.MONO), 100, 30, kneeHug(Duration.ofSeconds(45)), Ui.start(false));
        String right = rightOf(screen, PictureArea.BODY_COLUMNS);
        assertThat(braille(right)).as(screen).isTrue();
        assertThat(halfBlocks(right)).isFalse();
    }

    @Test
    void theFirstFrameDoesNotWaitForThePictureWhichComesWhenItIsMade() {
        Queue<Runnable> later = new ArrayDeque<>();
        int[] woken = {0};
        PlayerView v = view(Palette.Depth.ANSI16, new PictureCells(later::add, () -> woken[0]++));
        VirtualScreen screen = new VirtualScreen(100, 30);
        Snapshot s = kneeHug(Duration.ofSeconds(45));
        screen.show(g -> v.draw(g, s, Ui.start(false)));
        assertThat(halfBlocks(rightOf(screen.text(), PictureArea.BODY_COLUMNS))).isFalse();
        assertThat(screen.text()).contains("Knee hug");
        later.forEach(Runnable::run);
        assertThat(woken[0]).isEqualTo(1);
        screen.show(g -> v.draw(g, s, Ui.start(false)));
        assertThat(halfBlocks(rightOf(screen.text(), PictureArea.BODY_COLUMNS))).isTrue();
    }

    @Test
    void aStillPictureCostsNoBytesAfterItsFirstFrame() throws IOException {
        int with = bytesPerSecond(view(Palette.Depth.TRUE_COLOR), true);
        int without = bytesPerSecond(view(Palette.Depth.TRUE_COLOR), false);
        assertThat(with).as("with %d, without %d", with, without).isLessThanOrEqualTo(without);
    }

    /** The bytes a second of countdown costs at 100x30, averaged over ten seconds after the first frame. */
    private static int bytesPerSecond(PlayerView v, boolean pictures) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LimberTerminal t = new LimberTerminal(new TerminalOutput(bytes));
        t.assumeSize(new TerminalSize(100, 30));
        Frames frames = new Frames(t, new TerminalSize(100, 30));
        Ui ui = Ui.start(false).withPictures(pictures);
        frames.show(g -> v.draw(g, kneeHug(Duration.ofSeconds(45)), ui));
        bytes.reset();
        for (int s = 44; s >= 35; s--) {
            Snapshot snap = kneeHug(Duration.ofSeconds(s));
            frames.show(g -> v.draw(g, snap, ui));
        }
        return bytes.size() / 10;
    }

    @Test
    void aMovingFigureFollowsTheTempoAndWakesThePlayerAtMostFourTimesABeat() {
        Step.Reps curl = new Step.Reps(new StepBase("Ab curl", Optional.empty(), List.of(), 1, Steps.pauses(0, 0, 0, 0),
                Optional.empty(), Optional.of(new Picture.Figure("ab-curl", Optional.empty()))), 2,
                Optional.of(new Tempo(List.of(new Beat("up", Duration.ofSeconds(2)), new Beat("hold", Duration.ofSeconds(1)),
                        new Beat("down", Duration.ofSeconds(2))))));
        Plan plan = Planner.plan(Steps.routine(curl));
        Session session = new Session(plan);
        PictureArea area = new PictureArea(new PictureCells(Runnable::run, () -> { }), Palette.Depth.ANSI16);
        PlayerView v = new PlayerView(Palette.of(Palette.Depth.ANSI16), Snapshots.OFF_TIME, true, Optional.of(area));
        VirtualScreen screen = new VirtualScreen(100, 30);
        long now = 0;
        session.start(now);
        List<String> shown = new ArrayList<>();
        int pictureWakes = 0;
        String lastScreen = "";
        while (!session.isFinished() && now < 5 * SECOND) {
            session.tick(now);
            Snapshot s = session.snapshot(now);
            screen.show(g -> v.draw(g, s, Ui.start(false)));
            String text = screen.text();
            String step = s.reps().flatMap(Snapshot.Reps::beat).orElse("-") + PictureArea.step(s.reps().orElseThrow());
            if (shown.isEmpty() || !shown.get(shown.size() - 1).equals(step)) {
                shown.add(step);
                assertThat(text).as("a new pose is a new picture").isNotEqualTo(lastScreen);
            }
            lastScreen = text;
            long sessionDue = session.nextDeadline(now);
            long pictureDue = area.nextChange(s, now);
            if (pictureDue < sessionDue) {
                pictureWakes++;
            }
            now = Math.min(sessionDue, pictureDue);
        }
        assertThat(shown).containsExactly("up0", "up1", "up2", "up3", "hold4", "down4", "down3", "down2", "down1");
        // up: 3 changes inside the beat, down: 3; hold none
        assertThat(pictureWakes).isLessThanOrEqualTo(3 + 3);
    }

    @Test
    void aTimedHoldOfAMovingFigureShowsOnePoseAndNeverWakesThePlayer() {
        Segment seg = SegmentBuilder.work("Cat-cow", Duration.ofSeconds(30))
                .picture(new Picture.Figure("cat-cow", Optional.empty())).build();
        PictureArea area = new PictureArea(new PictureCells(Runnable::run, () -> { }), Palette.Depth.ANSI16);
        PlayerView v = new PlayerView(Palette.of(Palette.Depth.ANSI16), Snapshots.OFF_TIME, true, Optional.of(area));
        Snapshot s = SnapshotBuilder.of("Back", seg).state(State.RUNNING).build();
        String screen = draw(v, 100, 30, s, Ui.start(false));
        assertThat(halfBlocks(rightOf(screen, PictureArea.BODY_COLUMNS))).isTrue();
        assertThat(area.nextChange(s, 0)).isEqualTo(Long.MAX_VALUE);
    }

    @TempDir
    Path dir;

    private static Snapshot withPicture(Picture picture) {
        Segment seg = SegmentBuilder.work("Piriformis", Duration.ofSeconds(45)).picture(picture).build();
        return SnapshotBuilder.of("Mine", seg).build();
    }

    @Test
    void aPersonsImageIsDrawnInHalfBlocksInItsOwnColours() throws IOException {
        BufferedImage red = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 80; x++) {
                red.setRGB(x, y, y < 20 ? 0xff0000 : 0x0000ff);
            }
        }
        Path png = dir.resolve("handout.png");
        ImageIO.write(red, "png", png.toFile());
        VirtualScreen screen = new VirtualScreen(100, 30);
        PlayerView v = view(Palette.Depth.TRUE_COLOR);
        Snapshot s = withPicture(new Picture.Image("red.png", png, Optional.empty()));
        screen.show(g -> v.draw(g, s, Ui.start(false)));
        List<TextColor> colours = new ArrayList<>();
        for (int y = 0; y < 30; y++) {
            for (int x = PictureArea.BODY_COLUMNS; x < 100; x++) {
                TextCharacter c = screen.at(x, y);
                if (!c.getCharacterString().isBlank()) {
                    colours.add(c.getForegroundColor());
                }
            }
        }
        assertThat(colours).contains(new TextColor.RGB(255, 0, 0), new TextColor.RGB(0, 0, 255));
    }

    @Test
    void anImageThatCannotBeReadTakesNoRoom() throws IOException {
        Path notPng = dir.resolve("notes.png");
        Files.writeString(notPng, "not a picture");
        PlayerView v = view(Palette.Depth.TRUE_COLOR);
        Snapshot s = withPicture(new Picture.Image("not.png", notPng, Optional.empty()));
        VirtualScreen screen = new VirtualScreen(100, 30);
        screen.show(g -> v.draw(g, s, Ui.start(false)));
        screen.show(g -> v.draw(g, s, Ui.start(false)));
        String none = draw(new PlayerView(Palette.of(Palette.Depth.TRUE_COLOR), Snapshots.OFF_TIME), 100, 30, s,
                Ui.start(false));
        assertThat(screen.text()).isEqualTo(none);
    }
}
