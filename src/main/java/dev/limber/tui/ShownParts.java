package dev.limber.tui;

import dev.limber.plan.Segment;
import dev.limber.session.Alert;
import dev.limber.session.Snapshot;
import dev.limber.session.State;

/**
 * What {@link PlayerView} painted last, so that the next frame can paint only the parts that
 * change by themselves: what the rest of the picture was made from, and where and what each of
 * those parts (the time left in the header, the digits, the status line, the bars, a moving
 * figure) was. The rest is compared by identity, which can only err towards a whole repaint: the
 * session hands out the same segment and the player the same screen state until they change.
 */
final class ShownParts {
    /** False until a whole player picture is painted, and after any other picture. */
    boolean kept;

    // what the rest of the picture was made from
    private int w;
    private int h;
    private int beside;
    private String title;
    private Segment segment;
    private Segment next;
    private int position;
    private int stepCount;
    private State state;
    private Alert alert;
    private Ui ui;

    // what the parts that change decided of the layout: -1 no big text, 0 plain text, else block digits at that scale
    int scale;
    boolean status;

    // the parts
    String right;
    /** The whole seconds of the session's time left that {@link #right} shows. */
    long rightSeconds;
    int rightCol;
    String big;
    /** What {@link #big} was made from (see {@code PlayerView.bigKey}). */
    long bigKey;
    int bigWidth;
    boolean urgent;
    int digitsY;
    String statusText;
    int statusY;
    int statusCol;
    int barLeft;
    int barWidth;
    int stepY = -1;
    int stepFilled;
    int sessionY = -1;
    int sessionFilled;
    String sessionRight;
    PictureArea.Placed picture;

    /** Starts a whole picture of {@code s} on a {@code w} by {@code h} screen; its parts are set as they are painted. */
    void start(int w, int h, int beside, Snapshot s, Ui ui) {
        kept = false;
        this.w = w;
        this.h = h;
        this.beside = beside;
        this.title = s.title();
        this.segment = s.segment();
        this.next = s.next().orElse(null);
        this.position = s.position();
        this.stepCount = s.stepCount();
        this.state = s.state();
        this.alert = s.alert().orElse(null);
        this.ui = ui;
        statusText = null;
        stepY = -1;
        sessionY = -1;
        picture = null;
    }

    /** The columns the picture took on the right. */
    int beside() {
        return beside;
    }

    /** Whether all but the parts that change by themselves would be painted as they were. */
    boolean rest(int w, int h, int beside, Snapshot s, Ui ui) {
        return kept && w == this.w && h == this.h && beside == this.beside && ui == this.ui
                && s.segment() == segment && s.next().orElse(null) == next && s.state() == state
                && s.alert().orElse(null) == alert && s.position() == position && s.stepCount() == stepCount
                && s.title().equals(title);
    }
}
