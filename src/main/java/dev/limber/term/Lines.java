package dev.limber.term;

import java.io.IOException;

/**
 * Where typed lines come from: stdin itself ({@link LineInput}) before a player runs, or the
 * queue the plain player's stdin thread fills once it owns the input, so a question never races
 * that thread for a line.
 */
@FunctionalInterface
public interface Lines {
    /** The next line, without its line end; null at the end of the input. */
    String next() throws IOException;
}
