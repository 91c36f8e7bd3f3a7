package dev.limber.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.AbstractTextGraphics;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.Arrays;

/**
 * A picture of the whole screen that the views paint on, kept and cleared for the next frame
 * instead of a new Lanterna {@code BasicTextImage} each second. Text is written with the shared
 * cells of {@link Glyphs}, so painting allocates nothing and a cell drawn as before is the very
 * object shown before. Wide characters take their cell and the next, as in Lanterna's image. It
 * knows which rows were written since it was cleared or copied, so a frame that changed a few
 * rows is compared with the one shown on those rows only.
 */
final class Canvas extends AbstractTextGraphics {
    static final TextCharacter BLANK = TextCharacter.DEFAULT_CHARACTER;

    private final TerminalSize size;
    private final int columns;
    private final int rows;
    private final TextCharacter[] cells;
    private final Glyphs glyphs;
    /** Per row, the first and one past the last column written since the last {@link #clear} (all) or {@link #copy} (none). */
    private final int[] touchedFrom;
    private final int[] touchedTo;
    /** Whether a wide character may be in the picture: without one, a cell written needs no look at the cell before it. */
    private boolean wideCells;

    Canvas(TerminalSize size, Glyphs glyphs) {
        this.size = size;
        this.columns = size.getColumns();
        this.rows = size.getRows();
        this.cells = new TextCharacter[columns * rows];
        this.glyphs = glyphs;
        this.touchedFrom = new int[rows];
        this.touchedTo = new int[rows];
        clear();
    }

    /** Blank cells and the default style again, ready for the next picture; every row counts as written. */
    void clear() {
        Arrays.fill(cells, BLANK);
        Arrays.fill(touchedFrom, 0);
        Arrays.fill(touchedTo, columns);
        wideCells = false;
        plain();
    }

    /**
     * The cells of {@code shown}, a picture of the same size, and the default style, so a painter
     * that knows what it painted there paints only what changed; no row counts as written yet.
     */
    void copy(Canvas shown) {
        System.arraycopy(shown.cells, 0, cells, 0, cells.length);
        Arrays.fill(touchedFrom, columns);
        Arrays.fill(touchedTo, 0);
        wideCells = shown.wideCells;
        plain();
    }

    private void plain() {
        setForegroundColor(TextColor.ANSI.DEFAULT);
        setBackgroundColor(TextColor.ANSI.DEFAULT);
        clearModifiers();
    }

    /** The first column of row {@code row} written since the last {@link #clear} or {@link #copy}; the width if none. */
    int touchedFrom(int row) {
        return touchedFrom[row];
    }

    /** One past the last column of row {@code row} written since the last {@link #clear} or {@link #copy}; 0 if none. */
    int touchedTo(int row) {
        return touchedTo[row];
    }

    /** The cells, row after row: the frame diff reads them directly, which costs far less than a call per cell before it is compiled. */
    TextCharacter[] cells() {
        return cells;
    }

    @Override
    public TerminalSize getSize() {
        return size;
    }

    /** The cell at ({@code column}, {@code row}); both must be inside the picture. */
    TextCharacter at(int column, int row) {
        return cells[row * columns + column];
    }

    /** The shared cell for {@code c} (below {@link Glyphs#LIMIT}) in this picture's current style. */
    TextCharacter glyph(char c) {
        return glyphs.of(c, foregroundColor, backgroundColor, activeModifiers);
    }

    /** The shared cell for {@code c} (below {@link Glyphs#LIMIT}) in the style of {@code part}, a part of this picture. */
    TextCharacter glyph(char c, TextGraphics part) {
        return glyphs.of(c, part.getForegroundColor(), part.getBackgroundColor(), part.getActiveModifiers());
    }

    @Override
    public TextGraphics putString(int column, int row, String string) {
        if (string.indexOf('\t') >= 0 || string.indexOf('\n') >= 0 || string.indexOf('\r') >= 0) {
            return super.putString(column, row, string); // Lanterna's rules for tabs and line ends
        }
        int x = column;
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            setCharacter(x, row, glyph(c));
            x += Glyphs.wide(c) ? 2 : 1;
        }
        return this;
    }

    @Override
    public TextGraphics setCharacter(int column, int row, TextCharacter character) {
        if (column < 0 || row < 0 || column >= columns || row >= rows) {
            return this;
        }
        int i = row * columns + column;
        // a wide character changes a cell either side of it
        touchedFrom[row] = Math.min(touchedFrom[row], Math.max(0, column - 1));
        touchedTo[row] = Math.max(touchedTo[row], Math.min(columns, column + 2));
        // a cell written over the right half of a wide character blanks its left half
        if (wideCells && column > 0 && wide(cells[i - 1])) {
            cells[i - 1] = cells[i - 1].withCharacter(' ');
        }
        cells[i] = character;
        if (wide(character)) {
            wideCells = true;
            if (column + 1 < columns) {
                cells[i + 1] = character.withCharacter(' ');
            }
        }
        return this;
    }

    @Override
    public TextCharacter getCharacter(int column, int row) {
        if (column < 0 || row < 0 || column >= columns || row >= rows) {
            return null;
        }
        return cells[row * columns + column];
    }

    /** Whether a cell holds a two-column character. */
    static boolean wide(TextCharacter c) {
        String s = c.getCharacterString();
        if (s.length() == 1 && s.charAt(0) < Glyphs.LIMIT) {
            return Glyphs.wide(s.charAt(0));
        }
        return c.isDoubleWidth();
    }
}
