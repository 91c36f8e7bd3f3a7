package dev.limber.cli;

import dev.limber.journal.FullSessions;
import dev.limber.journal.Progression;
import dev.limber.json.Json;
import dev.limber.load.LoadResult;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code limber list [--json]}: every routine found, with its source, step count and total time. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the routines found, with where each comes from, its steps and total time.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    private final Context context;

    ListCommand(Context context) {
        this.context = context;
    }

    /** One routine as listed; {@code plan} is null when the routine has problems. */
    private record Row(RoutineLibrary.Entry entry, Plan plan, int problems) {
        String source() {
            String s = entry.file().source().label();
            if (!entry.shadows().isEmpty()) {
                s += " (shadows " + entry.shadows().stream().map(x -> x.label()).collect(Collectors.joining(", ")) + ")";
            }
            return s;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Row> rows = new ArrayList<>();
        RoutineLoader loader = context.loader();
        Supplier<FullSessions> journal = context.journalProgress(spec.commandLine().getErr());
        for (RoutineLibrary.Entry e : context.library().list()) {
            LoadResult r = loader.load(e.file());
            // Targets raised by the journal, as `show` and `run` give them.
            rows.add(new Row(e, r.routine().map(x -> Planner.plan(Progression.of(x, journal).routine())).orElse(null),
                    r.errors().size()));
        }
        if (json) {
            List<Object> list = new ArrayList<>();
            rows.forEach(row -> list.add(json(row)));
            out.println(Json.write(list));
        } else if (rows.isEmpty()) {
            out.println("No routines found. `limber new NAME` writes a starter routine.");
        } else {
            text(rows, out);
        }
        out.flush();
        return 0;
    }

    private static void text(List<Row> rows, PrintWriter out) {
        int id = "ID".length();
        int source = "SOURCE".length();
        for (Row r : rows) {
            id = Math.max(id, r.entry().file().id().length());
            source = Math.max(source, r.source().length());
        }
        // The title goes last: its width on screen varies (CJK is double width), the other columns do not.
        String format = "%-" + id + "s  %5s  %7s  %-" + source + "s  %s%n";
        out.printf(format, "ID", "STEPS", "TOTAL", "SOURCE", "TITLE");
        for (Row r : rows) {
            if (r.plan() == null) {
                out.printf(format, r.entry().file().id(), "-", "-", r.source(), "(" + r.problems()
                        + " problem" + (r.problems() == 1 ? "" : "s") + ": limber check "
                        + Sanitizer.line(r.entry().file().display()) + ")");
            } else {
                out.printf(format, r.entry().file().id(), r.plan().stepCount(), Durations.clock(r.plan().total()),
                        r.source(), Sanitizer.line(r.plan().routine().title()));
            }
        }
    }

    private static Map<String, Object> json(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.entry().file().id());
        m.put("source", r.entry().file().source().label());
        m.put("file", r.entry().file().display());
        m.put("shadows", r.entry().shadows().stream().map(s -> s.label()).toList());
        m.put("ok", r.plan() != null);
        if (r.plan() != null) {
            m.put("title", r.plan().routine().title());
            m.put("steps", r.plan().stepCount());
            m.put("total", Durations.clock(r.plan().total()));
            m.put("totalSeconds", PlanJson.seconds(r.plan().total()));
        } else {
            m.put("problems", r.problems());
        }
        return m;
    }
}
