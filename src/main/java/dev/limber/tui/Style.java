package dev.limber.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.EnumSet;
import java.util.Objects;

/**
 * How a run of cells looks: foreground, background and modifiers (bold, reverse). Immutable;
 * the palette makes each one once, since the player draws once a second for hours.
 */
final class Style {
    static final Style PLAIN = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class));

    private final TextColor fg;
    private final TextColor bg;
    private final EnumSet<SGR> modifiers;

    private Style(TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
        this.fg = fg;
        this.bg = bg;
        this.modifiers = modifiers;
    }

    static Style fg(TextColor fg) {
        return new Style(fg, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class));
    }

    Style with(SGR sgr) {
        EnumSet<SGR> m = EnumSet.copyOf(modifiers);
        m.add(sgr);
        return new Style(fg, bg, m);
    }

    boolean has(SGR sgr) {
        return modifiers.contains(sgr);
    }

    TextColor foreground() {
        return fg;
    }

    /** Makes {@code g} draw in this style from now on. */
    TextGraphics on(TextGraphics g) {
        g.setForegroundColor(fg);
        g.setBackgroundColor(bg);
        // setModifiers copies the set, so handing over our own is safe
        g.setModifiers(modifiers);
        return g;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && fg.equals(s.fg) && bg.equals(s.bg) && modifiers.equals(s.modifiers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fg, bg, modifiers);
    }

    @Override
    public String toString() {
        return "Style[" + fg + ", " + bg + ", " + modifiers + "]";
    }
}
