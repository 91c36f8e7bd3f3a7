package dev.limber.cli;

import dev.limber.load.LoadResult;
import dev.limber.load.RoutineLibrary;
import dev.limber.plan.Planner;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * A build-time warm-up for the class-data-sharing archive (see the pom): runs what a start of
 * {@code limber run} runs (the command line, finding, loading and planning the built-in routines)
 * and then the full-screen player's rehearsal, so {@code -XX:ArchiveClassesAtExit} archives their
 * classes. Prints nothing; run from the repository root: {@code java -cp limber.jar
 * dev.limber.cli.Rehearsal}.
 */
public final class Rehearsal {
    private Rehearsal() {
    }

    public static void main(String[] args) throws Exception {
        Context context = new Context(dev.limber.home.Locations.fromEnvironment(), Path.of("routines"), false);
        picocli.CommandLine cl = Cli.create(context);
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        cl.setOut(nowhere);
        cl.setErr(nowhere);
        cl.execute("show", "sciatica-relief");
        cl.execute("check", "routines");
        // what `run` touches on its way to the screen but cannot do here without a terminal
        Class.forName("dev.limber.cli.Playback");
        dev.limber.tui.TerminalCheck.problem();
        for (RoutineLibrary.Entry e : context.library().list()) {
            LoadResult r = context.loader().load(e.file());
            if (r.routine().isPresent() && e.file().id().equals("sciatica-relief")) {
                dev.limber.tui.Rehearsal.run(Planner.plan(r.routine().get()));
            }
        }
    }
}
