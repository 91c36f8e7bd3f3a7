package dev.limber.tui;

/**
 * What the player shows besides the session itself: the help screen, the quit question, and
 * whether cues are muted. A value; {@link Controls} makes the next one from a key.
 */
record Ui(boolean help, boolean askingQuit, boolean muted) {
    static Ui start(boolean muted) {
        return new Ui(false, false, muted);
    }

    Ui withHelp(boolean h) {
        return new Ui(h, askingQuit, muted);
    }

    Ui withAskingQuit(boolean a) {
        return new Ui(help, a, muted);
    }

    Ui withMuted(boolean m) {
        return new Ui(help, askingQuit, m);
    }
}
