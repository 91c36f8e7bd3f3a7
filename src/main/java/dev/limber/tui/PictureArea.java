package dev.limber.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.figure.ColourMode;
import dev.limber.figure.Motion;
import dev.limber.routine.Picture;
import dev.limber.session.Snapshot;
import dev.limber.session.State;
import java.util.Optional;

/**
 * The step's picture on the player screen, on the right of the countdown: how many columns it
 * takes (none where the countdown and its text would be squeezed, or the picture would be too
 * small to read), drawing it there centred with its proportions kept, and when it next changes.
 * A figure that moves follows a paced rep's tempo in at most four steps a beat (whole quarters
 * of the beat), so an animated picture wakes the player at most four times a beat; a timed hold
 * shows its first pose, still.
 */
final class PictureArea {
    /** Columns the countdown, title, instructions and bars keep on the left. */
    static final int BODY_COLUMNS = 56;
    /** The smallest picture worth drawing, in cells. */
    static final int MIN_COLUMNS = 16;
    static final int MIN_ROWS = 8;
    /** Quarters of a beat: the moments a moving figure may change. */
    private static final int QUARTERS = 4;

    private final PictureCells cells;
    private final ColourMode mode;
    /** The moving picture last drawn, shown on while its next step is being made. */
    private PictureCells.Key lastKey;
    private PictureCells.Drawn lastDrawn;
    /** Whether the last frame drew a figure moving with a running tempo. */
    private boolean animating;

    PictureArea(PictureCells cells, Palette.Depth depth) {
        this.cells = cells;
        this.mode = mode(depth);
    }

    /** The cells' colours for a terminal's depth; braille without colour for mono ({@code theme = mono}, NO_COLOR). */
    static ColourMode mode(Palette.Depth depth) {
        return switch (depth) {
            case TRUE_COLOR -> ColourMode.TRUE_COLOUR;
            case INDEXED256 -> ColourMode.INDEXED_256;
            case ANSI16 -> ColourMode.ANSI_16;
            case MONO -> ColourMode.MONO;
        };
    }

    /**
     * The columns on the right of a {@code w} by {@code h} player that {@code s}'s picture takes,
     * or 0 to leave it out: no picture, pictures hidden, too small a screen, or one that cannot be drawn.
     */
    int columns(int w, int h, Snapshot s, Ui ui) {
        Optional<Picture> picture = s.segment().picture();
        // at most 45% of a wide screen: the countdown and its text keep the larger part
        int columns = Math.min(w - BODY_COLUMNS, w * 9 / 20);
        if (!ui.pictures() || picture.isEmpty() || columns - 3 < MIN_COLUMNS || rows(h) < MIN_ROWS
                || cells.failed(key(picture.get(), 0, columns, h))) {
            return 0;
        }
        return columns;
    }

    /**
     * Whether {@code s}'s picture is shown on a {@code w} by {@code h} player, or would be were
     * pictures on: where it is not, {@code i} has nothing to show or hide.
     */
    boolean fits(int w, int h, Snapshot s, Ui ui) {
        return columns(w, h, s, ui.withPictures(true)) > 0;
    }

    /** A new frame: nothing of the picture is on it yet (help, a compact view, or pictures hidden may keep it off). */
    void clear() {
        animating = false;
    }

    /** A picture's cells and the cell its top-left corner goes in. */
    record Placed(PictureCells.Drawn drawn, int x0, int y0) {
        /** Whether {@code a} and {@code b} (either null for none) are the very same cells in the same place. */
        static boolean same(Placed a, Placed b) {
            return a == b || a != null && b != null && a.drawn == b.drawn && a.x0 == b.x0 && a.y0 == b.y0;
        }
    }

    /**
     * Draws {@code s}'s picture in the {@code columns} on the right of {@code g}, as {@link #columns}
     * gave them, and returns it; null while it is not made yet.
     */
    Placed draw(TextGraphics g, Snapshot s, int columns) {
        Placed p = place(g.getSize().getColumns(), g.getSize().getRows(), s, columns);
        if (p != null) {
            paint(g, p);
        }
        return p;
    }

    /**
     * What {@link #draw} would put on a {@code w} by {@code h} screen, and where; null while it is
     * not made yet. Nothing of the figure library is touched here: whether a figure moves is learnt
     * from its first cells, made on the worker like the rest.
     */
    Placed place(int w, int h, Snapshot s, int columns) {
        Picture picture = s.segment().picture().orElseThrow();
        Optional<PictureCells.Drawn> first = cells.get(key(picture, 0, columns, h));
        if (first.isEmpty()) {
            return null;
        }
        PictureCells.Drawn d = first.get();
        Optional<Snapshot.Reps> beat = s.reps().filter(r -> r.beat().isPresent());
        if (d.moves() && beat.isPresent()) {
            // every step of the motion is asked for at once, so the next one is there when it is due
            for (int k = 1; k <= Motion.STEPS; k++) {
                cells.get(key(picture, k, columns, h));
            }
            PictureCells.Key now = key(picture, step(beat.get()), columns, h);
            d = cells.get(now).orElse(lastKey != null && sameSpot(lastKey, now) ? lastDrawn : d);
            lastKey = now;
            lastDrawn = d;
            animating = s.state() == State.RUNNING;
        }
        // two blank columns on the left keep it apart from the bars' ends, one on the right from the edge
        int x0 = w - columns + 2 + (columns - 3 - d.width()) / 2;
        int y0 = 1 + (h - 2 - d.height()) / 2;
        return new Placed(d, x0, y0);
    }

    /** Puts the cells of {@code p} on {@code g}; its blank cells leave what is there. */
    static void paint(TextGraphics g, Placed p) {
        cells(g, p, false);
    }

    /** Puts the screen's blank where {@link #paint} put cells of {@code p}: only a picture is drawn there. */
    static void erase(TextGraphics g, Placed p) {
        cells(g, p, true);
    }

    private static void cells(TextGraphics g, Placed p, boolean blank) {
        PictureCells.Drawn d = p.drawn();
        for (int y = 0; y < d.height(); y++) {
            for (int x = 0; x < d.width(); x++) {
                TextCharacter c = d.at(x, y);
                if (c != null) {
                    g.setCharacter(p.x0() + x, p.y0() + y, blank ? Canvas.BLANK : c);
                }
            }
        }
    }

    /**
     * The engine time the picture of {@code s} next changes on its own (a moving figure at the next
     * quarter of the beat that moves it), {@link Long#MAX_VALUE} for a still one. The start of the
     * next beat is the session's own deadline.
     */
    long nextChange(Snapshot s, long now) {
        if (!animating) {
            return Long.MAX_VALUE;
        }
        Snapshot.Reps r = s.reps().orElseThrow();
        int current = step(r);
        for (int q = (int) Math.floor(r.through() * QUARTERS) + 1; q < QUARTERS; q++) {
            if (Motion.step(r.beat().orElseThrow(), (double) q / QUARTERS) != current) {
                double left = (double) q / QUARTERS - r.through();
                return now + (long) Math.ceil(left * r.beatLength().toNanos());
            }
        }
        return Long.MAX_VALUE;
    }

    /** The motion step at the whole quarter of the beat {@code r} is in. */
    static int step(Snapshot.Reps r) {
        double quarter = Math.floor(r.through() * QUARTERS) / QUARTERS;
        return Motion.step(r.beat().orElseThrow(), quarter);
    }

    private PictureCells.Key key(Picture picture, int step, int columns, int h) {
        return new PictureCells.Key(picture, step, columns - 3, rows(h), mode);
    }

    private static boolean sameSpot(PictureCells.Key a, PictureCells.Key b) {
        return a.picture().equals(b.picture()) && a.columns() == b.columns() && a.rows() == b.rows()
                && a.mode() == b.mode();
    }

    /** The rows a picture may take: all between header and footer but one blank row each side. */
    private static int rows(int h) {
        return h - 4;
    }
}
