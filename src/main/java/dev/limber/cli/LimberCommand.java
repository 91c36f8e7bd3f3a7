package dev.limber.cli;

import dev.limber.tui.TerminalCheck;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code limber} command: without arguments it opens the routine picker on a
 * terminal; its subcommands are registered in {@link Cli#COMMANDS}.
 */
@Command(name = "limber", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A terminal player for guided self-care routines: foam rolling, heat and ice, stretches"
                + " per side, planks and curls.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  a routine or data problem (one line per problem, with file and line)",
                "  2  a bad command line",
                "", "ROUTINE is a path to a .conf file, or an id looked up in ./routines/, the user routine folder,"
                        + " the built-in routines, then the current folder."})
final class LimberCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Context context;

    LimberCommand(Context context) {
        this.context = context;
    }

    /** On a terminal, the routine picker; otherwise (or if it cannot open) the usage. */
    @Override
    public Integer call() throws InterruptedException {
        if (TerminalCheck.problem().isEmpty()) {
            Optional<Integer> played = new Picking(context, spec.commandLine()).run();
            if (played.isPresent()) {
                return played.get();
            }
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
