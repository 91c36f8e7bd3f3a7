package dev.limber.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.plan.Segment;
import dev.limber.text.Sanitizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text measured in terminal columns, not chars: a CJK character takes two columns, a combining
 * mark none. Every string the player shows goes through {@link #clean} (the sanitizer), is cut or
 * wrapped here, and is written with {@link #put}, which never writes outside the area it is given.
 */
final class Cells {
    static final String ELLIPSIS = "…";

    private Cells() {
    }

    /** One line of outside text made safe for the screen: controls removed, composed (NFC). */
    static String clean(String s) {
        return bmpOnly(Normalizer.normalize(Sanitizer.line(s), Normalizer.Form.NFC));
    }

    /** Paragraphs of outside text made safe: newlines kept, everything else as {@link #clean}. */
    static String cleanText(String s) {
        return bmpOnly(Normalizer.normalize(Sanitizer.text(s), Normalizer.Form.NFC));
    }

    /**
     * Lanterna 3.1 keeps one UTF-16 unit per cell, so a character beyond the Basic Multilingual
     * Plane (most emoji) would come out as two question marks; it shows as one U+FFFD instead.
     */
    private static String bmpOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                StringBuilder b = new StringBuilder(s.length());
                s.codePoints().forEach(cp -> b.appendCodePoint(Character.isBmpCodePoint(cp) ? cp : 0xFFFD));
                return b.toString();
            }
        }
        return s;
    }

    /** Columns one code point takes. */
    static int width(int cp) {
        if (cp < 0x300) {
            return 1; // ASCII and Latin-1, the common case, without a Unicode table lookup
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        if (cp < 0x1100) {
            return 1; // nothing below the Hangul Jamo is wide
        }
        if (Character.isSupplementaryCodePoint(cp)) {
            return 2; // Lanterna draws anything outside the BMP (emoji) as two columns wide
        }
        return TerminalTextUtils.isCharDoubleWidth((char) cp) ? 2 : 1;
    }

    /** Columns a string takes. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The longest prefix of {@code s} that fits in {@code cols} columns, without an ellipsis. */
    static String prefix(String s, int cols) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = width(cp);
            if (w + cw > cols) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** {@code s} cut to {@code cols} columns, ending in an ellipsis when something was cut off. */
    static String cut(String s, int cols) {
        if (cols <= 0) {
            return "";
        }
        if (width(s) <= cols) {
            return s;
        }
        return prefix(s, cols - 1) + ELLIPSIS;
    }

    /**
     * A segment's title in at most {@code cols} columns, cut in its name rather than at its end, so
     * the side, set and round that tell two parts apart stay ("Extremely long na… — LEFT").
     */
    static String title(Segment seg, int cols) {
        String all = clean(seg.title());
        if (width(all) <= cols) {
            return all;
        }
        String end = clean(seg.titleEnd());
        String head = clean(seg.title().substring(0, seg.title().length() - seg.titleEnd().length()));
        int dot = end.indexOf(" · ", 1);
        if (width(end) + 4 > cols && dot > 0) {
            end = end.substring(0, dot); // the phase or side alone, when set and round do not fit
        }
        if (end.isEmpty() || width(end) + 4 > cols) {
            return cut(all, cols);
        }
        return cut(head, cols - width(end)) + end;
    }

    /**
     * Word-wraps {@code s} (which may hold newlines) into lines of at most {@code cols} columns. A
     * word longer than a line is broken; CJK text, which has no spaces, breaks between characters.
     * When more than {@code maxLines} lines result, the last one kept ends in an ellipsis.
     */
    static List<String> wrap(String s, int cols, int maxLines) {
        List<String> out = new ArrayList<>();
        if (cols <= 0 || maxLines <= 0) {
            return out;
        }
        for (String paragraph : s.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), cols, out);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        if (out.size() > maxLines) {
            List<String> kept = new ArrayList<>(out.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            kept.set(maxLines - 1, prefix(last, cols - 1) + ELLIPSIS);
            return kept;
        }
        return out;
    }

    private static void wrapParagraph(String p, int cols, List<String> out) {
        if (p.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : p.split(" +")) {
            String rest = word;
            while (!rest.isEmpty()) {
                int ww = width(rest);
                int need = lineWidth == 0 ? ww : lineWidth + 1 + ww;
                if (need <= cols) {
                    if (lineWidth > 0) {
                        line.append(' ');
                    }
                    line.append(rest);
                    lineWidth = need;
                    rest = "";
                } else if (lineWidth > 0 && ww <= cols && !startsWide(rest)) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                } else {
                    // too long for any line, or CJK: fill what is left of this line and go on
                    int room = lineWidth == 0 ? cols : cols - lineWidth - 1;
                    String head = prefix(rest, room);
                    if (head.isEmpty()) {
                        if (lineWidth == 0) {
                            // not even one character fits (a wide one in one column): drop it
                            rest = rest.substring(Character.charCount(rest.codePointAt(0)));
                            continue;
                        }
                        out.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                        continue;
                    }
                    if (lineWidth > 0) {
                        line.append(' ');
                    }
                    line.append(head);
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                    rest = rest.substring(head.length());
                }
            }
        }
        if (lineWidth > 0) {
            out.add(line.toString());
        }
    }

    private static boolean startsWide(String s) {
        return width(s.codePointAt(0)) == 2;
    }

    /**
     * Writes {@code s} at ({@code col}, {@code row}) in the graphics' current colours, never past
     * column {@code limit} (exclusive) nor outside the graphics. Returns the column after the text.
     */
    static int put(TextGraphics g, int col, int row, String s, int limit) {
        int end = Math.min(limit, g.getSize().getColumns());
        if (row < 0 || row >= g.getSize().getRows()) {
            return col;
        }
        int x = col;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int w = width(cp);
            if (w == 0) {
                continue;
            }
            if (x + w > end) {
                break;
            }
            if (x >= 0) {
                g.setCharacter(x, row, cell(g, cp));
            }
            x += w;
        }
        return x;
    }

    /** {@link #put} up to the right edge of the graphics. */
    static int put(TextGraphics g, int col, int row, String s) {
        return put(g, col, row, s, g.getSize().getColumns());
    }

    /** Fills {@code cols} cells from ({@code col}, {@code row}) with spaces in the current colours. */
    static void blank(TextGraphics g, int col, int row, int cols) {
        TextCharacter space = cell(g, ' ');
        for (int x = Math.max(0, col); x < Math.min(col + cols, g.getSize().getColumns()); x++) {
            g.setCharacter(x, row, space);
        }
    }

    /**
     * What makes one cell: a character in a style. Its equals and hashCode are written out: a
     * record's own are built by method-handle bootstrapping the first time they run, which the
     * class-data archive cannot keep, and that cost 7 ms of the first frame (see
     * docs/ARCHITECTURE.md#start-up).
     */
    private record Look(int codePoint, TextColor fg, TextColor bg, Set<SGR> modifiers) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Look l && l.codePoint == codePoint && Objects.equals(l.fg, fg) && Objects.equals(l.bg, bg)
                    && Objects.equals(l.modifiers, modifiers);
        }

        @Override
        public int hashCode() {
            return ((codePoint * 31 + Objects.hashCode(fg)) * 31 + Objects.hashCode(bg)) * 31 + Objects.hashCode(modifiers);
        }
    }

    private static final Map<Look, TextCharacter> MADE = new ConcurrentHashMap<>();

    /**
     * The cell for {@code codePoint} in the graphics' current colours and modifiers, made once and
     * reused: Lanterna builds each {@code TextCharacter} with a break iterator and an interned
     * string, which is most of the cost of drawing a frame.
     */
    static TextCharacter cell(TextGraphics g, int codePoint) {
        // the player's own picture (or its left part, beside a step's picture): no key to build per cell
        if (g instanceof Canvas canvas && codePoint < Glyphs.LIMIT) {
            return canvas.glyph((char) codePoint);
        }
        if (g instanceof LeftPart part && part.screen() instanceof Canvas canvas && codePoint < Glyphs.LIMIT) {
            return canvas.glyph((char) codePoint, part);
        }
        Look look = new Look(codePoint, g.getForegroundColor(), g.getBackgroundColor(), g.getActiveModifiers());
        TextCharacter c = MADE.get(look);
        if (c == null) {
            // the graphics' modifier set is live: key the entry on a copy
            EnumSet<SGR> mods = EnumSet.copyOf(g.getActiveModifiers());
            c = TextCharacter.fromString(new String(Character.toChars(codePoint)), look.fg(), look.bg(), mods)[0];
            MADE.put(new Look(codePoint, look.fg(), look.bg(), mods), c);
        }
        return c;
    }
}
