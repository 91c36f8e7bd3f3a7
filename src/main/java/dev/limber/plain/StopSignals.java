package dev.limber.plain;

import sun.misc.Signal;

/**
 * Routes Ctrl-C (SIGINT), SIGTERM and SIGHUP to a callback instead of killing the JVM, so a player can end
 * the session properly: the journal line written, the resume file kept, the terminal restored.
 */
public final class StopSignals {
    private StopSignals() {
    }

    /** Installs {@code onStop} for INT, TERM and HUP; returns false where signals cannot be handled. */
    public static boolean install(Runnable onStop) {
        try {
            Signal.handle(new Signal("INT"), s -> onStop.run());
            Signal.handle(new Signal("TERM"), s -> onStop.run());
            // A closed terminal window or a dropped ssh connection: end the session properly too.
            Signal.handle(new Signal("HUP"), s -> onStop.run());
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            return false;
        }
    }
}
