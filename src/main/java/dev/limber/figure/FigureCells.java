package dev.limber.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a figure into terminal cells at a size. In colour, each cell is two square pixels, one
 * above the other, drawn with an upper or lower half block; the colours are brought down to the
 * terminal's depth. In mono, each cell is a braille character of 2 by 4 dots, and a dot is left
 * out where two parts of the picture meet, so that an arm stays apart from the trunk.
 */
public final class FigureCells {
    private static final char UPPER = '\u2580';
    private static final char LOWER = '\u2584';
    private static final char FULL = '\u2588';
    /** The bit of each braille dot, by row (0-3) and column (0-1). */
    private static final int[][] DOTS = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

    private FigureCells() {
    }

    /** {@code pose} of {@code figure} in at most {@code columns} by {@code rows} cells, proportions kept. */
    public static CellImage render(Figure figure, Pose pose, int columns, int rows, ColourMode mode) {
        return mode == ColourMode.MONO ? braille(Raster.draw(figure, pose, columns * 2, rows * 4))
                : blocks(Raster.draw(figure, pose, columns, rows * 2), mode);
    }

    /**
     * Pixels already at their size as cells: two pixels a cell in colour, 2 by 4 a braille cell in
     * mono (where a dot is any pixel drawn).
     */
    public static CellImage render(Pixels px, ColourMode mode) {
        return mode == ColourMode.MONO ? braille(px) : blocks(px, mode);
    }

    private static CellImage blocks(Pixels px, ColourMode mode) {
        int height = (px.height() + 1) / 2;
        List<Cell> cells = new ArrayList<>(px.width() * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < px.width(); x++) {
                cells.add(halves(Depth.reduce(px.at(x, 2 * y), mode), Depth.reduce(px.at(x, 2 * y + 1), mode)));
            }
        }
        return new CellImage(mode, px.width(), height, cells);
    }

    private static Cell halves(int top, int bottom) {
        if (top == bottom) {
            return top == Cell.NONE ? Cell.BLANK : new Cell(FULL, top, Cell.NONE);
        }
        if (top == Cell.NONE) {
            return new Cell(LOWER, bottom, Cell.NONE);
        }
        return new Cell(UPPER, top, bottom);
    }

    private static CellImage braille(Pixels px) {
        int width = (px.width() + 1) / 2;
        int height = (px.height() + 3) / 4;
        List<Cell> cells = new ArrayList<>(width * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int bits = 0;
                for (int dy = 0; dy < 4; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        if (dot(px, 2 * x + dx, 4 * y + dy)) {
                            bits |= DOTS[dy][dx];
                        }
                    }
                }
                cells.add(bits == 0 ? Cell.BLANK : new Cell((char) (0x2800 + bits), Cell.NONE, Cell.NONE));
            }
        }
        return new CellImage(ColourMode.MONO, width, height, cells);
    }

    /** A dot where something is drawn, except on the edge where it meets a different part above or to the left. */
    private static boolean dot(Pixels px, int x, int y) {
        int c = px.at(x, y);
        if (c == Pixels.CLEAR) {
            return false;
        }
        int up = px.at(x, y - 1);
        int left = px.at(x - 1, y);
        return (up == Pixels.CLEAR || up == c) && (left == Pixels.CLEAR || left == c);
    }
}
