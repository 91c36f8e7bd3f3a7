package dev.limber.plain;

import dev.limber.plan.Segment;
import dev.limber.session.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The plain player's commands, as one table: it reads a typed line, and it writes the list of
 * commands (the header's, and {@code ?}'s for the step playing), so the list can never disagree
 * with what a line does.
 */
final class PlainCommands {
    /** What a line asks for. */
    enum Act {
        ENTER, PAUSE, NEXT, BACK, MORE, LESS, MUTE, LIST, QUIT
    }

    /**
     * One line of the table.
     *
     * @param shown how it is written for people
     * @param brief the header's word for it
     * @param act what it does, for its line in {@code ?}'s list
     * @param words what may be typed (an empty line is {@code ""}), and what each does
     */
    private record Row(String shown, String brief, Act act, Map<String, Act> words) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Enter", "rep/continue", Act.ENTER, Map.of("", Act.ENTER)),
            new Row("p", "pause", Act.PAUSE, Map.of("p", Act.PAUSE, "space", Act.PAUSE)),
            new Row("n", "next", Act.NEXT, Map.of("n", Act.NEXT)),
            new Row("b", "back", Act.BACK, Map.of("b", Act.BACK)),
            new Row("+/-", "10 s or a rep", Act.MORE, Map.of("+", Act.MORE, "-", Act.LESS)),
            new Row("m", "mute", Act.MUTE, Map.of("m", Act.MUTE)),
            new Row("?", "commands", Act.LIST, Map.of("?", Act.LIST)),
            new Row("q", "quit", Act.QUIT, Map.of("q", Act.QUIT)));

    private PlainCommands() {
    }

    /** {@code Commands: Enter = rep/continue, p = pause, ...}: every command, for the header. */
    static String brief() {
        StringBuilder b = new StringBuilder("Commands: ");
        for (Row r : ROWS) {
            b.append(r == ROWS.get(0) ? "" : ", ").append(r.shown()).append(" = ").append(r.brief());
        }
        return b.toString();
    }

    /** How the command doing {@code act} is written, e.g. {@code Enter}, for the lines that name it. */
    static String shown(Act act) {
        for (Row r : ROWS) {
            if (r.words().containsValue(act)) {
                return r.shown();
            }
        }
        throw new IllegalArgumentException("no command does " + act);
    }

    /** What {@code line} asks for; a line of only spaces is space, which pauses. Empty if unknown. */
    static Optional<Act> parse(String line) {
        if (!line.isEmpty() && line.isBlank()) {
            return Optional.of(Act.PAUSE);
        }
        String typed = line.strip().toLowerCase(Locale.ROOT);
        for (Row r : ROWS) {
            Act a = r.words().get(typed);
            if (a != null) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The session command {@code act} sends while {@code seg} plays; empty for mute and the list. */
    static Optional<Command> command(Act act, Segment seg) {
        boolean tapped = seg.kind() == Segment.Kind.REPS && seg.tempo().isEmpty();
        return Optional.ofNullable(switch (act) {
            case ENTER -> Command.ENTER;
            case PAUSE -> Command.TOGGLE_PAUSE;
            case NEXT -> Command.NEXT;
            case BACK -> Command.BACK;
            case MORE -> tapped ? Command.ADD_REP : Command.ADD_TIME;
            case LESS -> tapped ? Command.REMOVE_REP : Command.REMOVE_TIME;
            case QUIT -> Command.QUIT;
            case MUTE, LIST -> null;
        });
    }

    /** The commands that do something while {@code seg} plays, one a line, for {@code ?}. */
    static List<String> list(Segment seg) {
        List<String> lines = new ArrayList<>();
        for (Row r : ROWS) {
            help(r.act(), seg)
                    .ifPresent(h -> lines.add("  " + String.format(Locale.ROOT, "%-6s", r.shown()) + h));
        }
        return lines;
    }

    private static Optional<String> help(Act act, Segment seg) {
        boolean reps = seg.kind() == Segment.Kind.REPS;
        boolean tapped = reps && seg.tempo().isEmpty();
        boolean waits = seg.kind() == Segment.Kind.NOTE || (seg.kind() == Segment.Kind.SWAP && !seg.isTimed());
        return Optional.ofNullable(switch (act) {
            case ENTER -> tapped ? "count a rep (the last one finishes the step)"
                    : reps ? "finish the step early (twice, to be sure)"
                    : waits || seg.kind() == Segment.Kind.SWAP ? "continue" : null;
            case PAUSE -> "pause / resume (a line of spaces too)";
            case NEXT -> "next step";
            case BACK -> "back: this side's start, then the step's, then the one before";
            case MORE, LESS -> tapped ? "one more rep / take one back"
                    : seg.isTimed() && !reps ? "10 s more / less" : null;
            case MUTE -> "mute / unmute cues";
            case LIST -> "these commands";
            case QUIT -> "quit";
        });
    }
}
