package dev.limber.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.BasicTextImage;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.graphics.TextImage;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Puts pictures on a Lanterna screen, and only when one differs from the picture already shown:
 * a wake-up that changes nothing writes nothing. After a resize the whole screen is repainted,
 * because a delta refresh then leaves stale text behind.
 */
final class Frames {
    private final Screen screen;
    private TextImage shown;

    Frames(Screen screen) {
        this.screen = screen;
    }

    /** The size the next picture will have (after taking any pending resize). */
    TerminalSize size() {
        TerminalSize resized = screen.doResizeIfNecessary();
        if (resized != null) {
            shown = null;
        }
        return screen.getTerminalSize();
    }

    /** Paints a picture with {@code painter} and shows it if it changed; true when it did. */
    boolean show(Consumer<TextGraphics> painter) throws IOException {
        TerminalSize size = size();
        BasicTextImage picture = new BasicTextImage(size);
        painter.accept(picture.newTextGraphics());
        if (shown != null && same(picture, shown)) {
            return false;
        }
        boolean full = shown == null;
        screen.newTextGraphics().drawImage(TerminalPosition.TOP_LEFT_CORNER, picture);
        screen.refresh(full ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        shown = picture;
        return true;
    }

    /** Forget what is shown, so the next picture is drawn in full (after the terminal was disturbed). */
    void invalidate() {
        shown = null;
    }

    private static boolean same(TextImage a, TextImage b) {
        if (!a.getSize().equals(b.getSize())) {
            return false;
        }
        for (int y = 0; y < a.getSize().getRows(); y++) {
            for (int x = 0; x < a.getSize().getColumns(); x++) {
                if (!a.getCharacterAt(x, y).equals(b.getCharacterAt(x, y))) {
                    return false;
                }
            }
        }
        return true;
    }
}
