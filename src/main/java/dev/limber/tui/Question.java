package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.limber.text.Sanitizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A one-line question on the open screen, answered by typing and Enter: "Resume at step 5/14?
 * [Y/n]", "Pain now, 0-10 (Enter to skip)". Esc, Ctrl-C or the end of input answer nothing.
 */
final class Question {
    /** Longest answer kept: these are short answers, not essays. */
    static final int MAX_ANSWER = 40;

    private final String question;
    private final String note;
    private final StringBuilder typed = new StringBuilder();

    Question(String question, String note) {
        this.question = Cells.clean(question);
        this.note = Cells.clean(note);
    }

    /** What the person typed, when they pressed Enter; empty if they backed out. */
    Optional<String> ask(TuiScreen screen) throws IOException {
        while (true) {
            if (screen.interrupted()) {
                return Optional.empty();
            }
            screen.show(g -> draw(g, screen.palette()));
            Optional<KeyStroke> key = screen.nextKey(Long.MAX_VALUE);
            while (key.isPresent()) {
                KeyStroke k = key.get();
                Optional<Optional<String>> done = onKey(k);
                if (done.isPresent()) {
                    if (KeyMap.PLAYER.action(k).filter(a -> a == Action.INTERRUPT).isPresent()) {
                        // Ctrl-C (or a lost terminal) means leave, not just "no answer"
                        screen.interrupt();
                    }
                    return done.get();
                }
                key = screen.nextKey(0);
            }
        }
    }

    /** Empty while still typing; otherwise the answer (itself empty when backed out of). */
    Optional<Optional<String>> onKey(KeyStroke k) {
        KeyType type = k.getKeyType();
        if (type == KeyType.Enter) {
            return Optional.of(Optional.of(typed.toString()));
        }
        if (type == KeyType.Escape || type == KeyType.EOF
                || (type == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'c')) {
            return Optional.of(Optional.empty());
        }
        if (type == KeyType.Backspace && typed.length() > 0) {
            typed.setLength(typed.offsetByCodePoints(typed.length(), -1));
        } else if (type == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()
                && typed.length() < MAX_ANSWER && !Sanitizer.isUnsafe(k.getCharacter())) {
            typed.append(k.getCharacter());
        }
        return Optional.empty();
    }

    void draw(TextGraphics g, Palette palette) {
        int w = g.getSize().getColumns();
        int h = g.getSize().getRows();
        Style.PLAIN.on(g);
        // the answer so far, with an underscore for a caret (the real cursor stays hidden)
        String answer = "> " + typed + "_";
        if (h < 3) {
            String line = Cells.cut(question, Math.max(0, w - Cells.width(answer) - 1)) + " " + answer;
            Cells.put(g, 0, (h - 1) / 2, Cells.cut(line, w));
            return;
        }
        // A long question is wrapped, never cut: its end says what the answers are ("[Y/n]").
        if (w < PlayerView.MIN_COLUMNS || h < 5) {
            List<String> lines = new ArrayList<>(wrap(w, h - 1));
            lines.add(Cells.cut(answer, w));
            int top = (h - lines.size()) / 2;
            for (int i = 0; i < lines.size(); i++) {
                Cells.put(g, 0, top + i, lines.get(i));
            }
            return;
        }
        int rest = note.isEmpty() ? 1 : 2;
        List<String> lines = new ArrayList<>(wrap(w - 4, Math.max(1, h - 2 - rest)));
        lines.add(answer);
        if (!note.isEmpty()) {
            lines.add(note);
        }
        Overlay.box(g, palette.overlay(), Math.max(1, (h - lines.size()) / 2), lines);
    }

    /**
     * The question in {@code rows} lines of {@code cols}; when it must be cut, it is cut before its
     * closing hint ("[Y/n]"), which keeps a line of its own.
     */
    private List<String> wrap(int cols, int rows) {
        List<String> all = Cells.wrap(question, cols, Integer.MAX_VALUE);
        int hint = question.lastIndexOf(" [");
        if (all.size() <= rows || hint < 0 || !question.endsWith("]") || rows < 2) {
            return Cells.wrap(question, cols, rows);
        }
        List<String> out = new ArrayList<>(Cells.wrap(question.substring(0, hint), cols, rows - 1));
        out.add(Cells.cut(question.substring(hint + 1), cols));
        return out;
    }
}
