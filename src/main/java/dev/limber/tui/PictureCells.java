package dev.limber.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.limber.figure.Cell;
import dev.limber.figure.CellImage;
import dev.limber.figure.ColourMode;
import dev.limber.figure.Figure;
import dev.limber.figure.FigureCache;
import dev.limber.figure.Figures;
import dev.limber.routine.Picture;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Steps' pictures as screen cells, made once per picture, motion step, size and colour mode, on a
 * worker so that no frame waits for a figure to be rasterised or an image decoded: until they are
 * ready a frame draws none, and {@code ready} is told (to wake the player) when they are. Each cell
 * is one shared {@link TextCharacter}, so a picture drawn again is the very cells shown before and
 * the frame diff writes nothing for it. A picture that cannot be made (an image gone or damaged
 * since {@code check}) is remembered as none.
 */
final class PictureCells {
    private static final int KEEP = 48;

    /** What to make: {@code step} is the motion step of a moving figure (0 otherwise). */
    record Key(Picture picture, int step, int columns, int rows, ColourMode mode) {
    }

    /**
     * A picture's cells, row after row, ready to be put on a canvas; null where it is blank (the
     * canvas is blank there already, so a frame skips most of a figure's box).
     *
     * @param moves whether it is a figure with poses to move between during paced reps
     */
    record Drawn(int width, int height, TextCharacter[] cells, boolean moves) {
        TextCharacter at(int x, int y) {
            return cells[y * width + x];
        }
    }

    private final Executor worker;
    private final Runnable ready;
    private final FigureCache figures = new FigureCache();
    private final Set<Key> making = new HashSet<>();
    private final Map<Key, Optional<Drawn>> done = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<Drawn>> eldest) {
            return size() > KEEP;
        }
    };

    /**
     * @param worker where pictures are made (one background thread in the player)
     * @param ready told each time a picture has been made
     */
    PictureCells(Executor worker, Runnable ready) {
        this.worker = worker;
        this.ready = ready;
    }

    /**
     * The cells of {@code key} if they are made: empty while they are being made (this starts
     * making them) and when they cannot be.
     */
    Optional<Drawn> get(Key key) {
        synchronized (this) {
            Optional<Drawn> d = done.get(key);
            if (d != null) {
                return d;
            }
            if (!making.add(key)) {
                return Optional.empty();
            }
        }
        worker.execute(() -> {
            Optional<Drawn> d = make(key).map(img -> drawn(img, moves(key.picture())));
            synchronized (this) {
                making.remove(key);
                done.put(key, d);
            }
            ready.run();
        });
        synchronized (this) {
            return done.getOrDefault(key, Optional.empty());
        }
    }

    /** True when {@code key} was tried and cannot be drawn (so it takes no room). */
    synchronized boolean failed(Key key) {
        Optional<Drawn> d = done.get(key);
        return d != null && d.isEmpty();
    }

    private Optional<CellImage> make(Key key) {
        if (key.picture() instanceof Picture.Figure f) {
            return Figures.named(f.name()).map(fig -> figures.get(fig, key.step(), key.columns(), key.rows(), key.mode()));
        }
        Picture.Image image = (Picture.Image) key.picture();
        return PhotoCells.load(image.path(), key.columns(), key.rows(), key.mode());
    }

    private static boolean moves(Picture picture) {
        return picture instanceof Picture.Figure f && Figures.named(f.name()).map(Figure::moves).orElse(false);
    }

    private static Drawn drawn(CellImage img, boolean moves) {
        TextCharacter[] cells = new TextCharacter[img.width() * img.height()];
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                Cell c = img.at(x, y);
                cells[y * img.width() + x] = c.equals(Cell.BLANK) ? null : TextCharacter.fromCharacter(c.ch(), colour(img.mode(), c.fg()),
                        colour(img.mode(), c.bg()))[0];
            }
        }
        return new Drawn(img.width(), img.height(), cells, moves);
    }

    /** A cell colour as the terminal takes it in {@code mode}; the terminal's own for none. */
    static TextColor colour(ColourMode mode, int c) {
        if (c == Cell.NONE) {
            return TextColor.ANSI.DEFAULT;
        }
        return switch (mode) {
            case TRUE_COLOUR -> new TextColor.RGB(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff);
            case INDEXED_256 -> new TextColor.Indexed(c);
            // the ANSI enum has DEFAULT between the 8 plain colours and the 8 bright ones
            case ANSI_16 -> TextColor.ANSI.values()[c < 8 ? c : c + 1];
            case MONO -> TextColor.ANSI.DEFAULT;
        };
    }
}
