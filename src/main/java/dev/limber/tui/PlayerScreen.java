package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the player's loop needs of a screen: to show a picture and to sleep until a key or a
 * deadline. {@link TuiScreen} is the terminal's; a test's screen can count the loop's wake-ups.
 */
interface PlayerScreen {
    /** The colours pictures are drawn in. */
    Palette palette();

    /** Shows the picture {@code painter} paints, if it differs from what is on screen: true when it did. */
    boolean show(Consumer<TextGraphics> painter) throws IOException;

    /** Shows the picture {@code painter} paints, painting only what changed where it can: true when something was written. */
    boolean show(Redraw painter) throws IOException;

    /** The next key, waiting up to {@code nanos} for it; empty after the wait or a {@link #wake}. */
    Optional<KeyStroke> nextKey(long nanos);

    /** Ends the current wait for a key early (from any thread): something new is there to draw. */
    void wake();

    /** Asks the loop to end at once, as Ctrl-C would. */
    void interrupt();

    /** True once asked to leave. */
    boolean interrupted();
}
