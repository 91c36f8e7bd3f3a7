package dev.limber.term;

import sun.misc.Signal;

/**
 * The signals a player answers, in one place: INT, TERM and HUP end the session properly instead
 * of killing the JVM (the journal line written, the resume file kept, the terminal restored);
 * CONT and WINCH tell the full screen to set itself up again or to measure the terminal again.
 * Each install returns false where the signal cannot be handled (another platform, or
 * {@code -Xrs}, which runs no handlers at all); the player then does without.
 */
public final class Signals {
    private Signals() {
    }

    /** Ctrl-C (SIGINT), SIGTERM and SIGHUP (a closed terminal window or a dropped ssh connection) run {@code onStop}. */
    public static boolean onStop(Runnable onStop) {
        return handle("INT", onStop) && handle("TERM", onStop) && handle("HUP", onStop);
    }

    /**
     * SIGCONT, after a SIGTSTP or SIGSTOP from outside: the shell has put the terminal back in its
     * own mode meanwhile. {@code onContinue} runs on the signal thread, so it should only take note.
     */
    public static boolean onContinue(Runnable onContinue) {
        return handle("CONT", onContinue);
    }

    /** SIGWINCH: the terminal's size changed. */
    public static boolean onResize(Runnable onResize) {
        return handle("WINCH", onResize);
    }

    private static boolean handle(String name, Runnable action) {
        try {
            Signal.handle(new Signal(name), s -> action.run());
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            return false;
        }
    }
}
