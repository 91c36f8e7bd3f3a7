package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.session.Snapshot;

/**
 * The player's frames for {@link Frames#show(Redraw)}: one painter for the whole session, told
 * the moment to show before each frame, so a frame where only the countdown moved repaints only
 * that on the frame before.
 */
final class PlayerFrame implements Redraw {
    private final PlayerView view;
    private Snapshot snapshot;
    private Ui ui;

    PlayerFrame(PlayerView view) {
        this.view = view;
    }

    /** This painter, set to show {@code s} and {@code ui} next. */
    PlayerFrame of(Snapshot s, Ui ui) {
        this.snapshot = s;
        this.ui = ui;
        return this;
    }

    @Override
    public void paint(TextGraphics g) {
        view.draw(g, snapshot, ui);
    }

    @Override
    public boolean update(TextGraphics g) {
        return view.update(g, snapshot, ui);
    }
}
