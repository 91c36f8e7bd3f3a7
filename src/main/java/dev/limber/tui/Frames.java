package dev.limber.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.function.Consumer;

/**
 * Puts pictures on a terminal, writing as little as it can: nothing when a picture equals the
 * one shown, otherwise only the cells that changed, one cursor move per run of them (a short gap
 * in the same style is rewritten instead, which is shorter than a move). After a resize the
 * whole screen is cleared and repainted, because anything less leaves stale text. This replaces
 * Lanterna's {@code TerminalScreen}, which keeps two more copies of the screen, compares them
 * again and resends colours and the cursor state on every refresh: the player draws once a
 * second for hours, so both the CPU time and the bytes count. Two pictures take turns (the one
 * shown, the one being painted), so a frame allocates nothing screen-sized; only the columns of
 * each row that the painter wrote are compared, cells equal to the shown ones with a reference
 * check (see {@link Canvas}).
 */
final class Frames {
    private static final TextCharacter BLANK = Canvas.BLANK;

    private final Terminal terminal;
    private final Glyphs glyphs = new Glyphs();
    private volatile TerminalSize pending;
    /** What the terminal shows, or null when the next picture must be drawn in full. */
    private Canvas shown;
    /** The picture painted next: the one shown before last, cleared. */
    private Canvas spare;
    /** Who painted the picture shown, when it can paint just what changed on it; null otherwise. */
    private Redraw shownBy;

    // what the terminal is set to now, as far as this class knows
    private int cursorX = -1;
    private int cursorY = -1;
    private TextColor fg;
    private TextColor bg;
    private EnumSet<SGR> modifiers;

    Frames(Terminal terminal, TerminalSize size) {
        this.terminal = terminal;
        this.pending = size;
        terminal.addResizeListener((t, newSize) -> pending = newSize);
    }

    /** The size the next picture will have. */
    TerminalSize size() {
        return pending;
    }

    /**
     * Paints a picture with {@code painter} on a blank canvas (spaces in the default colours) and
     * shows it if it differs from the one on screen; true when something was written.
     */
    boolean show(Consumer<TextGraphics> painter) throws IOException {
        Canvas picture = blank();
        painter.accept(picture);
        return show(picture, null);
    }

    /**
     * Shows the picture {@code painter} makes, like {@link #show(Consumer)}; when the picture on
     * screen is the one it painted last and of this size, it is given a copy of that to paint only
     * what changed, and only the rows it writes are compared with the screen.
     */
    boolean show(Redraw painter) throws IOException {
        Canvas picture = spare;
        if (shownBy == painter && shown != null && shown.getSize().equals(pending)
                && picture != null && picture.getSize().equals(pending)) {
            picture.copy(shown);
            if (painter.update(picture)) {
                return show(picture, painter);
            }
        }
        picture = blank();
        painter.paint(picture);
        return show(picture, painter);
    }

    /** The spare picture cleared, or a new one after a resize. */
    private Canvas blank() {
        TerminalSize size = pending;
        Canvas picture = spare;
        if (picture == null || !picture.getSize().equals(size)) {
            return new Canvas(size, glyphs);
        }
        picture.clear();
        return picture;
    }

    private boolean show(Canvas picture, Redraw by) throws IOException {
        boolean written;
        if (shown == null || !shown.getSize().equals(picture.getSize())) {
            written = full(picture);
        } else {
            written = delta(picture);
        }
        spare = shown;
        shown = picture;
        shownBy = by;
        if (written) {
            terminal.flush();
        }
        return written;
    }

    /** Forgets what is shown, so the next picture is drawn in full. */
    void invalidate() {
        shown = null;
    }

    private boolean full(Canvas picture) throws IOException {
        terminal.resetColorAndSGR();
        terminal.clearScreen();
        fg = TextColor.ANSI.DEFAULT;
        bg = TextColor.ANSI.DEFAULT;
        modifiers = EnumSet.noneOf(SGR.class);
        cursorX = -1;
        TerminalSize size = picture.getSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = picture.at(x, y);
                if (c != BLANK && !c.equals(BLANK)) {
                    put(x, y, c);
                }
                if (Canvas.wide(c)) {
                    x++;
                }
            }
        }
        return true;
    }

    private boolean delta(Canvas picture) throws IOException {
        TerminalSize size = picture.getSize();
        int columns = size.getColumns();
        TextCharacter[] now = picture.cells();
        TextCharacter[] before = shown.cells();
        boolean written = false;
        for (int y = 0; y < size.getRows(); y++) {
            int row = y * columns;
            int to = picture.touchedTo(y);
            for (int x = picture.touchedFrom(y); x < to; x++) {
                if (now[row + x] == before[row + x]) {
                    continue; // a shared cell: most of the screen, compared for free
                }
                TextCharacter c = now[row + x];
                boolean nowWide = Canvas.wide(c);
                boolean beforeWide = Canvas.wide(before[row + x]);
                if (!c.equals(before[row + x]) || nowWide != beforeWide) {
                    bridgeOrMove(picture, x, y);
                    put(x, y, c);
                    written = true;
                    // a narrow character over the left half of a wide one blanks its right half
                    if (beforeWide && !nowWide && x + 1 < columns) {
                        put(x + 1, y, now[row + x + 1]);
                        x++;
                    }
                }
                if (nowWide) {
                    x++;
                }
            }
        }
        return written;
    }

    /**
     * Gets the cursor to ({@code x}, {@code y}): when it is a few cells to the left on the same
     * row and those cells are narrow and in the current style, rewriting them costs fewer bytes
     * than a cursor move.
     */
    private void bridgeOrMove(Canvas picture, int x, int y) throws IOException {
        if (cursorY == y && cursorX >= 0 && cursorX < x) {
            int bytes = 0;
            boolean ok = true;
            for (int gx = cursorX; gx < x && ok; gx++) {
                TextCharacter c = picture.at(gx, y);
                ok = !Canvas.wide(c) && sameStyle(c);
                bytes += c.getCharacterString().getBytes(StandardCharsets.UTF_8).length;
            }
            if (ok && bytes < moveCost(x, y)) {
                for (int gx = cursorX; gx < x; gx++) {
                    terminal.putString(picture.at(gx, y).getCharacterString());
                }
                cursorX = x;
            }
        }
    }

    private static int moveCost(int x, int y) {
        return 4 + digits(x + 1) + digits(y + 1); // ESC [ row ; col H
    }

    private static int digits(int n) {
        return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : 4;
    }

    private boolean sameStyle(TextCharacter c) {
        return c.getForegroundColor().equals(fg) && c.getBackgroundColor().equals(bg)
                && c.getModifiers().equals(modifiers);
    }

    private void put(int x, int y, TextCharacter c) throws IOException {
        if (cursorX != x || cursorY != y) {
            terminal.setCursorPosition(x, y);
        }
        style(c);
        terminal.putString(c.getCharacterString());
        cursorX = x + (Canvas.wide(c) ? 2 : 1);
        cursorY = y;
    }

    private void style(TextCharacter c) throws IOException {
        EnumSet<SGR> want = c.getModifiers();
        if (!want.equals(modifiers)) {
            for (SGR s : SGR.values()) {
                if (modifiers.contains(s) && !want.contains(s)) {
                    terminal.disableSGR(s);
                } else if (!modifiers.contains(s) && want.contains(s)) {
                    terminal.enableSGR(s);
                }
            }
            modifiers = EnumSet.copyOf(want);
        }
        if (!c.getForegroundColor().equals(fg)) {
            terminal.setForegroundColor(c.getForegroundColor());
            fg = c.getForegroundColor();
        }
        if (!c.getBackgroundColor().equals(bg)) {
            terminal.setBackgroundColor(c.getBackgroundColor());
            bg = c.getBackgroundColor();
        }
    }
}
