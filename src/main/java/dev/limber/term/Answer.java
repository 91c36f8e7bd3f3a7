package dev.limber.term;

import java.util.OptionalInt;

/** What became of a {@link Question}: the same cases whether it was asked on the full screen or over lines. */
public sealed interface Answer {
    record Yes() implements Answer {
    }

    record No() implements Answer {
    }

    /** A level on the pain question's scale. */
    record Level(int value) implements Answer {
    }

    /** The pain question passed over: Enter alone, or Esc. */
    record Skip() implements Answer {
    }

    /**
     * Esc on a yes/no question: closed without an answer, so nothing is started, quit or thrown
     * away (see {@link Question}).
     */
    record Closed() implements Answer {
    }

    /**
     * Nobody answered: the plain player does not ask this, the input ended, or the person left
     * (Ctrl-C, a signal, a lost terminal).
     */
    record None() implements Answer {
    }

    /** The level given, if this is one. */
    default OptionalInt level() {
        return this instanceof Level l ? OptionalInt.of(l.value()) : OptionalInt.empty();
    }
}
