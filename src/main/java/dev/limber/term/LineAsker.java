package dev.limber.term;

import dev.limber.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Asks over lines: the prompt on {@code out}, the answer from {@link Lines}, the retry message
 * and the prompt again until the answer is one the question accepts. The end of input (stdin
 * closed, an unattended run) or a broken input is {@link Answer.None}: nobody is there.
 */
public final class LineAsker implements Asker {
    private final Lines in;
    private final PrintWriter out;

    public LineAsker(Lines in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Answer ask(Question question) {
        while (true) {
            out.print(Sanitizer.line(question.prompt()) + " ");
            out.flush();
            String line;
            try {
                line = in.next();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                out.println();
                out.flush();
                return new Answer.None();
            }
            Optional<Answer> a = question.answer(line);
            if (a.isPresent()) {
                return a.get();
            }
            out.println(question.retry());
        }
    }
}
