package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * A painter of a screen that changes a little at a time (the player's countdown): besides a whole
 * picture, it can paint only what changed on the picture it painted last, so a frame in which
 * only the seconds moved runs little code and touches few rows (see {@link Frames#show(Redraw)}).
 */
interface Redraw {
    /** Paints the whole picture on blank {@code g}. */
    void paint(TextGraphics g);

    /**
     * Paints on {@code g}, which holds the picture this painter painted last, only what changed
     * since then, leaving it equal to what {@link #paint} would make. False, having painted
     * nothing, when more than that changed: then the whole picture is painted.
     */
    boolean update(TextGraphics g);
}
