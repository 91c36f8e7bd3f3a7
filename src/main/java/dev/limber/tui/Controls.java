package dev.limber.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.limber.session.Command;
import java.util.Optional;

/**
 * The player's rules for keys, without any I/O: which key is a session command, which opens
 * help or scrolls the text, and how quitting is asked and confirmed (q, then y or q; Esc or n keeps going; Ctrl-C
 * leaves at once). The countdown keeps running while the question is open: a stray q must not
 * stop a 20-minute ice phase.
 */
final class Controls {
    /** How the player should leave, if at all. */
    enum Exit { STAY, QUIT, INTERRUPT }

    /**
     * What one key did.
     *
     * @param ui the screen state after it
     * @param command what to send to the session, if anything
     * @param exit whether to leave the player now
     */
    record Outcome(Ui ui, Optional<Command> command, Exit exit) {
        static Outcome stay(Ui ui) {
            return new Outcome(ui, Optional.empty(), Exit.STAY);
        }
    }

    private Controls() {
    }

    /**
     * @param keys the player's key table for what is playing ({@link KeyMap#player})
     * @param page how many lines a page of the text on screen is
     */
    static Outcome on(Ui ui, KeyStroke stroke, KeyMap keys, int page) {
        KeyMap map = ui.askingQuit() ? KeyMap.QUIT_QUESTION : keys;
        return map.action(stroke).map(a -> on(ui, a, page)).orElse(Outcome.stay(ui));
    }

    static Outcome on(Ui ui, Action action, int page) {
        if (action == Action.INTERRUPT) {
            return new Outcome(ui.withAskingQuit(false), Optional.of(Command.QUIT), Exit.INTERRUPT);
        }
        if (ui.askingQuit()) {
            return switch (action) {
                case YES -> new Outcome(ui.withAskingQuit(false), Optional.of(Command.QUIT), Exit.QUIT);
                case NO -> Outcome.stay(ui.withAskingQuit(false));
                default -> Outcome.stay(ui);
            };
        }
        return switch (action) {
            case HELP -> Outcome.stay(ui.withHelp(!ui.help()));
            case CLOSE -> Outcome.stay(ui.withHelp(false));
            case QUIT -> Outcome.stay(ui.withHelp(false).withAskingQuit(true));
            case MUTE -> Outcome.stay(ui.withMuted(!ui.muted()));
            case PICTURES -> Outcome.stay(ui.withPictures(!ui.pictures()));
            case UP -> Outcome.stay(ui.withScroll(ui.scroll() - 1));
            case DOWN -> Outcome.stay(ui.withScroll(ui.scroll() + 1));
            case PAGE_UP -> Outcome.stay(ui.withScroll(ui.scroll() - page));
            case PAGE_DOWN -> Outcome.stay(ui.withScroll(ui.scroll() + page));
            // a session key also closes help, so its effect is seen
            default -> new Outcome(action.command().isPresent() ? ui.withHelp(false) : ui, action.command(), Exit.STAY);
        };
    }
}
