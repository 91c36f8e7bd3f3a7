package dev.limber.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks a yes/no question on the terminal before something a person should mean. The answer is
 * read a byte at a time, never buffered, so the lines after it stay on stdin for the plain
 * player's commands.
 */
final class Confirm {
    private static final int MAX_ANSWER = 200;

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
        byte[] buf = new byte[MAX_ANSWER];
        int n = 0;
        try {
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    return Optional.of(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
                if (n < buf.length) {
                    buf[n++] = (byte) b;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        // EOF: a last line without a newline still counts as an answer.
        return n > 0 ? Optional.of(new String(buf, 0, n, StandardCharsets.UTF_8)) : Optional.empty();
    }
}
