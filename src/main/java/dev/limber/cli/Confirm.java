package dev.limber.cli;

import dev.limber.io.LineInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks a yes/no question on the terminal before something a person should mean. The answer is
 * read a byte at a time, never buffered, so the lines after it stay on stdin for the plain
 * player's commands.
 */
final class Confirm {
    private Confirm() {
    }

    /** True for yes; false for anything else; empty when stdin is closed (nobody to answer). */
    static Optional<Boolean> ask(String question, InputStream in, PrintWriter err) {
        err.print(question + " [y/N] ");
        err.flush();
        Optional<String> answer = readLine(in);
        if (answer.isEmpty()) {
            err.println();
            err.flush();
            return Optional.empty();
        }
        String a = answer.get().strip().toLowerCase(Locale.ROOT);
        return Optional.of(a.equals("y") || a.equals("yes"));
    }

    private static Optional<String> readLine(InputStream in) {
        try {
            return Optional.ofNullable(new LineInput(in).next());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
