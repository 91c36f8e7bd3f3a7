package dev.limber.term;

/**
 * Puts a {@link Question} to the person and waits for an answer it accepts: the full screen's
 * box in {@code tui/}, or {@link LineAsker} over lines. An answer the question does not accept is
 * met with its {@link Question#retry()} and the question again.
 */
@FunctionalInterface
public interface Asker {
    Answer ask(Question question);
}
