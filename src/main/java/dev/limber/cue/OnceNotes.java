package dev.limber.cue;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Passes each distinct note (a missing tool, no audio device) to the player once, so a problem is
 * reported quietly rather than on every cue. Safe to call from any cue thread.
 */
final class OnceNotes implements Consumer<String> {
    private final Consumer<String> target;
    private final Set<String> seen = new HashSet<>();

    OnceNotes(Consumer<String> target) {
        this.target = target;
    }

    @Override
    public void accept(String note) {
        synchronized (seen) {
            if (!seen.add(note)) {
                return;
            }
        }
        try {
            target.accept(note);
        } catch (RuntimeException e) {
            // A note is a courtesy; a failing receiver must not take a cue thread down with it.
        }
    }
}
