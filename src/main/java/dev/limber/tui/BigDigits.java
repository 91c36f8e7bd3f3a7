package dev.limber.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.Map;

/**
 * Block digits for the countdown and the rep count, readable from across a room: a 3x5 pixel
 * font where a pixel is one row tall and two columns wide (cells are about twice as tall as
 * wide), or twice that at scale 2. Knows {@code 0-9}, {@code :} and {@code /}.
 */
final class BigDigits {
    static final char BLOCK = '█';
    /** Rows at scale 1. */
    static final int ROWS = 5;

    private static final Map<Character, String[]> FONT = Map.ofEntries(
            Map.entry('0', new String[] {"###", "#.#", "#.#", "#.#", "###"}),
            Map.entry('1', new String[] {"..#", "..#", "..#", "..#", "..#"}),
            Map.entry('2', new String[] {"###", "..#", "###", "#..", "###"}),
            Map.entry('3', new String[] {"###", "..#", "###", "..#", "###"}),
            Map.entry('4', new String[] {"#.#", "#.#", "###", "..#", "..#"}),
            Map.entry('5', new String[] {"###", "#..", "###", "..#", "###"}),
            Map.entry('6', new String[] {"###", "#..", "###", "#.#", "###"}),
            Map.entry('7', new String[] {"###", "..#", "..#", "..#", "..#"}),
            Map.entry('8', new String[] {"###", "#.#", "###", "#.#", "###"}),
            Map.entry('9', new String[] {"###", "#.#", "###", "..#", "###"}),
            Map.entry(':', new String[] {".", "#", ".", "#", "."}),
            Map.entry('/', new String[] {"..#", "..#", ".#.", "#..", "#.."}));

    private BigDigits() {
    }


    /** Columns {@code text} takes at {@code scale}: glyphs with a one-pixel gap between them. */
    static int width(String text, int scale) {
        int px = 0;
        for (int i = 0; i < text.length(); i++) {
            px += glyph(text.charAt(i))[0].length() + (i > 0 ? 1 : 0);
        }
        return px * 2 * scale;
    }

    static int height(int scale) {
        return ROWS * scale;
    }

    /**
     * Draws {@code text} with its top-left corner at ({@code col}, {@code row}) in the graphics'
     * current style: lit pixels as blocks, the rest (gaps included) as spaces, so the whole box
     * takes the style (reverse video shows the digits dark on a lit box).
     */
    static void draw(TextGraphics g, int col, int row, String text, int scale) {
        draw(g, col, row, "", text, scale);
    }

    /**
     * Draws {@code text} as {@link #draw(TextGraphics, int, int, String, int)} over {@code before},
     * drawn there before in the same style: only the glyphs that differ, when each glyph takes
     * the width of the one before it (a countdown second changes one or two).
     */
    static void draw(TextGraphics g, int col, int row, String before, String text, int scale) {
        boolean over = sameWidths(before, text);
        TextCharacter block = Cells.cell(g, BLOCK);
        TextCharacter space = Cells.cell(g, ' ');
        int x = col;
        for (int i = 0; i < text.length(); i++) {
            if (i > 0) {
                if (!over) {
                    fill(g, x, row, 2 * scale, height(scale), space);
                }
                x += 2 * scale;
            }
            String[] glyph = glyph(text.charAt(i));
            if (!over || before.charAt(i) != text.charAt(i)) {
                for (int r = 0; r < ROWS; r++) {
                    for (int p = 0; p < glyph[r].length(); p++) {
                        fill(g, x + p * 2 * scale, row + r * scale, 2 * scale, scale, glyph[r].charAt(p) == '#' ? block : space);
                    }
                }
            }
            x += glyph[0].length() * 2 * scale;
        }
    }

    private static boolean sameWidths(String before, String text) {
        if (before.length() != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (glyph(before.charAt(i))[0].length() != glyph(text.charAt(i))[0].length()) {
                return false;
            }
        }
        return true;
    }

    private static String[] glyph(char c) {
        String[] g = FONT.get(c);
        if (g == null) {
            throw new IllegalArgumentException("no big glyph for " + c);
        }
        return g;
    }

    private static void fill(TextGraphics g, int x, int y, int w, int h, TextCharacter cell) {
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                g.setCharacter(xx, yy, cell);
            }
        }
    }
}
