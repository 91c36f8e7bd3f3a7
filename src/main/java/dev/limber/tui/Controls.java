package dev.limber.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.limber.session.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * The player's rules for keys, without any I/O: which key is a session command, which opens
 * help or scrolls the text, and how quitting is asked and confirmed (q, then y or q; Esc or n
 * keeps going; Ctrl-C leaves at once). The help pauses a running session while it is open, so
 * reading the keys costs no time; closing it resumes, unless the person had paused first. The
 * countdown keeps running while the quit question is open: a stray q must not stop a 20-minute
 * ice phase.
 */
final class Controls {
    /** How the player should leave, if at all. */
    enum Exit { STAY, QUIT, INTERRUPT }

    /**
     * What one key did.
     *
     * @param ui the screen state after it
     * @param commands what to send to the session, in order
     * @param exit whether to leave the player now
     */
    record Outcome(Ui ui, List<Command> commands, Exit exit) {
        Outcome {
            commands = List.copyOf(commands);
        }

        static Outcome stay(Ui ui) {
            return new Outcome(ui, List.of(), Exit.STAY);
        }
    }

    private Controls() {
    }

    /**
     * @param keys the player's key table for what is playing ({@link KeyMap#player})
     * @param page how many lines a page of the text on screen is
     * @param running whether the session runs (not paused, not finished), for the help to pause it
     */
    static Outcome on(Ui ui, KeyStroke stroke, KeyMap keys, int page, boolean running) {
        KeyMap map = ui.askingQuit() ? KeyMap.QUIT_QUESTION : keys;
        return map.action(stroke).map(a -> on(ui, a, page, running)).orElse(Outcome.stay(ui));
    }

    static Outcome on(Ui ui, Action action, int page, boolean running) {
        if (action == Action.INTERRUPT) {
            return new Outcome(ui.withAskingQuit(false), List.of(Command.QUIT), Exit.INTERRUPT);
        }
        if (ui.askingQuit()) {
            return switch (action) {
                case YES -> new Outcome(ui.withAskingQuit(false), List.of(Command.QUIT), Exit.QUIT);
                case NO -> Outcome.stay(ui.withAskingQuit(false));
                default -> Outcome.stay(ui);
            };
        }
        return switch (action) {
            case HELP -> ui.help() ? closeHelp(ui, ui.withHelp(false))
                    : running ? new Outcome(ui.withHelpPausing(), List.of(Command.TOGGLE_PAUSE), Exit.STAY)
                    : Outcome.stay(ui.withHelp(true));
            case CLOSE -> closeHelp(ui, ui.withHelp(false));
            case QUIT -> closeHelp(ui, ui.withHelp(false).withAskingQuit(true));
            case MUTE -> Outcome.stay(ui.withMuted(!ui.muted()));
            case PICTURES -> Outcome.stay(ui.withPictures(!ui.pictures()));
            case UP -> Outcome.stay(ui.withScroll(ui.scroll() - 1));
            case DOWN -> Outcome.stay(ui.withScroll(ui.scroll() + 1));
            case PAGE_UP -> Outcome.stay(ui.withScroll(ui.scroll() - page));
            case PAGE_DOWN -> Outcome.stay(ui.withScroll(ui.scroll() + page));
            default -> session(ui, action);
        };
    }

    /**
     * A session key; it also closes help, so its effect is seen. Pause in a help that paused
     * leaves the session paused, as the person asked.
     */
    private static Outcome session(Ui ui, Action action) {
        if (action.command().isEmpty()) {
            return Outcome.stay(ui);
        }
        Command c = action.command().get();
        if (!ui.help()) {
            return new Outcome(ui, List.of(c), Exit.STAY);
        }
        if (ui.helpPaused() && c == Command.TOGGLE_PAUSE) {
            return Outcome.stay(ui.withHelp(false));
        }
        Outcome closed = closeHelp(ui, ui.withHelp(false));
        List<Command> then = new ArrayList<>(closed.commands());
        then.add(c);
        return new Outcome(closed.ui(), then, Exit.STAY);
    }

    /** Leaves the help for {@code after}, resuming the session if the help paused it. */
    private static Outcome closeHelp(Ui ui, Ui after) {
        return new Outcome(after, ui.helpPaused() ? List.of(Command.TOGGLE_PAUSE) : List.of(), Exit.STAY);
    }
}
