package dev.limber.tui;

import dev.limber.routine.Tone;
import dev.limber.session.Summary;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.text.Durations;
import java.util.ArrayList;
import java.util.List;

/** Draws the end screen: the routine, done / skipped / not reached, active time, notes, the close key. */
final class SummaryView {
    private final Palette palette;

    SummaryView(Palette palette) {
        this.palette = palette;
    }

    void draw(TextGraphics g, Summary s) {
        int w = g.getSize().getColumns();
        int h = g.getSize().getRows();
        Style.PLAIN.on(g);
        String heading = Cells.clean(s.title()) + (s.completed() ? " — finished" : " — stopped");
        String counts = "D" + s.counts().substring(1);
        String active = "Active time " + Durations.clock(s.active());
        if (w < PlayerView.MIN_COLUMNS || h < PlayerView.MIN_ROWS) {
            palette.heading().on(g);
            Cells.put(g, 0, (h - 1) / 2, Cells.cut(counts + " · " + Durations.clock(s.active()), w));
            return;
        }
        List<String> body = new ArrayList<>();
        body.add(counts);
        body.add(active);
        for (String n : s.notes()) {
            body.add(Cells.clean(n));
        }
        int room = h - 2;
        int lines = Math.min(body.size(), Math.max(0, room - 2));
        int y = 1 + Math.max(0, (room - lines - 2) / 2);
        palette.tone(Tone.WORK).on(g);
        String head = Cells.cut(heading, w - 2);
        Cells.put(g, (w - Cells.width(head)) / 2, y, head);
        y += 2;
        Style.PLAIN.on(g);
        for (int i = 0; i < lines; i++) {
            String line = Cells.cut(body.get(i), w - 2);
            Cells.put(g, (w - Cells.width(line)) / 2, y++, line);
        }
        Footer.draw(g, palette, KeyMap.SUMMARY, h - 1);
    }
}
