package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.plan.Segment;
import dev.limber.session.Snapshot;
import dev.limber.session.State;
import java.util.List;
import java.util.Optional;

/**
 * The player below 40x10: one line in the middle row, at any size down to 1x1. A note, which is
 * there to be read, keeps its text under that line where there are rows for it, scrolling.
 */
final class CompactLine {
    private CompactLine() {
    }

    /** Rows a note needs to show some of its text under its title. */
    private static final int NOTE_ROWS = 3;

    /**
     * Below 40x10: the time, a pause mark and the step title (or an alert's words, or a passing
     * notice) on one line, in the middle row (the top row, for a note with text under it).
     * Returns the text it showed, scrolled by the Ui.
     */
    static TextWindow<String> draw(TextGraphics g, Palette palette, Snapshot s, Ui ui) {
        int w = g.getSize().getColumns();
        int h = g.getSize().getRows();
        String how = PlayerView.instructions(s);
        boolean text = s.segment().kind() == Segment.Kind.NOTE && !how.isBlank() && h >= NOTE_ROWS && w >= NOTE_ROWS
                && !ui.askingQuit() && !ui.help();
        int row = text ? 0 : (h - 1) / 2;
        line(g, palette, s, ui, row);
        if (!text) {
            return TextWindow.of(List.of(), 0, 0);
        }
        TextWindow<String> shown = TextWindow.of(Cells.wrap(Cells.cleanText(how), w - 2, Integer.MAX_VALUE), h - 1,
                ui.scroll());
        Style.PLAIN.on(g);
        for (int i = 0; i < shown.lines().size(); i++) {
            Cells.put(g, 0, 1 + i, shown.lines().get(i));
        }
        palette.dim().on(g);
        if (shown.up()) {
            Cells.put(g, w - 1, 1, TextWindow.UP);
        }
        if (shown.down()) {
            Cells.put(g, w - 1, shown.lines().size(), TextWindow.DOWN);
        }
        shown.marker().ifPresent(m -> Cells.put(g, 0, 1 + shown.lines().size(), Cells.cut(m, w)));
        return shown;
    }

    private static void line(TextGraphics g, Palette palette, Snapshot s, Ui ui, int row) {
        int w = g.getSize().getColumns();
        if (ui.askingQuit()) {
            palette.overlay().on(g);
            StringBuilder q = new StringBuilder("Quit?");
            for (KeyMap.Row r : KeyMap.QUIT_QUESTION.footer()) {
                q.append(' ').append(r.keys()).append(": ").append(r.hint());
            }
            Cells.put(g, 0, row, Cells.cut(q.toString(), w));
            return;
        }
        if (ui.help()) {
            StringBuilder b = new StringBuilder();
            // no picture fits the one-line view, so i is not offered
            for (KeyMap.Row r : KeyMap.player(s.segment(), true, false).footer()) {
                b.append(b.length() == 0 ? "" : " ").append(r.keys()).append(' ').append(r.hint());
            }
            Style.PLAIN.on(g);
            Cells.put(g, 0, row, Cells.cut(b.toString(), w));
            return;
        }
        int x = 0;
        Optional<String> big = PlayerView.bigText(s);
        if (big.isPresent()) {
            (PlayerView.urgent(s) ? palette.urgent() : palette.tone(s.segment().tone())).on(g);
            x = Cells.put(g, x, row, big.get()) + 1;
        }
        if (s.state() == State.PAUSED) {
            palette.overlay().on(g);
            x = Cells.put(g, x, row, "PAUSED") + 1;
        }
        Optional<String> now = s.alert().map(a -> Cells.clean(a.words())).or(() -> ui.notice().map(Ui.Notice::text));
        if (now.isPresent() && x < w) {
            // what to do now matters more than the step's name
            palette.overlay().on(g);
            Cells.put(g, x, row, Cells.cut(now.get(), w - x));
            return;
        }
        palette.tone(s.segment().tone()).on(g);
        if (x < w) {
            Cells.put(g, x, row, Cells.title(s.segment(), w - x));
        }
    }
}
