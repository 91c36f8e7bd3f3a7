package dev.limber.figure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pictures already turned into cells, by figure, motion step, size and colour mode, so that a
 * still picture is rasterised once per size and a moving one once per step. Holds the most
 * recently used few; safe to share between threads.
 */
public final class FigureCache {
    private static final int KEEP = 64;

    private record Key(String figure, int step, int columns, int rows, ColourMode mode) {
    }

    private final Map<Key, CellImage> done = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CellImage> eldest) {
            return size() > KEEP;
        }
    };

    /** {@code figure} at {@code step} of its motion (0 for a still one), in at most {@code columns} by {@code rows}. */
    public synchronized CellImage get(Figure figure, int step, int columns, int rows, ColourMode mode) {
        return done.computeIfAbsent(new Key(figure.name(), step, columns, rows, mode),
                k -> FigureCells.render(figure, Motion.pose(figure, step), columns, rows, mode));
    }
}
