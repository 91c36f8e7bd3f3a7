package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.session.Snapshot;
import dev.limber.session.State;
import java.util.Optional;

/** The player below 40x10: one line in the middle row, never more, at any size down to 1x1. */
final class CompactLine {
    private CompactLine() {
    }

    /**
     * Below 40x10: the time, a pause mark and the step title (or an alert's words) on one line, in
     * the middle row.
     */
    static void draw(TextGraphics g, Palette palette, Snapshot s, Ui ui) {
        int w = g.getSize().getColumns();
        int row = (g.getSize().getRows() - 1) / 2;
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
            for (KeyMap.Row r : KeyMap.PLAYER.footer()) {
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
        if (s.alert().isPresent() && x < w) {
            // what to do now matters more than the step's name
            palette.overlay().on(g);
            Cells.put(g, x, row, Cells.cut(Cells.clean(s.alert().get().words()), w - x));
            return;
        }
        palette.tone(s.segment().tone()).on(g);
        if (x < w) {
            Cells.put(g, x, row, Cells.title(s.segment(), w - x));
        }
    }
}
