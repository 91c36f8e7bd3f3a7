package dev.limber.cli;

import dev.limber.routine.Routine;
import dev.limber.term.Answer;
import dev.limber.term.LineAsker;
import dev.limber.term.LineInput;
import dev.limber.term.Question;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code limber heat-ice}: plays the built-in {@code heat-ice} routine with its params set from
 * friendly options. Heat or cold over 30 minutes in one go is asked about first; with nobody to
 * answer (stdin closed) it refuses unless {@code --yes} says it is meant.
 */
@Command(name = "heat-ice", mixinStandardHelpOptions = true,
        description = "Timed heat and ice rounds (plays the built-in heat-ice routine).")
final class HeatIceCommand implements Callable<Integer> {
    static final String ROUTINE = "heat-ice";

    @Spec
    CommandSpec spec;

    @Option(names = "--heat", paramLabel = "TIME", description = "Heat per round, e.g. 15m. Default: 20m.")
    String heat;

    @Option(names = "--ice", paramLabel = "TIME", description = "Ice per round, e.g. 15m. Default: 20m.")
    String ice;

    @Option(names = "--rounds", paramLabel = "N", description = "How many rounds of heat then ice. Default: 2.")
    Integer rounds;

    @Option(names = "--start", paramLabel = "heat|ice", description = "Which comes first. Default: heat.")
    String start;

    @Option(names = {"-y", "--yes"}, description = "Do not ask before heat or ice over 30 minutes.")
    boolean yes;

    @Mixin
    RunOptions options;

    private final Context context;
    private final InputStream stdin;

    HeatIceCommand(Context context) {
        this(context, System.in);
    }

    /** @param stdin where the answer to "are you sure?" is read */
    HeatIceCommand(Context context, InputStream stdin) {
        this.context = context;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        // DESIGN: heat-ice plays the built-in routine, even when a routine folder has its own heat-ice.
        return RunCommand.play(context, options, () -> context.library().findBuiltIn(ROUTINE)
                .orElseThrow(() -> new CliError(1, "the built-in " + ROUTINE + " routine is missing from this build")),
                overrides(), typed(), this::startsDespiteLongPhases, spec.commandLine().getOut(), err);
    }

    /**
     * Heat or cold over 30 minutes in one go is asked about on stdin before anything plays; false
     * when the person said no. With nobody to answer, it stops the command unless {@code --yes}.
     */
    private boolean startsDespiteLongPhases(Routine routine) {
        List<String> longOnes = HeatIce.longPhases(routine);
        if (longOnes.isEmpty() || yes) {
            return true;
        }
        PrintWriter err = spec.commandLine().getErr();
        String what = String.join(" and ", longOnes) + (longOnes.size() == 1 ? " is" : " are");
        // read a byte at a time: the lines after the answer stay on stdin for the plain player
        Answer answer = new LineAsker(new LineInput(stdin), err).ask(Question.yesNo(what
                + " over 30 minutes in one go, which can harm the skin. Start anyway?", false));
        if (answer instanceof Answer.None) {
            throw new CliError(2, "heat-ice: " + what + " over 30 minutes in one go and nobody answered;"
                    + " add --yes if you mean it");
        }
        if (!(answer instanceof Answer.Yes)) {
            err.println("Not started.");
            err.flush();
            return false;
        }
        return true;
    }

    /** The routine params from the options, with any {@code --set}; a param given both ways is a mistake. */
    Map<String, String> overrides() {
        if (start != null && !start.equals("heat") && !start.equals("ice")) {
            throw new CliError(2, "--start must be heat or ice, not " + start);
        }
        Map<String, String> out = new LinkedHashMap<>(options.sets());
        put(out, "heat", "--heat", heat);
        put(out, "ice", "--ice", ice);
        put(out, "rounds", "--rounds", rounds == null ? null : rounds.toString());
        put(out, "start", "--start", start);
        return out;
    }

    /** The routine params given by this command's own options, and how: {@code heat -> --heat}. */
    private Map<String, String> typed() {
        Map<String, String> out = new LinkedHashMap<>();
        if (heat != null) {
            out.put("heat", "--heat");
        }
        if (ice != null) {
            out.put("ice", "--ice");
        }
        if (rounds != null) {
            out.put("rounds", "--rounds");
        }
        if (start != null) {
            out.put("start", "--start");
        }
        return out;
    }

    private static void put(Map<String, String> sets, String param, String option, String value) {
        if (value == null) {
            return;
        }
        if (sets.containsKey(param)) {
            throw new CliError(2, "give " + param + " once: " + option + " or --set " + param + "=, not both");
        }
        sets.put(param, value);
    }
}
