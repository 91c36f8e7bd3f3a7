package dev.limber.journal;

import dev.limber.io.LineInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.OptionalInt;

/**
 * The pain check-in asked before and after a routine with {@code pain-check = true}: the prompt,
 * what an answer means, and the question asked over lines for the plain player. The full-screen
 * player shows {@link #PROMPT} and feeds what is typed to {@link #parse}.
 */
public final class PainCheck {
    public static final String PROMPT = "Pain now, 0-10 (Enter to skip)";
    /** Said when an answer is not a level, before asking again. */
    public static final String RETRY = "Give a whole number from 0 (none) to 10 (worst), or press Enter to skip.";

    private PainCheck() {
    }

    /** What one typed answer means. */
    public sealed interface Answer {
        /** Enter alone: no answer this time. */
        record Skip() implements Answer {
        }

        record Level(int value) implements Answer {
        }

        /** Not an answer; show {@code message} and ask again. */
        record Invalid(String message) implements Answer {
        }
    }

    public static Answer parse(String typed) {
        String t = typed.strip();
        if (t.isEmpty()) {
            return new Answer.Skip();
        }
        if (t.length() <= 2 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int v = Integer.parseInt(t);
            if (v <= 10) {
                return new Answer.Level(v);
            }
        }
        return new Answer.Invalid(RETRY);
    }

    /** Where answers come from: the next line, or null at the end of input. */
    @FunctionalInterface
    public interface Lines {
        String next() throws IOException;

        /**
         * Lines read a byte at a time, so nothing past the answer is taken from {@code in}: what
         * follows stays for the player that reads the same input next.
         */
        static Lines unbuffered(InputStream in) {
            return new LineInput(in)::next;
        }
    }

    /**
     * Asks until the answer is a level or a skip. The end of input (stdin closed, an unattended
     * run) counts as a skip.
     */
    public static OptionalInt ask(BufferedReader in, PrintStream out) throws IOException {
        return ask(in::readLine, new PrintWriter(out, true));
    }

    /**
     * The same over any source of lines, e.g. the queue a player's stdin thread already fills,
     * so the question after the session does not race that thread for input.
     */
    public static OptionalInt ask(Lines in, PrintWriter out) throws IOException {
        return ask(in, out, PROMPT + ":");
    }

    /** The same with a question of the caller's, e.g. one that names the routine. */
    public static OptionalInt ask(Lines in, PrintWriter out, String question) throws IOException {
        while (true) {
            out.print(question + " ");
            out.flush();
            String line = in.next();
            if (line == null) {
                out.println();
                return OptionalInt.empty();
            }
            Answer a = parse(line);
            if (a instanceof Answer.Level l) {
                return OptionalInt.of(l.value());
            }
            if (a instanceof Answer.Invalid i) {
                out.println(i.message());
            } else {
                return OptionalInt.empty();
            }
        }
    }
}
