package dev.limber.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * One shared {@link TextCharacter} per character and style. Lanterna builds each cell anew (a
 * grapheme check, an interned string and a copied modifier set per character) and then compares
 * them field by field; with one instance per character and style, a frame costs no allocation and
 * an unchanged cell is the same object as the one on screen, so comparing them is one reference
 * check. Only the characters below {@link #LIMIT} (Latin, punctuation, arrows, box drawing, the
 * block elements of digits and bars) are kept; others are built as Lanterna would.
 */
final class Glyphs {
    /** Up to the block elements, U+2580–U+259F, that draw digits and bars. */
    static final char LIMIT = 0x25A0;
    private static final int PAGE = 256;

    private final Map<Style, TextCharacter[][]> tables = new HashMap<>();
    private Style lastStyle;
    private TextCharacter[][] last;

    private record Style(TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
    }

    /** The cell for {@code c} in this style; the same instance every time for a common character. */
    TextCharacter of(char c, TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
        if (c >= LIMIT) {
            return make(c, fg, bg, modifiers);
        }
        TextCharacter[][] pages = table(fg, bg, modifiers);
        TextCharacter[] page = pages[c / PAGE];
        if (page == null) {
            page = pages[c / PAGE] = new TextCharacter[PAGE];
        }
        TextCharacter t = page[c % PAGE];
        if (t == null) {
            t = page[c % PAGE] = make(c, fg, bg, modifiers);
        }
        return t;
    }

    private TextCharacter[][] table(TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
        Style s = lastStyle;
        if (s != null && s.fg.equals(fg) && s.bg.equals(bg) && s.modifiers.equals(modifiers)) {
            return last;
        }
        // the set is the caller's and changes later: the key keeps a copy
        lastStyle = new Style(fg, bg, EnumSet.copyOf(modifiers));
        last = tables.computeIfAbsent(lastStyle, k -> new TextCharacter[(LIMIT + PAGE - 1) / PAGE][]);
        return last;
    }

    private static TextCharacter make(char c, TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
        return TextCharacter.fromCharacter(c, fg, bg, modifiers.toArray(new SGR[0]))[0];
    }

    /**
     * Whether {@code c} takes two columns, with the same answer as Lanterna's
     * {@code TerminalTextUtils.isCharDoubleWidth} but without a Unicode block lookup below the
     * first wide block after Hangul Jamo (U+1100–U+11FF): that lookup was a third of a frame.
     */
    static boolean wide(char c) {
        if (c < 0x1100 || (c >= 0x1200 && c < 0x2E80)) {
            return false;
        }
        return TerminalTextUtils.isCharDoubleWidth(c);
    }
}
