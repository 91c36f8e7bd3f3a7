package dev.limber.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A picture as terminal cells, row by row: what a view draws, and what a test prints as text.
 *
 * @param cells {@code width * height} cells, the top row first
 */
public record CellImage(ColourMode mode, int width, int height, List<Cell> cells) {
    public CellImage {
        cells = List.copyOf(cells);
        if (cells.size() != width * height) {
            throw new IllegalArgumentException(cells.size() + " cells for " + width + "x" + height);
        }
    }

    public Cell at(int x, int y) {
        return cells.get(y * width + x);
    }

    /**
     * The picture as text: its characters, then (unless mono) the same grid with one letter per
     * pair of colours and a legend of the pairs, e.g. {@code a 4f8fe0/-} (foreground/background).
     */
    public String text() {
        StringBuilder chars = new StringBuilder();
        StringBuilder codes = new StringBuilder();
        Map<String, Character> letters = new LinkedHashMap<>();
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                Cell c = at(x, y);
                chars.append(c.ch());
                if (c.fg() == Cell.NONE && c.bg() == Cell.NONE) {
                    codes.append('.');
                } else {
                    String pair = colour(c.fg()) + "/" + colour(c.bg());
                    codes.append(letters.computeIfAbsent(pair, k -> alphabet.charAt(letters.size() % alphabet.length())));
                }
            }
            chars.append('\n');
            codes.append('\n');
        }
        if (mode == ColourMode.MONO) {
            return chars.toString();
        }
        StringBuilder out = new StringBuilder(chars).append('\n').append(codes).append('\n');
        letters.forEach((pair, letter) -> out.append(letter).append(' ').append(pair).append('\n'));
        return out.toString();
    }

    private String colour(int c) {
        if (c == Cell.NONE) {
            return "-";
        }
        return mode == ColourMode.TRUE_COLOUR ? String.format("%06x", c) : Integer.toString(c);
    }
}
