package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;

/**
 * Things drawn over a screen: a banner box (paused, the quit question, a prompt) and the key help
 * built from a {@link KeyMap}. Both fit whatever room there is: the box cuts its text to it, the
 * help wraps its lines.
 */
final class Overlay {
    private Overlay() {
    }

    /**
     * A box of {@code lines} centred horizontally, its first text line at {@code row}, with one
     * cell of padding all round when there is room, on rows cleared across the whole width.
     */
    static void box(TextGraphics g, Style style, int row, List<String> lines) {
        int w = g.getSize().getColumns();
        int h = g.getSize().getRows();
        int inner = 0;
        for (String l : lines) {
            inner = Math.max(inner, Cells.width(l));
        }
        int boxWidth = Math.min(w, inner + 4);
        int textWidth = Math.max(0, boxWidth - 4 >= 1 ? boxWidth - 4 : boxWidth);
        int pad = boxWidth >= inner + 4 ? 2 : 0;
        int left = (w - boxWidth) / 2;
        int top = Math.max(0, row - 1);
        int bottom = Math.min(h - 1, row + lines.size());
        // clear the rows across the whole width: fragments of text beside a box read as noise
        Style.PLAIN.on(g);
        for (int y = top; y <= bottom; y++) {
            Cells.blank(g, 0, y, w);
        }
        style.on(g);
        for (int y = top; y <= bottom; y++) {
            Cells.blank(g, left, y, boxWidth);
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = Cells.cut(lines.get(i), pad == 0 ? boxWidth : textWidth);
            int x = left + (boxWidth - Cells.width(text)) / 2;
            Cells.put(g, x, row + i, text, left + boxWidth);
        }
    }

    /** One line of the help: a row's keys and the first line of what it does, or a further line of that. */
    record HelpLine(String keys, String help) {
    }

    /**
     * The help screen between rows {@code top} and {@code bottom} (inclusive): a heading, every row
     * of the table with its keys in the key style, and a last line saying how to close it. What a
     * key does wraps under itself where the screen is narrow, never cut. When room is short the
     * blank lines go first, then the heading and the closing line; then the lines scroll from
     * {@code scroll}, with a mark saying there is more. Returns what it showed.
     */
    static TextWindow<HelpLine> help(TextGraphics g, Palette palette, KeyMap keys, int top, int bottom,
            String heading, int scroll) {
        int w = g.getSize().getColumns();
        Style.PLAIN.on(g);
        for (int y = top; y <= bottom; y++) {
            Cells.blank(g, 0, y, w);
        }
        int keyWidth = 0;
        int helpWidth = 0;
        for (KeyMap.Row r : keys.rows()) {
            keyWidth = Math.max(keyWidth, Cells.width(r.keys()));
            helpWidth = Math.max(helpWidth, Cells.width(r.help()));
        }
        int left = Math.max(0, (w - Math.min(w, keyWidth + 2 + helpWidth)) / 2);
        int x = left + keyWidth + 2;
        // the last column stays clear for the ▲ ▼ marks
        int helpRoom = Math.max(1, w - x - 1);
        List<HelpLine> lines = new ArrayList<>();
        for (KeyMap.Row r : keys.rows()) {
            List<String> wrapped = Cells.wrap(r.help(), helpRoom, Integer.MAX_VALUE);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(new HelpLine(i == 0 ? r.keys() : "", wrapped.get(i)));
            }
        }
        int room = bottom - top + 1;
        int rows = lines.size();
        boolean blanks = room >= rows + 4;
        boolean ends = room >= rows + 2;
        TextWindow<HelpLine> shown = TextWindow.of(lines, ends ? rows : room, scroll);
        int used = ends ? rows + 2 + (blanks ? 2 : 0) : room;
        int y = top + Math.max(0, (room - used) / 2);
        if (ends) {
            palette.heading().on(g);
            Cells.put(g, left, y++, Cells.cut(heading, w - left));
            y += blanks ? 1 : 0;
        }
        int first = y;
        for (HelpLine l : shown.lines()) {
            palette.key().on(g);
            Cells.put(g, left, y, Cells.cut(l.keys(), w - left));
            Style.PLAIN.on(g);
            if (x < w) {
                Cells.put(g, x, y, l.help());
            }
            y++;
        }
        palette.dim().on(g);
        if (shown.up()) {
            Cells.put(g, w - 1, first, TextWindow.UP);
        }
        if (shown.down()) {
            Cells.put(g, w - 1, y - 1, TextWindow.DOWN);
        }
        if (shown.marker().isPresent()) {
            Cells.put(g, left, y, Cells.cut(shown.marker().get(), w - left));
        }
        if (ends) {
            y += blanks ? 1 : 0;
            Cells.put(g, left, y, Cells.cut(keys.keysFor(Action.CLOSE) + " or " + keys.keysFor(Action.HELP)
                    + " closes this", w - left));
        }
        return shown;
    }
}
