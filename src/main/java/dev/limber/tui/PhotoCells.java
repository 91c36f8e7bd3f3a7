package dev.limber.tui;

import dev.limber.figure.CellImage;
import dev.limber.figure.ColourMode;
import dev.limber.figure.FigureCells;
import dev.limber.figure.Pixels;
import dev.limber.image.ImageFile;
import dev.limber.image.ImageProblem;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A person's own picture as cells, drawn the way figures are ({@link FigureCells}): decoded (by
 * {@link ImageFile}, within its bounds) straight to the pixels the cells need, half blocks in
 * colour; in mono a braille dot for each pixel darker than the picture's average, so a drawing or
 * a printed handout keeps its lines.
 */
final class PhotoCells {
    /** Below this alpha a pixel is see-through. */
    private static final int OPAQUE = 128;

    private PhotoCells() {
    }

    /** The picture in {@code file} in at most {@code columns} by {@code rows}; empty when it cannot be read. */
    static Optional<CellImage> load(Path file, int columns, int rows, ColourMode mode) {
        boolean mono = mode == ColourMode.MONO;
        int maxWidth = mono ? columns * 2 : columns;
        int maxHeight = mono ? rows * 4 : rows * 2;
        dev.limber.image.Pixels image;
        try {
            image = ImageFile.load(file, maxWidth, maxHeight);
        } catch (ImageProblem e) {
            return Optional.empty();
        }
        int w = Math.min(image.width(), maxWidth);
        int h = Math.min(image.height(), maxHeight);
        int[] rgb = new int[w * h];
        long light = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.at(x, y);
                rgb[y * w + x] = (argb >>> 24) < OPAQUE ? Pixels.CLEAR : argb & 0xffffff;
                light += luma(argb);
            }
        }
        if (mono) {
            long average = light / (w * h);
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = rgb[i] != Pixels.CLEAR && luma(rgb[i]) < average ? 0 : Pixels.CLEAR;
            }
        }
        return Optional.of(FigureCells.render(Pixels.of(w, h, rgb), mode));
    }

    private static int luma(int rgb) {
        return (299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000;
    }
}
