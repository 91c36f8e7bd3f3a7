package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.session.Snapshot;
import java.time.Duration;

/** A labelled progress bar, {@code step  ██████░░░░░░ 0:45}: filled in a style, the rest dim. */
final class ProgressBar {
    private static final int LABEL_WIDTH = 6;

    private ProgressBar() {
    }

    /** Draws the bar in {@code width} columns from ({@code x}, {@code y}); {@code right} labels its end. */
    static void draw(TextGraphics g, Palette palette, int x, int y, int width, String label, double progress,
            String right, Style fill) {
        palette.dim().on(g);
        Cells.put(g, x, y, label);
        int filled = filled(width, progress, right);
        if (filled >= 0) {
            int barCells = cells(width, right);
            fill.on(g);
            var block = Cells.cell(g, BigDigits.BLOCK);
            for (int i = 0; i < filled; i++) {
                g.setCharacter(x + LABEL_WIDTH + i, y, block);
            }
            palette.dim().on(g);
            var shade = Cells.cell(g, '░');
            for (int i = filled; i < barCells; i++) {
                g.setCharacter(x + LABEL_WIDTH + i, y, shade);
            }
            Cells.put(g, x + LABEL_WIDTH + barCells + 1, y, right);
        }
    }

    /**
     * How many cells of a bar {@code width} columns wide labelled {@code right} at its end are
     * filled at {@code progress}; -1 when there is no room for a bar (only its label is drawn).
     */
    static int filled(int width, double progress, String right) {
        int barCells = cells(width, right);
        if (barCells < 4) {
            return -1;
        }
        double p = Math.max(0, Math.min(1, progress));
        return (int) Math.floor(p * barCells + 1e-9);
    }

    private static int cells(int width, String right) {
        return width - LABEL_WIDTH - 1 - right.length();
    }

    /** The session's planned time for the total bar's label, rounded to a second. */
    static Duration sessionTotal(Snapshot s) {
        return nearestSecond(s.sessionLeft().plus(planDone(s)));
    }

    /**
     * The whole session's planned time for the total bar's label: what is left plus what the
     * progress says is done, so the label needs nothing beyond the snapshot.
     */
    private static Duration planDone(Snapshot s) {
        double p = s.sessionProgress();
        if (p <= 0 || p >= 1) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.round(s.sessionLeft().toNanos() * p / (1 - p)));
    }

    /** Rounded to the nearest second, so a sum that is a hair off does not flicker. */
    private static Duration nearestSecond(Duration d) {
        return Duration.ofSeconds(Math.round(d.toMillis() / 1000.0));
    }
}
