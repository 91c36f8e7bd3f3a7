package dev.limber.routine;

import java.time.Duration;

/**
 * The pause between the phases of a cycle for changing packs: none, one that waits for Enter
 * ({@code swap = wait}), or a countdown ({@code swap = 30s}).
 */
public sealed interface Swap {
    Swap NONE = new None();
    Swap WAIT = new Wait();

    /** {@code swap = 0s}, or no swap key: the next phase starts the moment one ends. */
    record None() implements Swap {
    }

    /** {@code swap = wait}: the next phase starts when the person presses Enter. */
    record Wait() implements Swap {
    }

    /** {@code swap = 30s}: a countdown to change packs, which Enter ends early. */
    record After(Duration length) implements Swap {
        public After {
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a swap countdown needs a length; use Swap.NONE for none");
            }
        }
    }
}
