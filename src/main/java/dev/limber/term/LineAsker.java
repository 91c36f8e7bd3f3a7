package dev.limber.term;

import dev.limber.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Asks over lines: the prompt on {@code out}, the answer from {@link Lines}, the retry message
 * and the prompt again until the answer is one the question accepts. The end of input (stdin
 * closed, an unattended run) or a broken input is {@link Answer.None}: nobody is there.
 *
 * <p>Input that is not a terminal ({@code < /dev/null}, a script's pipe) is read before the prompt is
 * printed: at its end nothing was asked, as nobody could have answered; a line that comes is
 * written after the prompt, as a terminal would have echoed it.
 */
public final class LineAsker implements Asker {
    private final Lines in;
    private final PrintWriter out;
    private final boolean terminal;

    /** Asks someone at a terminal: the prompt first, then the answer they type. */
    public LineAsker(Lines in, PrintWriter out) {
        this(in, out, true);
    }

    /** @param terminal whether the input is a terminal, where a person needs the prompt before they can answer */
    public LineAsker(Lines in, PrintWriter out, boolean terminal) {
        this.in = in;
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public Answer ask(Question question) {
        String prompt = Sanitizer.line(question.prompt()) + " ";
        while (true) {
            if (terminal) {
                out.print(prompt);
                out.flush();
            }
            String line;
            try {
                line = in.next();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                if (terminal) {
                    out.println();
                    out.flush();
                }
                return new Answer.None();
            }
            if (!terminal) {
                out.println(prompt + Sanitizer.line(line));
                out.flush();
            }
            Optional<Answer> a = question.answer(line);
            if (a.isPresent()) {
                return a.get();
            }
            out.println(question.retry());
        }
    }
}
