package dev.limber.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.AbstractTextGraphics;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * The left {@code columns} of a screen as a screen of their own, so a view lays itself out beside
 * a picture without knowing of it. Text goes through the screen's own {@code putString} (on a
 * {@link Canvas}, its shared cells) in this part's colours; nothing is drawn right of its edge.
 */
final class LeftPart extends AbstractTextGraphics {
    private final TextGraphics screen;
    private final TerminalSize size;

    LeftPart(TextGraphics screen, int columns) {
        this.screen = screen;
        this.size = new TerminalSize(columns, screen.getSize().getRows());
    }

    @Override
    public TerminalSize getSize() {
        return size;
    }

    @Override
    public TextGraphics putString(int column, int row, String string) {
        int end = column;
        int i = 0;
        while (i < string.length()) {
            int next = end + (Glyphs.wide(string.charAt(i)) ? 2 : 1);
            if (next > size.getColumns()) {
                break;
            }
            end = next;
            i++;
        }
        screen.setForegroundColor(getForegroundColor());
        screen.setBackgroundColor(getBackgroundColor());
        screen.setModifiers(getActiveModifiers());
        screen.putString(column, row, string.substring(0, i));
        return this;
    }

    /** The whole screen this is the left part of. */
    TextGraphics screen() {
        return screen;
    }

    @Override
    public TextGraphics setCharacter(int column, int row, TextCharacter character) {
        if (column < size.getColumns()) {
            screen.setCharacter(column, row, character);
        }
        return this;
    }

    @Override
    public TextCharacter getCharacter(int column, int row) {
        return column < size.getColumns() ? screen.getCharacter(column, row) : null;
    }
}
