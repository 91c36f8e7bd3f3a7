package dev.limber.image;

/**
 * A picture as rows of colours, {@code 0xAARRGGBB} from the top left, row after row. Made once
 * and never changed, so it can be shared between threads and cached.
 */
public record Pixels(int width, int height, int[] argb) {
    public Pixels {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException(width + "x" + height + " with " + argb.length + " pixels");
        }
    }

    /** The colour at ({@code x}, {@code y}). */
    public int at(int x, int y) {
        return argb[y * width + x];
    }
}
