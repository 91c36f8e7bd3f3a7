package dev.limber.play;

import java.util.Optional;
import java.util.OptionalInt;

/** The summary line that sets the pain before and after a session side by side (the questions are term/Question's). */
final class PainChange {
    private PainChange() {
    }

    /** {@code Pain 6 → 3.} when both answers are known, the one given when only one is, else nothing. */
    static Optional<String> line(OptionalInt before, OptionalInt after) {
        if (before.isPresent() && after.isPresent()) {
            return Optional.of("Pain " + before.getAsInt() + " → " + after.getAsInt() + ".");
        }
        if (before.isPresent()) {
            return Optional.of("Pain before: " + before.getAsInt() + " (after: skipped).");
        }
        return after.isPresent() ? Optional.of("Pain after: " + after.getAsInt() + ".") : Optional.empty();
    }
}
