package dev.limber.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.limber.plan.Segment;
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

    private static final Row PAUSE = row("space", "pause", "pause / resume", Binding.of(Key.of(' '), Action.PAUSE));
    private static final Row PAGE = row("space", "", "more of the note", Binding.of(Key.of(' '), Action.PAGE_DOWN));

    /** The player, per DESIGN "The player". */
    static final KeyMap PLAYER = player(PAUSE, false);

    /** The player on a note: nothing runs to pause, so space pages through the note instead. */
    static final KeyMap NOTE = player(PAGE, false);

    /** The player and a note with a picture: {@code i} hides and shows it. */
    static final KeyMap PLAYER_PICTURE = player(PAUSE, true);
    static final KeyMap NOTE_PICTURE = player(PAGE, true);

    private static KeyMap player(Row space, boolean picture) {
        List<Row> pictureKey = picture ? List.of(row("i", "picture", "hide / show the picture",
                Binding.of(Key.of('i'), Action.PICTURES))) : List.of();
        return new KeyMap(concat(List.of(space,
                row("enter", "", "rep · finish reps · continue",
                        Binding.of(Key.of(KeyType.Enter), Action.ENTER)),
                row("n →", "next", "next step",
                        Binding.of(Key.of('n'), Action.NEXT), Binding.of(Key.of(KeyType.ArrowRight), Action.NEXT)),
                row("b ←", "back", "back: this step's start, or previous",
                        Binding.of(Key.of('b'), Action.BACK), Binding.of(Key.of(KeyType.ArrowLeft), Action.BACK)),
                row("+ -", "±10s", "add / remove 10 s",
                        Binding.of(Key.of('+'), Action.ADD_TIME), Binding.of(Key.of('='), Action.ADD_TIME),
                        Binding.of(Key.of('-'), Action.REMOVE_TIME)),
                row("↑ ↓ PgUp PgDn", "", "scroll the text (▼ more)",
                        Binding.of(Key.of(KeyType.ArrowUp), Action.UP), Binding.of(Key.of(KeyType.ArrowDown), Action.DOWN),
                        Binding.of(Key.of(KeyType.PageUp), Action.PAGE_UP),
                        Binding.of(Key.of(KeyType.PageDown), Action.PAGE_DOWN)),
                row("m", "mute", "mute / unmute cues", Binding.of(Key.of('m'), Action.MUTE))),
                pictureKey, List.of(
                row("?", "help", "this help", Binding.of(Key.of('?'), Action.HELP)),
                row("q", "quit", "quit (asks; session is saved)", Binding.of(Key.of('q'), Action.QUIT)),
                row("Esc", "", "close help or a question (changes nothing)", Binding.of(Key.of(KeyType.Escape), Action.CLOSE)),
                row("Ctrl-C", "", "quit at once (saved too)", Binding.of(Key.ctrl('c'), Action.INTERRUPT)))));
    }

    @SafeVarargs
    private static List<Row> concat(List<Row>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /** The player's keys while {@code seg} plays. */
    static KeyMap player(Segment seg) {
        if (seg.picture().isPresent()) {
            return seg.kind() == Segment.Kind.NOTE ? NOTE_PICTURE : PLAYER_PICTURE;
        }
        return seg.kind() == Segment.Kind.NOTE ? NOTE : PLAYER;
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
