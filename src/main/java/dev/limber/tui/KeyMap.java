package dev.limber.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.limber.plan.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys of one screen, as one table: it answers which action a keystroke means, and it writes
 * the footer hints and the help screen, so the hints can never disagree with what the keys do.
 */
final class KeyMap {
    /**
     * One line of the table.
     *
     * @param keys how the keys are written for people, e.g. {@code n →}
     * @param hint the footer's word for it, or empty to leave it out of the footer
     * @param help what the help screen says it does
     * @param bindings the keys and what each one does
     */
    record Row(String keys, String hint, String help, List<Binding> bindings) {
        Row {
            bindings = List.copyOf(bindings);
        }

        boolean inFooter() {
            return !hint.isEmpty();
        }
    }

    /** One key and what it does. */
    record Binding(Key key, Action action) {
        static Binding of(Key key, Action action) {
            return new Binding(key, action);
        }
    }

    /** The player on a countdown (work, a pause), per DESIGN "The player". */
    static final KeyMap PLAYER = player(List.of(pause(), next(), back(), moreTime()), true);

    /** Reps a person counts: Enter counts one, + and - put a tap right; no time to change. */
    static final KeyMap TAPPED = player(tapped(), true);

    /** Paced reps: the tempo counts; Enter twice finishes the step early. */
    static final KeyMap PACED = player(paced(), true);

    /** The player on a note: nothing runs to pause, so space pages through the note instead. */
    static final KeyMap NOTE = player(note(), true);

    /** A swap of packs that waits for Enter: no countdown to change. */
    static final KeyMap SWAP_WAIT = player(swapWait(), true);

    /** A swap of packs with a countdown: Enter goes on before its end. */
    static final KeyMap SWAP = player(swap(), true);

    // The same for a session nothing is recorded of (a try-out, --no-journal): q promises nothing.
    private static final KeyMap PLAYER_UNKEPT = player(List.of(pause(), next(), back(), moreTime()), false);
    private static final KeyMap TAPPED_UNKEPT = player(tapped(), false);
    private static final KeyMap PACED_UNKEPT = player(paced(), false);
    private static final KeyMap NOTE_UNKEPT = player(note(), false);
    private static final KeyMap SWAP_WAIT_UNKEPT = player(swapWait(), false);
    private static final KeyMap SWAP_UNKEPT = player(swap(), false);

    private static List<Row> tapped() {
        return List.of(
                row("enter", "rep", "count a rep (the last one finishes the step)",
                        Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                pause(), next(), back(),
                row("+ -", "±1 rep", "count one more rep / take one back",
                        Binding.of(Key.of('+'), Action.ADD_REP), Binding.of(Key.of('='), Action.ADD_REP),
                        Binding.of(Key.of('-'), Action.REMOVE_REP)));
    }

    private static List<Row> paced() {
        return List.of(pause(),
                row("enter", "", "finish early (press twice)", Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                next(), back());
    }

    private static List<Row> note() {
        return List.of(
                row("enter", "continue", "continue", Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                row("space", "", "more of the note", Binding.of(Key.of(' '), Action.PAGE_DOWN)), next(), back());
    }

    private static List<Row> swapWait() {
        return List.of(
                row("enter", "continue", "continue: the packs are changed", Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                pause(), next(), back());
    }

    private static List<Row> swap() {
        return List.of(pause(),
                row("enter", "continue", "continue: the packs are changed", Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                next(), back(), moreTime());
    }

    private static Row pause() {
        return row("space", "pause", "pause / resume", Binding.of(Key.of(' '), Action.PAUSE));
    }

    private static Row moreTime() {
        return row("+ -", "±10s", "add / remove 10 s",
                Binding.of(Key.of('+'), Action.ADD_TIME), Binding.of(Key.of('='), Action.ADD_TIME),
                Binding.of(Key.of('-'), Action.REMOVE_TIME));
    }

    private static Row next() {
        return row("n →", "next", "next step",
                Binding.of(Key.of('n'), Action.NEXT), Binding.of(Key.of(KeyType.ArrowRight), Action.NEXT));
    }

    private static Row back() {
        return row("b ←", "back", "back: this side's start, then the step's, then the one before",
                Binding.of(Key.of('b'), Action.BACK), Binding.of(Key.of(KeyType.ArrowLeft), Action.BACK));
    }

    /**
     * The keys of what plays, then the ones every player has; {@code kept}: whether the journal
     * keeps the session, so quitting says truthfully what is saved.
     */
    private static KeyMap player(List<Row> playing, boolean kept) {
        List<Row> rows = new ArrayList<>(playing);
        rows.addAll(List.of(
                row("↑ ↓ PgUp PgDn", "", "scroll the text (▼ more)",
                        Binding.of(Key.of(KeyType.ArrowUp), Action.UP), Binding.of(Key.of(KeyType.ArrowDown), Action.DOWN),
                        Binding.of(Key.of(KeyType.PageUp), Action.PAGE_UP),
                        Binding.of(Key.of(KeyType.PageDown), Action.PAGE_DOWN)),
                row("m", "mute", "mute / unmute cues", Binding.of(Key.of('m'), Action.MUTE)),
                row("?", "help", "this help (the timer waits while it is open)", Binding.of(Key.of('?'), Action.HELP)),
                row("q", "quit", kept ? "quit (asks; session is saved)" : "quit (asks; nothing is recorded)",
                        Binding.of(Key.of('q'), Action.QUIT)),
                row("Esc", "", "close help or a question (changes nothing)", Binding.of(Key.of(KeyType.Escape), Action.CLOSE)),
                row("Ctrl-C", "", kept ? "quit at once (saved too)" : "quit at once",
                        Binding.of(Key.ctrl('c'), Action.INTERRUPT))));
        return new KeyMap(rows);
    }

    /** The player's keys while {@code seg} plays, in a session the journal keeps. */
    static KeyMap player(Segment seg) {
        return player(seg, true);
    }

    /**
     * The player's keys while {@code seg} plays: only keys that do something there, so the footer
     * tells the truth; {@code kept}: whether the journal keeps the session.
     */
    static KeyMap player(Segment seg, boolean kept) {
        return switch (seg.kind()) {
            case NOTE -> kept ? NOTE : NOTE_UNKEPT;
            case REPS -> seg.tempo().isPresent() ? (kept ? PACED : PACED_UNKEPT) : (kept ? TAPPED : TAPPED_UNKEPT);
            case SWAP -> seg.isTimed() ? (kept ? SWAP : SWAP_UNKEPT) : (kept ? SWAP_WAIT : SWAP_WAIT_UNKEPT);
            default -> kept ? PLAYER : PLAYER_UNKEPT;
        };
    }

    /** The quit question. */
    static final KeyMap QUIT_QUESTION = new KeyMap(List.of(
            row("y q", "quit", "quit", Binding.of(Key.of('y'), Action.YES), Binding.of(Key.of('q'), Action.YES)),
            row("n Esc", "keep going", "keep going",
                    Binding.of(Key.of('n'), Action.NO), Binding.of(Key.of(KeyType.Escape), Action.NO)),
            row("Ctrl-C", "", "quit at once", Binding.of(Key.ctrl('c'), Action.INTERRUPT))));

    /** The routine picker. */
    static final KeyMap PICKER = new KeyMap(List.of(
            row("↑ ↓", "move", "move",
                    Binding.of(Key.of(KeyType.ArrowUp), Action.UP), Binding.of(Key.of('k'), Action.UP),
                    Binding.of(Key.of(KeyType.ArrowDown), Action.DOWN), Binding.of(Key.of('j'), Action.DOWN),
                    Binding.of(Key.of(KeyType.PageUp), Action.PAGE_UP),
                    Binding.of(Key.of(KeyType.PageDown), Action.PAGE_DOWN),
                    Binding.of(Key.of(KeyType.Home), Action.HOME), Binding.of(Key.of(KeyType.End), Action.END)),
            row("enter", "play", "play", Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
            // no Esc: over ssh a lone Esc is ambiguous, so it never quits (DESIGN)
            row("q", "quit", "quit", Binding.of(Key.of('q'), Action.QUIT)),
            row("Ctrl-C", "", "quit", Binding.of(Key.ctrl('c'), Action.INTERRUPT))));

    /** The end summary: any of these closes it. */
    static final KeyMap SUMMARY = new KeyMap(List.of(
            row("enter", "close", "close",
                    Binding.of(Key.of(KeyType.Enter), Action.CLOSE), Binding.of(Key.of('q'), Action.CLOSE),
                    Binding.of(Key.of(KeyType.Escape), Action.CLOSE), Binding.of(Key.of(' '), Action.CLOSE)),
            row("Ctrl-C", "", "close", Binding.of(Key.ctrl('c'), Action.INTERRUPT))));

    private final List<Row> rows;
    private final List<Row> footer;

    KeyMap(List<Row> rows) {
        this.rows = List.copyOf(rows);
        this.footer = rows.stream().filter(Row::inFooter).toList();
    }

    private static Row row(String keys, String hint, String help, Binding... bindings) {
        return new Row(keys, hint, help, List.of(bindings));
    }

    List<Row> rows() {
        return rows;
    }

    /** What {@code stroke} does here; empty for a key this table does not know. */
    Optional<Action> action(KeyStroke stroke) {
        if (stroke.getKeyType() == KeyType.EOF) {
            // the terminal went away: nobody is left to answer a question
            return Optional.of(Action.INTERRUPT);
        }
        return action(Key.from(stroke));
    }

    Optional<Action> action(Key key) {
        for (Row r : rows) {
            for (Binding b : r.bindings()) {
                if (b.key().equals(key)) {
                    return Optional.of(b.action());
                }
            }
        }
        return Optional.empty();
    }

    /** How the keys doing {@code action} are written, e.g. {@code enter}; empty if none does. */
    String keysFor(Action action) {
        for (Row r : rows) {
            for (Binding b : r.bindings()) {
                if (b.action() == action) {
                    return r.keys();
                }
            }
        }
        return "";
    }

    /** The rows the footer shows, in table order. */
    List<Row> footer() {
        return footer;
    }
}
