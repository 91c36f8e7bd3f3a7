package dev.limber.play;

import java.util.Optional;
import java.util.OptionalInt;

/** The summary line that sets the pain before and after a session side by side (the questions are term/Question's). */
final class PainChange {
    private PainChange() {
    }

    /** {@code Pain 6 → 3.} when both answers are known. */
    static Optional<String> line(OptionalInt before, OptionalInt after) {
        return before.isPresent() && after.isPresent()
                ? Optional.of("Pain " + before.getAsInt() + " → " + after.getAsInt() + ".")
                : Optional.empty();
    }
}
