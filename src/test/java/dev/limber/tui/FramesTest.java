package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import dev.limber.session.State;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FramesTest {
    private final PlayerView view = new PlayerView(Palette.of(Palette.Depth.ANSI16), Snapshots.OFF_TIME);

    /** Frames over the real terminal code, writing into a byte buffer instead of a tty. */
    private static final class Wire {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Frames frames;

        Wire(int w, int h) throws IOException {
            LimberTerminal t = new LimberTerminal(new TerminalOutput(bytes));
            t.assumeSize(new TerminalSize(w, h));
            frames = new Frames(t, new TerminalSize(w, h));
        }

        int drain() {
            int n = bytes.size();
            bytes.reset();
            return n;
        }

        String text() {
            String s = bytes.toString(StandardCharsets.UTF_8);
            bytes.reset();
            return s;
        }
    }

    @Test
    void anUnchangedPictureWritesNothing() throws IOException {
        Wire w = new Wire(80, 24);
        assertThat(w.frames.show(g -> view.draw(g, Snapshots.piriformis(), Ui.start(false)))).isTrue();
        assertThat(w.drain()).isGreaterThan(500);
        assertThat(w.frames.show(g -> view.draw(g, Snapshots.piriformis(), Ui.start(false)))).isFalse();
        assertThat(w.drain()).isZero();
    }

    @Test
    void oneChangedCellCostsAMoveAndTheCharacter() throws IOException {
        Wire w = new Wire(80, 24);
        w.frames.show(g -> Cells.put(g, 40, 10, "a"));
        w.drain();
        w.frames.show(g -> Cells.put(g, 40, 10, "b"));
        assertThat(w.text()).isEqualTo("\u001b[11;41Hb");
    }

    @Test
    void aShortGapInTheSameStyleIsRewrittenInsteadOfAMove() throws IOException {
        Wire w = new Wire(80, 24);
        w.frames.show(g -> Cells.put(g, 40, 10, "a-b"));
        w.drain();
        w.frames.show(g -> Cells.put(g, 40, 10, "x-y"));
        assertThat(w.text()).isEqualTo("\u001b[11;41Hx-y");
    }

    @Test
    void aSecondOfCountdownCostsFewBytes() throws IOException {
        Wire w = new Wire(80, 24);
        w.frames.show(g -> view.draw(g, Snapshots.piriformis(State.RUNNING, Duration.ofSeconds(30)), Ui.start(false)));
        w.drain();
        int total = 0;
        for (int s = 29; s >= 20; s--) {
            Duration left = Duration.ofSeconds(s);
            w.frames.show(g -> view.draw(g, Snapshots.piriformis(State.RUNNING, left), Ui.start(false)));
            total += w.drain();
        }
        assertThat(total / 10).isLessThan(150);
    }

    @Test
    void aColourChangeAloneIsWritten() throws IOException {
        Wire w = new Wire(20, 2);
        w.frames.show(g -> Cells.put(g, 0, 0, "0:03"));
        w.drain();
        assertThat(w.frames.show(g -> {
            g.setForegroundColor(TextColor.ANSI.YELLOW_BRIGHT);
            Cells.put(g, 0, 0, "0:03");
        })).isTrue();
        assertThat(w.text()).contains("0:03");
    }

    @Test
    void aResizeRepaintsEverythingWithNoStaleText() {
        VirtualScreen v = new VirtualScreen(80, 24);
        v.show(g -> view.draw(g, Snapshots.piriformis(), Ui.start(false)));
        v.resize(40, 12);
        v.show(g -> view.draw(g, Snapshots.piriformis(), Ui.start(false)));
        assertThat(v.text()).isEqualTo(PlayerViewTest.picture(PlayerViewTest.TIMED_40));
        v.resize(80, 24);
        v.show(g -> view.draw(g, Snapshots.piriformis(), Ui.start(false)));
        assertThat(v.text()).isEqualTo(PlayerViewTest.picture(PlayerViewTest.TIMED_80));
    }

    @Test
    void narrowTextOverAWideCharacterLeavesNoHalfBehind() {
        VirtualScreen v = new VirtualScreen(10, 1);
        v.show(g -> Cells.put(g, 0, 0, "股x"));
        assertThat(v.text()).isEqualTo("股x");
        v.show(g -> Cells.put(g, 0, 0, "abx"));
        assertThat(v.text()).isEqualTo("abx");
        v.show(g -> Cells.put(g, 0, 0, "a股"));
        assertThat(v.text()).isEqualTo("a股");
    }

    @Test
    void twoPicturesTakeTurnsSoAFrameAllocatesNoScreen() throws IOException {
        Wire w = new Wire(80, 24);
        java.util.List<Object> canvases = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            w.frames.show(g -> {
                canvases.add(g);
                Cells.put(g, 0, 0, "frame " + n);
            });
        }
        assertThat(canvases.get(2)).isSameAs(canvases.get(0));
        assertThat(canvases.get(3)).isSameAs(canvases.get(1));
        assertThat(canvases.get(1)).isNotSameAs(canvases.get(0));
    }

    @Test
    void aReusedPictureStartsBlankSoNothingOfTheLastButOneShows() throws IOException {
        Wire w = new Wire(20, 3);
        w.frames.show(g -> Cells.put(g, 0, 0, "abcdef"));
        w.frames.show(g -> Cells.put(g, 0, 1, "x"));
        w.text();
        // painted on the first frame's picture: its "abcdef" must not come back
        w.frames.show(g -> Cells.put(g, 0, 1, "x"));
        assertThat(w.text()).isEmpty();
    }
}
