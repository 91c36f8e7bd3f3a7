package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;

/** The bottom row of a screen: the key hints of its {@link KeyMap}, as many whole ones as fit. */
final class Footer {
    private Footer() {
    }

    /**
     * Key hints from the table on one row. When they do not all fit, hints are dropped from the
     * middle: the first (the main key) and the last two (help and quit) stay longest.
     */
    static void draw(TextGraphics g, Palette palette, KeyMap keys, int row) {
        int w = g.getSize().getColumns();
        List<KeyMap.Row> rows = new ArrayList<>(keys.footer());
        while (rows.size() > 3 && hintsWidth(rows) > w - 2) {
            rows.remove(rows.size() - 3);
        }
        int x = 1;
        for (KeyMap.Row r : rows) {
            palette.key().on(g);
            x = Cells.put(g, x, row, r.keys(), w - 1);
            palette.dim().on(g);
            x = Cells.put(g, x + 1, row, r.hint(), w - 1) + 2;
        }
    }

    private static int hintsWidth(List<KeyMap.Row> rows) {
        int width = 0;
        for (KeyMap.Row r : rows) {
            width += (width == 0 ? 0 : 2) + Cells.width(r.keys()) + 1 + Cells.width(r.hint());
        }
        return width;
    }
}
