package dev.limber.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code limber.fish}: completions for the fish shell, written from the picocli model (picocli's
 * own generator writes bash and zsh only): the commands with their descriptions, each command's
 * options, and routine ids from {@code limber list} where a routine is asked for.
 */
final class FishCompletion {
    private FishCompletion() {
    }

    /** Commands whose first parameter is a routine. */
    private static final List<String> TAKE_A_ROUTINE = List.of("run", "show", "check");

    static String of(CommandLine limber) {
        StringBuilder out = new StringBuilder("# fish completions for limber, generated from its command line\n");
        out.append("complete -c limber -f\n");
        out.append("function __limber_routines\n"
                + "    limber list 2>/dev/null | string match -r '^\\S+' | string match -v -r '^(ID|id)$'\n"
                + "end\n");
        for (CommandLine sub : limber.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            out.append("complete -c limber -n __fish_use_subcommand -a ").append(quote(spec.name()))
                    .append(" -d ").append(quote(first(spec.usageMessage().description()))).append('\n');
            String when = "__fish_seen_subcommand_from " + spec.name();
            if (TAKE_A_ROUTINE.contains(spec.name())) {
                out.append("complete -c limber -n ").append(quote(when)).append(" -a '(__limber_routines)' -F\n");
            }
            for (OptionSpec o : spec.options()) {
                if (o.hidden()) {
                    continue;
                }
                out.append("complete -c limber -n ").append(quote(when));
                for (String name : o.names()) {
                    out.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
                }
                if (o.arity().max() > 0) {
                    out.append(" -r");
                }
                out.append(" -d ").append(quote(first(o.description()))).append('\n');
            }
        }
        return out.toString();
    }

    private static String first(String[] lines) {
        // picocli's descriptions are format strings: %n is a line break
        String s = lines.length == 0 ? "" : lines[0].replace("%n", " ").strip();
        int stop = s.indexOf(". ");
        return stop < 0 ? s.replaceAll("\\.$", "") : s.substring(0, stop);
    }

    /** A fish single-quoted word: only backslash and quote are special inside. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
