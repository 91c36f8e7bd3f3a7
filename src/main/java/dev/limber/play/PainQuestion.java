package dev.limber.play;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The words of the pain check-in of a routine with {@code pain-check = true}: the questions, which
 * name the routine so they make sense on a screen with nothing else on it, and the summary line
 * that sets the two answers side by side.
 */
final class PainQuestion {
    private PainQuestion() {
    }

    /** @param title the routine's title, already made safe to show */
    static String before(String title) {
        return "Before " + title + ": how much does it hurt, 0-10? (Enter to skip)";
    }

    /** @param title the routine's title, already made safe to show */
    static String after(String title) {
        return "After " + title + ": how much does it hurt now, 0-10? (Enter to skip)";
    }

    /** {@code Pain 6 → 3.} when both answers are known. */
    static Optional<String> change(OptionalInt before, OptionalInt after) {
        return before.isPresent() && after.isPresent()
                ? Optional.of("Pain " + before.getAsInt() + " → " + after.getAsInt() + ".")
                : Optional.empty();
    }
}
