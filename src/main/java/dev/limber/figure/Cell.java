package dev.limber.figure;

/**
 * One terminal cell of a picture: a character and its colours in the picture's {@link ColourMode}
 * (24-bit RGB, an index of 256, an index of 16), or {@link #NONE} for the terminal's own.
 */
public record Cell(char ch, int fg, int bg) {
    public static final int NONE = -1;
    public static final Cell BLANK = new Cell(' ', NONE, NONE);
}
