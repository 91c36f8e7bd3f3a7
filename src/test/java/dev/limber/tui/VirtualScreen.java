package dev.limber.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A screen on a {@link DefaultVirtualTerminal} of a fixed size, drawn through the same
 * {@link Frames} the player uses, read back as text: one line per row, trailing spaces removed,
 * a double-width character once.
 */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    final Frames frames;

    VirtualScreen(int columns, int rows) {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        terminal.enterPrivateMode();
        frames = new Frames(terminal, terminal.getTerminalSize());
    }

    static String render(int columns, int rows, Consumer<TextGraphics> painter) {
        VirtualScreen v = new VirtualScreen(columns, rows);
        v.show(painter);
        return v.text();
    }

    boolean show(Consumer<TextGraphics> painter) {
        try {
            return frames.show(painter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
    }

    TextCharacter at(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    String text() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> lines = new ArrayList<>();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder b = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = terminal.getCharacter(x, y);
                b.append(c.getCharacterString());
                if (c.isDoubleWidth()) {
                    x++;
                }
            }
            lines.add(b.toString().stripTrailing());
        }
        return String.join("\n", lines);
    }
}
