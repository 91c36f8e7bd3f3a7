package dev.limber.figure;

/** Brings a 24-bit colour down to a terminal's depth: the nearest of the 256 or of the 16 colours. */
final class Depth {
    /** The 16 colours as xterm shows them by default. */
    private static final int[] SIXTEEN = {0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd,
        0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};
    private static final int[] CUBE = {0, 95, 135, 175, 215, 255};

    private Depth() {
    }

    /** {@code rgb} in {@code mode}: itself, an index of 256 or of 16; {@link Cell#NONE} for a clear pixel or mono. */
    static int reduce(int rgb, ColourMode mode) {
        if (rgb == Pixels.CLEAR) {
            return Cell.NONE;
        }
        return switch (mode) {
            case TRUE_COLOUR -> rgb;
            case INDEXED_256 -> of256(rgb);
            case ANSI_16 -> nearest(rgb, SIXTEEN, 0);
            case MONO -> Cell.NONE;
        };
    }

    /** The 256-colour index of rgb: the nearer of the 6x6x6 cube (16-231) and the grey ramp (232-255). */
    static int of256(int rgb) {
        int[] cube = new int[216];
        for (int k = 0; k < 216; k++) {
            cube[k] = CUBE[k / 36] << 16 | CUBE[k / 6 % 6] << 8 | CUBE[k % 6];
        }
        int[] greys = new int[24];
        for (int k = 0; k < 24; k++) {
            int v = 8 + 10 * k;
            greys[k] = v << 16 | v << 8 | v;
        }
        int c = nearest(rgb, cube, 16);
        int g = nearest(rgb, greys, 232);
        return distance(rgb, cube[c - 16]) <= distance(rgb, greys[g - 232]) ? c : g;
    }

    private static int nearest(int rgb, int[] palette, int first) {
        int best = 0;
        for (int k = 1; k < palette.length; k++) {
            if (distance(rgb, palette[k]) < distance(rgb, palette[best])) {
                best = k;
            }
        }
        return first + best;
    }

    private static int distance(int a, int b) {
        int dr = (a >> 16 & 0xff) - (b >> 16 & 0xff);
        int dg = (a >> 8 & 0xff) - (b >> 8 & 0xff);
        int db = (a & 0xff) - (b & 0xff);
        return dr * dr + dg * dg + db * db;
    }
}
