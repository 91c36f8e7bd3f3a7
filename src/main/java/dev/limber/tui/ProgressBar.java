package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.session.Snapshot;
import dev.limber.text.Durations;
import java.time.Duration;

/** A labelled progress bar, {@code step  ██████░░░░░░ 0:45}: filled in a style, the rest dim. */
final class ProgressBar {
    private ProgressBar() {
    }

    /** Draws the bar in {@code width} columns from ({@code x}, {@code y}); {@code length} labels its end. */
    static void draw(TextGraphics g, Palette palette, int x, int y, int width, String label, double progress,
            Duration length, Style fill) {
        String right = Durations.clock(length);
        int labelWidth = 6;
        int barCells = width - labelWidth - 1 - right.length();
        palette.dim().on(g);
        Cells.put(g, x, y, label);
        if (barCells >= 4) {
            double p = Math.max(0, Math.min(1, progress));
            int filled = (int) Math.floor(p * barCells + 1e-9);
            fill.on(g);
            var block = Cells.cell(g, BigDigits.BLOCK);
            for (int i = 0; i < filled; i++) {
                g.setCharacter(x + labelWidth + i, y, block);
            }
            palette.dim().on(g);
            var shade = Cells.cell(g, '░');
            for (int i = filled; i < barCells; i++) {
                g.setCharacter(x + labelWidth + i, y, shade);
            }
            Cells.put(g, x + labelWidth + barCells + 1, y, right);
        }
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
