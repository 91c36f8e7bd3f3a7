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
    static final KeyMap PLAYER = player(Kind.COUNTDOWN, true, false);

    /** Reps a person counts: Enter counts one, + and - put a tap right; no time to change. */
    static final KeyMap TAPPED = player(Kind.TAPPED, true, false);

    /** Paced reps: the tempo counts; Enter twice finishes the step early. */
    static final KeyMap PACED = player(Kind.PACED, true, false);

    /** The player on a note: nothing runs to pause, so space pages through the note instead. */
    static final KeyMap NOTE = player(Kind.NOTE, true, false);

    /** The kinds of step whose keys differ. */
    private enum Kind {
        COUNTDOWN, TAPPED, PACED, NOTE, SWAP_WAIT, SWAP
    }

    /**
     * Every player table, by kind of step, whether the journal keeps the session (q promises a save
     * only then) and whether the step has a picture ({@code i} hides and shows it): made once, so
     * a frame looks its keys up instead of building them.
     */
    private static final KeyMap[][][] PLAYERS = new KeyMap[Kind.values().length][2][2];

    static {
        for (Kind k : Kind.values()) {
            for (int kept = 0; kept < 2; kept++) {
                for (int picture = 0; picture < 2; picture++) {
                    PLAYERS[k.ordinal()][kept][picture] = player(k, kept == 1, picture == 1);
                }
            }
        }
    }

    /** The keys of what plays. */
    private static List<Row> playing(Kind kind) {
        return switch (kind) {
            case COUNTDOWN -> List.of(pause(), next(), back(), moreTime());
            case TAPPED -> List.of(
                    row("enter", "rep", "count a rep (the last one finishes the step)",
                            Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                    pause(), next(), back(),
                    row("+ -", "±1 rep", "count one more rep / take one back",
                            Binding.of(Key.of('+'), Action.ADD_REP), Binding.of(Key.of('='), Action.ADD_REP),
                            Binding.of(Key.of('-'), Action.REMOVE_REP)));
            case PACED -> List.of(pause(),
                    row("enter", "", "finish early (press twice)", Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                    next(), back());
            case NOTE -> List.of(
                    row("enter", "continue", "continue", Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                    row("space", "", "more of the note", Binding.of(Key.of(' '), Action.PAGE_DOWN)), next(), back());
            case SWAP_WAIT -> List.of(
                    row("enter", "continue", "continue: the packs are changed",
                            Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                    pause(), next(), back());
            case SWAP -> List.of(pause(),
                    row("enter", "continue", "continue: the packs are changed",
                            Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                    next(), back(), moreTime());
        };
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

    /** The keys of what plays, then the ones every player has. */
    private static KeyMap player(Kind kind, boolean kept, boolean picture) {
        List<Row> rows = new ArrayList<>(playing(kind));
        rows.add(row("↑ ↓ PgUp PgDn", "", "scroll the text (▼ more)",
                Binding.of(Key.of(KeyType.ArrowUp), Action.UP), Binding.of(Key.of(KeyType.ArrowDown), Action.DOWN),
                Binding.of(Key.of(KeyType.PageUp), Action.PAGE_UP),
                Binding.of(Key.of(KeyType.PageDown), Action.PAGE_DOWN)));
        rows.add(row("m", "mute", "mute / unmute cues", Binding.of(Key.of('m'), Action.MUTE)));
        if (picture) {
            rows.add(row("i", "picture", "hide / show the picture", Binding.of(Key.of('i'), Action.PICTURES)));
        }
        rows.add(row("?", "help", "this help (the timer waits while it is open)", Binding.of(Key.of('?'), Action.HELP)));
        rows.add(row("q", "quit", kept ? "quit (asks; session is saved)" : "quit (asks; nothing is recorded)",
                Binding.of(Key.of('q'), Action.QUIT)));
        rows.add(row("Esc", "", "close help or a question (changes nothing)",
                Binding.of(Key.of(KeyType.Escape), Action.CLOSE)));
        rows.add(row("Ctrl-C", "", kept ? "quit at once (saved too)" : "quit at once",
                Binding.of(Key.ctrl('c'), Action.INTERRUPT)));
        return new KeyMap(rows);
    }

    /** The player's keys while {@code seg} plays, in a session the journal keeps, with its picture if it has one. */
    static KeyMap player(Segment seg) {
        return player(seg, true, seg.picture().isPresent());
    }

    /**
     * The player's keys while {@code seg} plays: only keys that do something there, so the footer
     * and the help tell the truth. {@code kept}: whether the journal keeps the session;
     * {@code picture}: whether the step's picture is shown, or would be were pictures on, at this
     * size ({@code i} does nothing where no picture fits).
     */
    static KeyMap player(Segment seg, boolean kept, boolean picture) {
        Kind kind = switch (seg.kind()) {
            case NOTE -> Kind.NOTE;
            case REPS -> seg.tempo().isPresent() ? Kind.PACED : Kind.TAPPED;
            case SWAP -> seg.isTimed() ? Kind.SWAP : Kind.SWAP_WAIT;
            default -> Kind.COUNTDOWN;
        };
        return PLAYERS[kind.ordinal()][kept ? 1 : 0][picture ? 1 : 0];
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
