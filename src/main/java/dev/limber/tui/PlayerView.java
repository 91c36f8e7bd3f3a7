package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.limber.plan.Pack;
import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import dev.limber.session.OffTime;
import dev.limber.session.Snapshot;
import dev.limber.session.State;
import dev.limber.text.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws one moment of a session: a function of the snapshot, the screen state, the wall clock
 * (when a heat or ice pack comes off) and the size of the graphics it is given. The countdown (or
 * rep count) in block digits comes first, then the step title, its instructions, the step and
 * session bars, what is next, with the routine, the position and the time left above and the keys
 * below. Rows are handed out by importance, so a small terminal keeps the digits and the title;
 * instructions that do not fit scroll, marked "▼ more"; below 40x10 it is one line (and a note's
 * text under it). An alert no key has stopped yet is a box of its own under the title, like the
 * quit question. Once a second only the clocks (and the bars now and then) change, so the view can
 * also paint just those on its last picture ({@link #update}), which must come out the same as
 * painting it all.
 */
final class PlayerView {
    static final int MIN_COLUMNS = 40;
    static final int MIN_ROWS = 10;
    /** Instructions wrap at this width even on a wide screen, so lines stay easy to read. */
    private static final int TEXT_WIDTH = 72;
    private static final int BAR_WIDTH = 76;

    private final Palette palette;
    private final OffTime offTime;
    /** Whether the journal keeps this session: the help and the quit question say so, or that nothing is. */
    private final boolean kept;
    /** The step's picture beside the countdown; empty where pictures are never drawn. */
    private final Optional<PictureArea> pictures;
    /** The last wrapped instructions: they change per step, the picture once a second. */
    private String wrappedFor = "";
    private int wrappedWidth = -1;
    private List<String> wrapped = List.of();
    /** The scrolling text of the last picture: how far it scrolls, and a page of it. */
    private int scrollMax;
    private int page = 1;
    /** The keys of the last picture: a key pressed means what that picture offered. */
    private KeyMap keys = KeyMap.PLAYER;

    /** What the last picture painted, for painting only what changed on it. */
    private final ShownParts shown = new ShownParts();

    /** A view of a session the journal keeps. @param offTime says when a heat or ice phase ends, in local time */
    PlayerView(Palette palette, OffTime offTime) {
        this(palette, offTime, true, Optional.empty());
    }

    /**
     * @param kept whether the journal keeps this session (not a try-out or {@code --no-journal})
     * @param pictures draws the step's picture beside the countdown; empty where pictures are never drawn
     */
    PlayerView(Palette palette, OffTime offTime, boolean kept, Optional<PictureArea> pictures) {
        this.palette = palette;
        this.offTime = offTime;
        this.kept = kept;
        this.pictures = pictures;
    }

    /** Paints the whole picture of {@code s} and {@code ui} on blank {@code g}. */
    void draw(TextGraphics g, Snapshot s, Ui ui) {
        int w = g.getSize().getColumns();
        int h = g.getSize().getRows();
        KeyMap keys = KeyMap.player(s.segment(), kept, pictures.filter(p -> p.fits(w, h, s, ui)).isPresent());
        this.keys = keys;
        scrollMax = 0;
        page = 1;
        shown.kept = false;
        pictures.ifPresent(PictureArea::clear);
        Style.PLAIN.on(g);
        if (w < MIN_COLUMNS || h < MIN_ROWS) {
            scrolled(CompactLine.draw(g, palette, s, ui));
            return;
        }
        if (ui.help()) {
            header(g, s, ui);
            Footer.draw(g, palette, keys, h - 1);
            scrolled(Overlay.help(g, palette, keys, 1, h - 2, "Keys", ui.scroll()));
            return;
        }
        int beside = pictures.map(p -> p.columns(w, h, s, ui)).orElse(0);
        shown.start(w, h, beside, s, ui);
        header(g, s, ui);
        Footer.draw(g, palette, keys, h - 1);
        List<String> banner = ui.askingQuit() ? quitLines(kept)
                : boxedAlert(s) ? alertLines(s.alert().get().words(), w)
                : s.state() == State.PAUSED ? List.of("PAUSED · " + keys.keysFor(Action.PAUSE) + " to resume")
                : ui.notice().map(n -> List.of(n.text())).orElse(List.of());
        body(beside > 0 ? new LeftPart(g, w - beside) : g, s, banner, 1, h - 2, ui.scroll());
        if (beside > 0) {
            shown.picture = pictures.get().draw(g, s, beside);
        }
        shown.kept = true;
    }

    /**
     * Paints on {@code g}, which holds the picture this view painted last, what changed since:
     * the time left, the digits, the status line, the bars, a moving figure. False, having painted
     * nothing, when anything else changed (or would move): then {@link #draw} paints it all.
     */
    boolean update(TextGraphics g, Snapshot s, Ui ui) {
        int w = g.getSize().getColumns();
        int h = g.getSize().getRows();
        // a still picture on screen stays as it is while nothing else changes: it is not looked up again
        boolean still = shown.picture != null && !shown.picture.drawn().moves();
        int beside = !shown.kept ? 0 : still ? shown.beside() : pictures.map(p -> p.columns(w, h, s, ui)).orElse(0);
        if (!shown.rest(w, h, beside, s, ui)) {
            return false;
        }
        int lw = w - beside;
        // the texts are made only when their second (or count) moved: most frames change one of them
        long leftSeconds = Durations.ceilSeconds(s.sessionLeft());
        String right = leftSeconds == shown.rightSeconds ? shown.right : right(s, ui, w);
        long bigKey = bigKey(s);
        boolean sameBig = bigKey == shown.bigKey && shown.scale >= 0;
        Optional<String> big = sameBig ? Optional.of(shown.big) : bigText(s);
        int scale = sameBig ? shown.scale : bigScale(big, lw, h - 2);
        boolean urgent = urgent(s);
        Optional<String> status = status(s);
        String st = status.map(t -> Cells.cut(t, lw - 2)).orElse(null);
        String sessionRight = Durations.clock(ProgressBar.sessionTotal(s));
        boolean sameShape = Cells.width(right) == Cells.width(shown.right) && scale == shown.scale
                && status.isPresent() == shown.status && urgent == shown.urgent
                && big.map(b -> bigWidth(b, scale) == shown.bigWidth).orElse(true)
                && (st == null || shown.statusText == null || Cells.width(st) == Cells.width(shown.statusText))
                && sessionRight.length() == shown.sessionRight.length();
        if (!sameShape) {
            return false;
        }
        PictureArea.Placed picture = still ? shown.picture : null;
        if (beside > 0 && !still) {
            pictures.get().clear();
            picture = pictures.get().place(w, h, s, beside);
        }
        if (!right.equals(shown.right)) {
            header(g, right, shown.rightCol);
            shown.right = right;
        }
        shown.rightSeconds = leftSeconds;
        shown.bigKey = bigKey;
        TextGraphics left = beside > 0 ? new LeftPart(g, lw) : g;
        if (big.isPresent() && !big.get().equals(shown.big)) {
            digits(left, s, shown.big, big.get(), scale, shown.digitsY);
            shown.big = big.get();
        }
        if (st != null && shown.statusText != null && !st.equals(shown.statusText)) {
            statusLine(left, st, shown.statusY);
            shown.statusText = st;
        }
        bars(left, s, sessionRight);
        if (!PictureArea.Placed.same(picture, shown.picture)) {
            if (shown.picture != null) {
                PictureArea.erase(g, shown.picture);
            }
            if (picture != null) {
                PictureArea.paint(g, picture);
            }
        }
        shown.picture = picture;
        return true;
    }

    private void scrolled(TextWindow<?> text) {
        scrollMax = text.max();
        page = text.page();
    }

    /** How far the text of the last picture scrolls (0 when it all fits): the player keeps its scroll within this. */
    int scrollMax() {
        return scrollMax;
    }

    /** How many lines a page of the last picture's text is. */
    int page() {
        return page;
    }

    /** The keys the last picture offered in its footer and help. */
    KeyMap keys() {
        return keys;
    }

    /**
     * Real time until the picture changes with nothing else happening: while a heat or ice phase
     * is paused, the time it comes off moves on with the clock. {@link Long#MAX_VALUE} otherwise.
     */
    long nanosUntilWallChange(Snapshot s) {
        if (s.state() != State.PAUSED || !OffTime.applies(s.segment()) || s.remaining().isEmpty()) {
            return Long.MAX_VALUE;
        }
        return offTime.untilChange(s.remaining().get()).toNanos();
    }

    /**
     * The big text: reps done of the target for a reps step (paced ones too: the count is what a
     * person follows, the beat is on the line below), else the countdown; empty for a note.
     */
    static Optional<String> bigText(Snapshot s) {
        if (s.segment().body() instanceof Segment.Reps r) {
            return Optional.of(s.reps().map(Snapshot.Reps::done).orElse(0) + "/" + r.target());
        }
        return s.remaining().map(Durations::clock);
    }

    /** What {@link #bigText} is made from, so an unchanged one is not made again: the reps done or the whole seconds left. */
    private static long bigKey(Snapshot s) {
        if (s.segment().body() instanceof Segment.Reps) {
            return s.reps().map(Snapshot.Reps::done).orElse(0);
        }
        return s.remaining().map(Durations::ceilSeconds).orElse(-1L);
    }

    /** True in the last 3 s of a running countdown. */
    static boolean urgent(Snapshot s) {
        if (s.state() != State.RUNNING || s.remaining().isEmpty() || s.segment().kind() == Segment.Kind.REPS) {
            return false;
        }
        long left = Durations.ceilSeconds(s.remaining().get());
        return left > 0 && left <= 3;
    }

    private void header(TextGraphics g, Snapshot s, Ui ui) {
        int w = g.getSize().getColumns();
        String right = right(s, ui, w);
        int rightCol = w - 1 - Cells.width(right);
        header(g, right, rightCol);
        palette.heading().on(g);
        Cells.put(g, 1, 0, Cells.cut(Cells.clean(s.title()), rightCol - 3));
        shown.right = right;
        shown.rightCol = rightCol;
        shown.rightSeconds = Durations.ceilSeconds(s.sessionLeft());
    }

    /** The header's right end: the position, the session's time left, and whether cues are muted. */
    private static String right(Snapshot s, Ui ui, int w) {
        String right = s.position() + "/" + s.stepCount() + " · " + Durations.clock(s.sessionLeft()) + " left"
                + (ui.muted() ? " · muted" : "");
        return Cells.cut(right, w - 2);
    }

    private void header(TextGraphics g, String right, int rightCol) {
        palette.dim().on(g);
        Cells.put(g, rightCol, 0, right);
    }

    /**
     * True when an alert needs its box: not in the swap pause right after its end, which already
     * says to take the pack off (and Enter, which it asks for, stops the alert), unless it is news
     * of an overrun.
     */
    private static boolean boxedAlert(Snapshot s) {
        return s.alert().isPresent() && (s.segment().kind() != Segment.Kind.SWAP
                || !s.alert().get().overrun().isZero());
    }

    /** The alert's words, wrapped to at most three lines, and how to stop it. */
    private static List<String> alertLines(String words, int w) {
        List<String> lines = new ArrayList<>(Cells.wrap(Cells.cleanText(words), Math.min(w - 6, TEXT_WIDTH), 3));
        lines.add("any key: stop the alert");
        return lines;
    }

    private static List<String> quitLines(boolean kept) {
        StringBuilder keys = new StringBuilder();
        for (KeyMap.Row r : KeyMap.QUIT_QUESTION.footer()) {
            keys.append(keys.length() == 0 ? "" : " · ").append(r.keys()).append(' ').append(r.hint());
        }
        return List.of(kept ? "Quit this session?" : "Quit? Nothing of this session is recorded.", keys.toString());
    }

    /**
     * Lays out and draws the rows between header and footer. Rows are handed out by importance:
     * digits, title, a banner (paused, the quit question) in rows of its own so it hides nothing
     * half-way, the status line, the step bar, two lines of instructions, next, the session bar,
     * the rest of the instructions (before all but two blank lines); rows left over become blank
     * lines between the blocks and around them.
     */
    private void body(TextGraphics g, Snapshot s, List<String> banner, int top, int bottom, int scroll) {
        int w = g.getSize().getColumns();
        int room = bottom - top + 1;
        Optional<String> big = bigText(s);
        int scale = bigScale(big, w, room);
        int digitRows = scale < 0 ? 0 : scale == 0 ? 1 : BigDigits.height(scale);
        Optional<String> status = status(s);
        shown.scale = scale;
        shown.status = status.isPresent();
        int textWidth = Math.min(w - 4, TEXT_WIDTH);
        List<String> how = wrap(instructions(s), textWidth);

        int left = room - 1 - digitRows;
        int bannerRows = banner.isEmpty() ? 0 : Math.min(left, banner.size() + 2);
        left -= bannerRows;
        boolean statusLine = status.isPresent() && left >= 1;
        left -= statusLine ? 1 : 0;
        boolean stepBar = s.segment().isTimed() && left >= 1;
        left -= stepBar ? 1 : 0;
        // A note or a swap is there to be read (and waits for Enter): its text comes before next and the bar.
        boolean toRead = s.segment().kind() == Segment.Kind.NOTE || s.segment().kind() == Segment.Kind.SWAP;
        int howFirst = toRead ? left : 2;
        int howRows = Math.min(Math.min(howFirst, how.size()), left);
        left -= howRows;
        boolean next = left >= 1;
        left -= next ? 1 : 0;
        boolean sessionBar = left >= 1;
        left -= sessionBar ? 1 : 0;
        // Instructions that have to scroll (a safety warning in a note) matter more than the blank
        // lines between blocks: two are kept, one each side of them.
        int moreHow = Math.min(how.size() - howRows, left > 2 ? left - 2 : 0);
        howRows += moreHow;
        left -= moreHow;
        int[] gaps = new int[5];
        boolean[] present = {true, digitRows > 0, howRows > 0, stepBar || next || sessionBar, true};
        for (int gi = 1; gi <= 3; gi++) {
            if (left > 0 && present[gi]) {
                gaps[gi]++;
                left--;
            }
        }
        gaps[0] += left / 2;
        gaps[4] += left - left / 2;

        int y = top + gaps[0];
        if (digitRows > 0) {
            digits(g, s, big.get(), scale, y);
            shown.big = big.get();
            shown.bigKey = bigKey(s);
            shown.bigWidth = bigWidth(big.get(), scale);
            shown.urgent = urgent(s);
            shown.digitsY = y;
            y += digitRows + gaps[1];
        }
        palette.tone(s.segment().tone()).on(g);
        String title = Cells.title(s.segment(), w - 2);
        Cells.put(g, (w - Cells.width(title)) / 2, y++, title);
        if (bannerRows > 0) {
            Overlay.box(g, palette.overlay(), bannerRows > banner.size() ? y + 1 : y,
                    banner.subList(0, Math.min(banner.size(), bannerRows)));
            y += bannerRows;
        }
        if (statusLine) {
            String st = Cells.cut(status.get(), w - 2);
            statusLine(g, st, y);
            shown.statusText = st;
            shown.statusY = y++;
        }
        y += gaps[2];
        if (howRows > 0) {
            TextWindow<String> text = TextWindow.of(how, howRows, scroll);
            scrolled(text);
            text(g, text, y);
            y += howRows;
        }
        y += gaps[3];
        int barWidth = Math.min(w - 2, BAR_WIDTH);
        int barLeft = (w - barWidth) / 2;
        shown.barLeft = barLeft;
        shown.barWidth = barWidth;
        shown.stepY = stepBar ? y++ : -1;
        shown.sessionY = sessionBar ? y++ : -1;
        shown.stepFilled = Integer.MIN_VALUE;
        shown.sessionFilled = Integer.MIN_VALUE;
        shown.sessionRight = Durations.clock(ProgressBar.sessionTotal(s));
        bars(g, s, shown.sessionRight);
        if (next) {
            palette.dim().on(g);
            int x = Cells.put(g, barLeft, y, "Next: ");
            Style.PLAIN.on(g);
            int cols = barLeft + barWidth - x;
            String text = s.next().map(n -> describe(n, cols)).orElse("the end");
            Cells.put(g, x, y, Cells.cut(text, cols));
        }
    }

    /**
     * Draws the step and the session bar where {@link #shown} has them, those that changed since
     * it was painted; {@code sessionRight} labels the session bar's end.
     */
    private void bars(TextGraphics g, Snapshot s, String sessionRight) {
        if (shown.stepY >= 0) {
            String right = Durations.clock(s.segment().length().orElse(Duration.ZERO));
            int filled = ProgressBar.filled(shown.barWidth, s.segmentProgress(), right);
            if (filled != shown.stepFilled) {
                ProgressBar.draw(g, palette, shown.barLeft, shown.stepY, shown.barWidth, "step", s.segmentProgress(),
                        right, palette.tone(s.segment().tone()));
                shown.stepFilled = filled;
            }
        }
        if (shown.sessionY >= 0) {
            int filled = ProgressBar.filled(shown.barWidth, s.sessionProgress(), sessionRight);
            if (filled != shown.sessionFilled || !sessionRight.equals(shown.sessionRight)) {
                ProgressBar.draw(g, palette, shown.barLeft, shown.sessionY, shown.barWidth, "total", s.sessionProgress(),
                        sessionRight, palette.tone(Tone.WORK));
                shown.sessionFilled = filled;
                shown.sessionRight = sessionRight;
            }
        }
    }

    private void statusLine(TextGraphics g, String st, int y) {
        palette.dim().on(g);
        Cells.put(g, (g.getSize().getColumns() - Cells.width(st)) / 2, y, st);
    }

    /**
     * How {@code big} is drawn in {@code w} columns and {@code room} rows: as block digits at the
     * returned scale, as plain text (0) where they do not fit, or not at all (-1).
     */
    static int bigScale(Optional<String> big, int w, int room) {
        if (big.isEmpty()) {
            return -1;
        }
        int scale = scale(big.get(), w, room);
        boolean blocks = BigDigits.width(big.get(), scale) + 2 <= w && BigDigits.height(scale) + 1 <= room;
        return blocks ? scale : 0;
    }

    /** Columns {@code big} takes at {@code scale} as {@link #bigScale} gives it. */
    private static int bigWidth(String big, int scale) {
        return scale == 0 ? big.length() : BigDigits.width(big, scale);
    }

    /**
     * The largest scale of block digits that takes at most a third of the rows (the title, the
     * text and the bars need the rest) and leaves a margin each side: 1 at 80x24, 3 at 200x50.
     */
    static int scale(String big, int w, int room) {
        int scale = 1;
        while (BigDigits.height(scale + 1) * 3 <= room && BigDigits.width(big, scale + 1) + 4 <= w) {
            scale++;
        }
        return scale;
    }

    /**
     * Draws a window of wrapped text as a centred block from row {@code y}. Its marks go in the
     * margin the block always has (two columns each side), so they never cover a word.
     */
    private void text(TextGraphics g, TextWindow<String> text, int y) {
        int w = g.getSize().getColumns();
        int blockWidth = 0;
        for (String line : text.lines()) {
            blockWidth = Math.max(blockWidth, Cells.width(line));
        }
        int x = (w - blockWidth) / 2;
        Style.PLAIN.on(g);
        for (int i = 0; i < text.lines().size(); i++) {
            Cells.put(g, x, y + i, text.lines().get(i));
        }
        palette.dim().on(g);
        if (text.up()) {
            Cells.put(g, Math.max(0, x - 2), y, TextWindow.UP);
        }
        if (text.down()) {
            Cells.put(g, Math.min(w - 1, x + blockWidth + 1), y + text.lines().size() - 1, TextWindow.DOWN);
        }
        text.marker().ifPresent(m -> Cells.put(g, (w - Cells.width(m)) / 2, y + text.lines().size(), m));
    }

    /**
     * The segment's own instructions; a pause (get ready, rest, switch) has none, so it shows the
     * next step's: that is when a person gets into position. A swap says first what to change.
     */
    static String instructions(Snapshot s) {
        Segment seg = s.segment();
        if (seg.kind() == Segment.Kind.SWAP) {
            String next = s.next().flatMap(Segment::how).map(h -> "\n\n" + h).orElse("");
            return seg.pack().map(Pack::swap).orElse("") + next;
        }
        return seg.how().or(() -> seg.isPause() ? s.next().flatMap(Segment::how) : Optional.empty()).orElse("");
    }

    private List<String> wrap(String raw, int width) {
        if (width != wrappedWidth || !raw.equals(wrappedFor)) {
            wrapped = Cells.wrap(Cells.cleanText(raw), width, Integer.MAX_VALUE);
            wrappedFor = raw;
            wrappedWidth = width;
        }
        return wrapped;
    }

    /** The countdown or rep count at row {@code y}: block digits at {@code scale}, or plain text at 0. */
    private void digits(TextGraphics g, Snapshot s, String text, int scale, int y) {
        digits(g, s, "", text, scale, y);
    }

    /** The countdown or rep count as {@link #digits(TextGraphics, Snapshot, String, int, int)}, over {@code before} drawn there. */
    private void digits(TextGraphics g, Snapshot s, String before, String text, int scale, int y) {
        int w = g.getSize().getColumns();
        boolean urgent = urgent(s);
        (urgent ? palette.urgent() : palette.tone(s.segment().tone())).on(g);
        if (scale == 0) {
            Cells.put(g, (w - text.length()) / 2, y, text);
            return;
        }
        int bw = BigDigits.width(text, scale);
        int x = (w - bw) / 2;
        if (urgent && palette.depth() == Palette.Depth.MONO && before.isEmpty()) {
            // reverse video shows dark digits on a lit box; a margin keeps the edge digits readable
            for (int r = 0; r < BigDigits.height(scale); r++) {
                Cells.blank(g, x - 2, y + r, bw + 4);
            }
        }
        BigDigits.draw(g, x, y, before, text, scale);
    }

    /** "Piriformis stretch — RIGHT · 45s", "Ab curls · 10 reps", in {@code cols} columns, cut in the name. */
    static String describe(Segment seg, int cols) {
        String extra = seg.body() instanceof Segment.Reps r ? " · " + r.target() + " reps"
                : seg.length().map(l -> " · " + Durations.compact(l)).orElse("");
        return Cells.cut(Cells.title(seg, Math.max(0, cols - Cells.width(extra))) + extra, cols);
    }

    private static String enter(Segment seg) {
        return KeyMap.player(seg).keysFor(Action.ENTER);
    }

    /**
     * Whole seconds left in the beat of a paced rep ({@code 2s}), from the time spent in the
     * segment; empty outside paced reps.
     */
    static Optional<String> beatLeft(Snapshot s) {
        return s.segment().tempo().flatMap(t -> t.at(s.elapsed()))
                .map(now -> Durations.ceilSeconds(now.left()) + "s");
    }

    /**
     * The line under the title: the beat of a paced rep, what Enter does when it is waited for, or
     * when a heat or ice pack comes off, after "Check your skin" for a while after that reminder.
     */
    private Optional<String> status(Snapshot s) {
        Segment seg = s.segment();
        if (OffTime.applies(seg) && s.remaining().isPresent()) {
            Optional<String> off = offTime.text(seg, s.remaining().get());
            return s.checkSkin() ? off.map(t -> "Check your skin · " + t) : off;
        }
        if (seg.kind() == Segment.Kind.REPS) {
            Optional<String> beatName = s.reps().flatMap(Snapshot.Reps::beat);
            if (beatName.isPresent()) {
                String beat = Cells.clean(beatName.get()).toUpperCase(Locale.ROOT);
                return Optional.of(beatLeft(s).map(left -> beat + " · " + left).orElse(beat));
            }
            return Optional.of(enter(seg) + ": count a rep");
        }
        if (seg.kind() == Segment.Kind.NOTE || (seg.kind() == Segment.Kind.SWAP && s.remaining().isEmpty())) {
            return Optional.of(enter(seg) + ": continue");
        }
        if (s.checkSkin()) {
            return Optional.of("Check your skin");
        }
        return Optional.empty();
    }
}
