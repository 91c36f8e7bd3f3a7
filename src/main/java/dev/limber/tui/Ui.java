package dev.limber.tui;

/**
 * What the player shows besides the session itself: the help screen, the quit question, whether
 * cues are muted, and how far the text on screen (instructions, a note, the help) is scrolled. A
 * value; {@link Controls} makes the next one from a key.
 *
 * @param scroll the first line of text shown; the view keeps it within the text it has
 * @param pictures whether steps' pictures are shown ({@code i} hides and shows them)
 */
record Ui(boolean help, boolean askingQuit, boolean muted, int scroll, boolean pictures) {
    static Ui start(boolean muted) {
        return new Ui(false, false, muted, 0, true);
    }

    /** Opening or closing help starts its text, or the instructions, at the top. */
    Ui withHelp(boolean h) {
        return new Ui(h, askingQuit, muted, h == help ? scroll : 0, pictures);
    }

    Ui withAskingQuit(boolean a) {
        return new Ui(help, a, muted, scroll, pictures);
    }

    Ui withMuted(boolean m) {
        return new Ui(help, askingQuit, m, scroll, pictures);
    }

    Ui withScroll(int s) {
        return new Ui(help, askingQuit, muted, Math.max(0, s), pictures);
    }

    Ui withPictures(boolean p) {
        return new Ui(help, askingQuit, muted, scroll, p);
    }
}
