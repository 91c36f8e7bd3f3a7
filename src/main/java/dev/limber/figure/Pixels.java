package dev.limber.figure;

import java.util.Arrays;

/** A grid of pixels, each a 24-bit RGB colour or {@link #CLEAR} where nothing is drawn. */
public final class Pixels {
    public static final int CLEAR = -1;

    private final int width;
    private final int height;
    private final int[] rgb;

    Pixels(int width, int height) {
        this.width = width;
        this.height = height;
        this.rgb = new int[width * height];
        Arrays.fill(rgb, CLEAR);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The colour at column x, row y (0 is the top), or {@link #CLEAR}; outside the grid is clear. */
    public int at(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? CLEAR : rgb[y * width + x];
    }

    /** A grid of {@code width} by {@code height} from {@code rgb}, row after row ({@link #CLEAR} for nothing). */
    public static Pixels of(int width, int height, int[] rgb) {
        if (width <= 0 || height <= 0 || rgb.length != width * height) {
            throw new IllegalArgumentException(width + "x" + height + " with " + rgb.length + " pixels");
        }
        Pixels p = new Pixels(width, height);
        System.arraycopy(rgb, 0, p.rgb, 0, rgb.length);
        return p;
    }

    void set(int x, int y, int colour) {
        rgb[y * width + x] = colour;
    }
}
