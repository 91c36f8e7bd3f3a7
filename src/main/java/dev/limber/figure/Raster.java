package dev.limber.figure;

/**
 * Rasterises a figure in a pose into square pixels, as large as fits a box of pixels while
 * keeping its proportions. Each pixel takes the colour of the front-most shape over its centre;
 * every shape is grown by a fraction of a pixel, so a thin limb never breaks up at small sizes.
 */
public final class Raster {
    private static final double GROW_PIXELS = 0.3;

    private Raster() {
    }

    /** The size in pixels {x, y} the figure takes in a box of {@code maxWidth} by {@code maxHeight}. */
    static int[] fit(Figure figure, int maxWidth, int maxHeight) {
        double[] b = figure.bounds();
        double s = scale(b, maxWidth, maxHeight);
        return new int[] {clamp((int) Math.round((b[2] - b[0]) * s), maxWidth),
                clamp((int) Math.round((b[3] - b[1]) * s), maxHeight)};
    }

    /** {@code pose} of {@code figure}, fitted into {@code maxWidth} by {@code maxHeight} pixels. */
    public static Pixels draw(Figure figure, Pose pose, int maxWidth, int maxHeight) {
        double[] b = figure.bounds();
        double s = scale(b, maxWidth, maxHeight);
        int[] size = fit(figure, maxWidth, maxHeight);
        Pixels out = new Pixels(size[0], size[1]);
        // centre the figure's box in the grid, whose size was rounded
        double x0 = (b[0] + b[2]) / 2 - size[0] / (2 * s);
        double y1 = (b[1] + b[3]) / 2 + size[1] / (2 * s);
        double grow = GROW_PIXELS / s;
        for (Shape shape : figure.shapes(pose)) {
            double[] sb = shape.bounds();
            int i0 = Math.max(0, (int) Math.floor((sb[0] - x0) * s) - 1);
            int i1 = Math.min(size[0] - 1, (int) Math.ceil((sb[2] - x0) * s) + 1);
            int j0 = Math.max(0, (int) Math.floor((y1 - sb[3]) * s) - 1);
            int j1 = Math.min(size[1] - 1, (int) Math.ceil((y1 - sb[1]) * s) + 1);
            for (int j = j0; j <= j1; j++) {
                double y = y1 - (j + 0.5) / s;
                for (int i = i0; i <= i1; i++) {
                    if (shape.contains(x0 + (i + 0.5) / s, y, grow)) {
                        out.set(i, j, shape.ink().rgb());
                    }
                }
            }
        }
        return out;
    }

    private static double scale(double[] b, int maxWidth, int maxHeight) {
        return Math.min(maxWidth / (b[2] - b[0]), maxHeight / (b[3] - b[1]));
    }

    private static int clamp(int v, int max) {
        return Math.max(1, Math.min(max, v));
    }
}
