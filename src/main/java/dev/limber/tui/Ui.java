package dev.limber.tui;

import java.util.Optional;

/**
 * What the player shows besides the session itself: the help screen, the quit question, whether
 * cues are muted, how far the text on screen (instructions, a note, the help) is scrolled, a
 * passing notice, and whether pictures are shown. A value; {@link Controls} makes the next one
 * from a key.
 *
 * @param helpPaused the help paused the session when it opened, so closing it resumes
 * @param scroll the first line of text shown; the view keeps it within the text it has
 * @param notice a line shown for a while, e.g. "Press enter again to finish this step"
 * @param pictures whether steps' pictures are shown ({@code i} hides and shows them)
 */
record Ui(boolean help, boolean helpPaused, boolean askingQuit, boolean muted, int scroll, Optional<Notice> notice,
        boolean pictures) {
    /**
     * A passing line and the engine time it goes at.
     */
    record Notice(String text, long until) {
    }

    static Ui start(boolean muted) {
        return new Ui(false, false, false, muted, 0, Optional.empty(), true);
    }

    /** Opening or closing help starts its text, or the instructions, at the top; closed, it has paused nothing. */
    Ui withHelp(boolean h) {
        return new Ui(h, h && helpPaused, askingQuit, muted, h == help ? scroll : 0, notice, pictures);
    }

    /** Help open, having paused the session (so closing it resumes). */
    Ui withHelpPausing() {
        return new Ui(true, true, askingQuit, muted, help ? scroll : 0, notice, pictures);
    }

    Ui withAskingQuit(boolean a) {
        return new Ui(help, helpPaused, a, muted, scroll, notice, pictures);
    }

    Ui withMuted(boolean m) {
        return new Ui(help, helpPaused, askingQuit, m, scroll, notice, pictures);
    }

    Ui withScroll(int s) {
        return new Ui(help, helpPaused, askingQuit, muted, Math.max(0, s), notice, pictures);
    }

    Ui withNotice(Optional<Notice> n) {
        return new Ui(help, helpPaused, askingQuit, muted, scroll, n, pictures);
    }

    Ui withPictures(boolean p) {
        return new Ui(help, helpPaused, askingQuit, muted, scroll, notice, p);
    }
}
