package dev.limber.cli;

import dev.limber.load.RoutineLoader;
import dev.limber.tui.TuiScreen;

/**
 * One-time work a start of {@code run} waits for that needs nothing from the command line, the
 * settings or the routine, done on a daemon thread while the main thread reads them (two cores
 * run both): each package warms its own part ({@link RoutineLoader#warmUp}, and for the full
 * screen {@link TuiScreen#warmUp}). Measured in docs/ARCHITECTURE.md#start-up.
 *
 * <p>The parts read no file, touch no terminal and share nothing with the main thread but the
 * classes, whose initialization the JVM makes safe across threads.
 */
final class WarmUp {
    private WarmUp() {
    }

    /** Starts the warm-up and returns at once; {@code screen}: the full screen will be opened. */
    static void start(boolean screen) {
        Thread t = new Thread(() -> {
            RoutineLoader.warmUp();
            if (screen) {
                TuiScreen.warmUp();
            }
        }, "limber-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
