package dev.limber.cli;

import dev.limber.text.Sanitizer;
import dev.limber.text.Suggest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Says what was wrong with a command line, and what was probably meant. picocli's own suggestions
 * compare letter pairs, so a swap ({@code rnu}) finds nothing; {@link Suggest} counts edits, as the
 * routine loader does for keys, so every typo gets the same kind of hint.
 */
final class Typo {
    private Typo() {
    }

    static void explain(CommandLine.ParameterException ex, PrintWriter err) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            err.println("limber: " + Sanitizer.line(String.valueOf(ex.getMessage())));
            return;
        }
        String typed = u.getUnmatched().get(0);
        boolean word = !typed.startsWith("-");
        if (word && !spec.subcommands().isEmpty()) {
            err.println("limber: '" + Sanitizer.line(typed) + "' is not a command of " + spec.qualifiedName());
        } else {
            err.println("limber: " + Sanitizer.line(String.valueOf(ex.getMessage())));
        }
        Suggest.closest(typed, known(spec, word))
                .ifPresent(k -> err.println("Did you mean: " + spec.qualifiedName() + " " + k + "?"));
    }

    /** What the typed word could have been: a subcommand for a word, an option for a dash. */
    private static List<String> known(CommandSpec spec, boolean word) {
        List<String> known = new ArrayList<>();
        if (word) {
            known.addAll(spec.subcommands().keySet());
        } else {
            for (OptionSpec o : spec.options()) {
                known.addAll(List.of(o.names()));
            }
        }
        return known;
    }
}
