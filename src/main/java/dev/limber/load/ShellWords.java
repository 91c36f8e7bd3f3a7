package dev.limber.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a command written in settings ({@code espeak-ng -s 150 -v "en-us"}) into arguments the
 * way a shell would for words and quotes, and nothing more: no variables, globs or pipes, because
 * the command is run directly, never through a shell.
 */
final class ShellWords {
    private ShellWords() {
    }

    /** The arguments, or empty when a quote is left open. */
    static Optional<List<String>> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            return Optional.empty();
        }
        if (inWord) {
            out.add(word.toString());
        }
        return Optional.of(out);
    }
}
