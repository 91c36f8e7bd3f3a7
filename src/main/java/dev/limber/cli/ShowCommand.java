package dev.limber.cli;

import dev.limber.journal.Progression;
import dev.limber.json.Json;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code limber show ROUTINE [--set KEY=VALUE]... [--json]}: the expanded plan and its total time. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print the expanded plan, segment by segment, with the total time.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROUTINE", description = "a routine id or a path to a .conf file")
    String routine;

    @Mixin
    SetOptions overrides = new SetOptions();

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    private final Context context;

    ShowCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RoutineOpener.Opened opened = new RoutineOpener(context).open(routine, overrides.sets, err);
        // Targets raised by the journal, as `run` will play them.
        Progression progression = Progression.of(opened.routine(), context.journalProgress(err));
        Plan plan = Planner.plan(progression.routine());
        if (json) {
            Map<String, Object> doc = PlanJson.of(plan, opened.file());
            doc.put("progression", progression.explanations());
            out.println(Json.write(doc));
            out.flush();
        } else {
            PlanText.print(plan, opened.file().display(), out);
            if (!progression.steps().isEmpty()) {
                out.println();
                out.println("Progression (from the journal):");
                progression.explanations().forEach(line -> out.println("  " + line));
                out.flush();
            }
        }
        return 0;
    }
}
