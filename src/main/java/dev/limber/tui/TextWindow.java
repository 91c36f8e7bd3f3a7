package dev.limber.tui;

import java.util.List;
import java.util.Optional;

/**
 * The part of a text (instructions, a note, the help) that fits the rows it is given, from the
 * line it is scrolled to, and what says there is more: a line of its own ("▼ more") when there
 * are three rows or more, else a mark beside the text. Nothing is cut off unseen: what does not
 * fit is a scroll away.
 *
 * @param lines the lines to show
 * @param marker the line to show under them, when the text scrolls and there is room for it
 * @param up there is more above, and no marker line says so: mark the first line
 * @param down there is more below, and no marker line says so: mark the last line
 * @param first the first line shown (the scroll position, kept within the text)
 * @param max the furthest the text scrolls
 * @param page how far a page moves: what is shown, less a line kept for context
 */
record TextWindow<T>(List<T> lines, Optional<String> marker, boolean up, boolean down, int first, int max, int page) {
    static final String UP = "▲";
    static final String DOWN = "▼";

    static <T> TextWindow<T> of(List<T> all, int rows, int first) {
        if (rows <= 0) {
            return new TextWindow<>(List.of(), Optional.empty(), false, false, 0, 0, 1);
        }
        if (all.size() <= rows) {
            return new TextWindow<>(all, Optional.empty(), false, false, 0, 0, rows);
        }
        boolean line = rows >= 3;
        int shown = line ? rows - 1 : rows;
        int max = all.size() - shown;
        int f = Math.max(0, Math.min(first, max));
        boolean up = f > 0;
        boolean down = f < max;
        Optional<String> marker = line ? Optional.of(down ? (up ? UP + " " : "") + DOWN + " more" : UP + " more above")
                : Optional.empty();
        return new TextWindow<>(all.subList(f, f + shown), marker, up && !line, down && !line, f, max,
                Math.max(1, shown - 1));
    }
}
