package dev.limber.tui;

import dev.limber.session.Command;
import java.util.Optional;

/** What a key asks for, in the player, the picker, a question or an overlay. */
enum Action {
    PAUSE(Command.TOGGLE_PAUSE),
    ENTER(Command.ENTER),
    NEXT(Command.NEXT),
    BACK(Command.BACK),
    ADD_TIME(Command.ADD_TIME),
    REMOVE_TIME(Command.REMOVE_TIME),
    ADD_REP(Command.ADD_REP),
    REMOVE_REP(Command.REMOVE_REP),
    MUTE(null),
    /** Hide or show the step's picture. */
    PICTURES(null),
    HELP(null),
    /** Ask to quit (the player confirms first). */
    QUIT(null),
    /** Close help or an overlay, cancel a question. Never quits. */
    CLOSE(null),
    /** Ctrl-C: leave at once, no questions. */
    INTERRUPT(null),
    YES(null),
    NO(null),
    UP(null),
    DOWN(null),
    PAGE_UP(null),
    PAGE_DOWN(null),
    HOME(null),
    END(null);

    private final Command command;

    Action(Command command) {
        this.command = command;
    }

    /** The session command this action sends, if it is one. */
    Optional<Command> command() {
        return Optional.ofNullable(command);
    }
}
