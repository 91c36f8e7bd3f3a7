package dev.limber.tui;

import com.googlecode.lanterna.TextCharacter;

/**
 * One-time work the first frame waits for that needs nothing from the routine, started on a
 * daemon thread while the main thread reads the routine: Lanterna checks every character cell
 * with a break iterator, whose rules the JDK reads from its image the first time (about 9 ms).
 * It only loads and initializes classes, which the JVM makes safe across threads; nothing is
 * drawn and the terminal is not touched.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** Starts the warm-up; returns at once. */
    public static void start() {
        Thread t = new Thread(() -> TextCharacter.fromCharacter('x'), "limber-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
