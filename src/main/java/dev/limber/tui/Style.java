package dev.limber.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.EnumSet;
import java.util.Set;

/** How a run of cells looks: foreground, background and modifiers (bold, reverse). */
record Style(TextColor fg, TextColor bg, Set<SGR> modifiers) {
    static final Style PLAIN = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    Style {
        modifiers = modifiers.isEmpty() ? Set.of() : Set.copyOf(modifiers);
    }

    static Style fg(TextColor fg) {
        return new Style(fg, TextColor.ANSI.DEFAULT, Set.of());
    }

    Style with(SGR sgr) {
        EnumSet<SGR> m = modifiers.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(modifiers);
        m.add(sgr);
        return new Style(fg, bg, m);
    }

    /** Makes {@code g} draw in this style from now on. */
    TextGraphics on(TextGraphics g) {
        g.setForegroundColor(fg);
        g.setBackgroundColor(bg);
        g.clearModifiers();
        if (!modifiers.isEmpty()) {
            g.setModifiers(EnumSet.copyOf(modifiers));
        }
        return g;
    }
}
