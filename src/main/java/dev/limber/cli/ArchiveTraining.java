package dev.limber.cli;

import dev.limber.cue.Cues;
import dev.limber.cue.Host;
import dev.limber.home.Locations;
import dev.limber.load.LoadResult;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.tui.ScreenStage;
import dev.limber.plan.Planner;
import dev.limber.settings.Settings;
import dev.limber.tui.ScreenTraining;
import dev.limber.tui.TerminalCheck;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run for the class-data-sharing archives and the AOT caches of JDK 24 and later
 * (see the pom, the launcher and docs/ARCHITECTURE.md#start-up): runs what a start of
 * {@code limber run} runs, so the JVM archives their classes: the command line, finding, loading and
 * planning the built-in routines, a whole (muted, plain, very fast) session through the same
 * playback as a real one (journal lookup, resume file, cues, summary) in a throwaway home, and
 * the full-screen player's part ({@link ScreenTraining}). As a program it prints nothing and
 * leaves nothing; run from the repository root:
 * {@code java -cp limber.jar dev.limber.cli.ArchiveTraining}.
 *
 * <p>With the argument {@code run} it trains only what {@code limber run ROUTINE} loads, which
 * leaves picocli (read only by other command lines) out: the class list of the player's own,
 * smaller archive. Every class in an archive costs resident memory whether used or not.
 */
public final class ArchiveTraining {
    /** A built-in routine with sides, reps and progression: most of what a session can do. */
    private static final String ROUTINE = "sciatica-relief";

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        train(new PrintWriter(Writer.nullWriter()), OutputStream.nullOutputStream(), !List.of(args).equals(List.of("run")));
    }

    /**
     * The whole training run; what the commands print goes to {@code text}, the screen's bytes to
     * {@code screen}; {@code commands}: whether picocli's command lines ({@code show}, {@code check}) are trained too.
     */
    static void train(PrintWriter text, OutputStream screen, boolean commands) throws Exception {
        Context context = new Context(Locations.fromEnvironment(), Path.of("routines"), false);
        if (commands) {
            CommandLine cl = Cli.create(context);
            cl.setOut(text);
            cl.setErr(text);
            cl.execute("show", ROUTINE);
            cl.execute("check", "routines");
        }
        playInAThrowawayHome(text);
        // what `run` touches on its way to the screen but cannot do here without a terminal
        TerminalCheck.problem();
        WarmUp.start(true);
        startAProcess();
        // loaded (a class literal loads its class without initializing it), not run: the stage needs
        // a terminal, and Main, the jar's entry, would run a command (a start loads it first thing)
        List.of(Main.class, ScreenStage.class);
        RoutineLoader loader = context.loader();
        for (RoutineLibrary.Entry e : context.library().list()) {
            LoadResult r = loader.load(e.file());
            if (r.routine().isPresent() && e.file().id().equals(ROUTINE)) {
                ScreenTraining.run(Planner.plan(r.routine().get()), screen);
            }
        }
    }

    /**
     * The full screen sets the terminal's mode with {@code stty}, a process: the JDK's process
     * classes, exercised with a program that does nothing. Without one here they stay out of the
     * archive, which costs a start a few milliseconds and nothing else.
     */
    private static void startAProcess() throws InterruptedException {
        try {
            new ProcessBuilder("true").redirectInput(new File("/dev/null"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // no `true` on this machine
        }
    }

    /**
     * {@code limber run ROUTINE --plain --speed 10000 --mute --no-journal} with nobody typing, in a
     * home of its own: nothing reaches the person's journal, resume files or desktop (notifications
     * are off in its settings; the cues of a session are muted).
     */
    private static void playInAThrowawayHome(PrintWriter text) throws IOException {
        Path home = Files.createTempDirectory("limber-rehearsal");
        try {
            Locations locations = Locations.from(Map.of("LIMBER_HOME", home.toString()), home);
            Files.createDirectories(locations.settings().getParent());
            Files.writeString(locations.settings(), "notify = false\n");
            System.setIn(new ByteArrayInputStream(new byte[0]));
            String[] run = {"run", ROUTINE, "--plain", "--speed", "10000", "--mute", "--no-journal"};
            // as a start reads it: the command line through QuickRun, not picocli
            Cli.run(new Context(locations, home.resolve("routines"), false), run, text, text);
            // the sinks a person's settings can add, on a host with no tools: built, never used
            Settings all = Settings.DEFAULTS.withVoice(new Settings.Voice.Command(List.of("/bin/true")));
            Cues.builder(all).muted(true).host(new Host(Map.of("PATH", ""), "Linux", Path.of("/dev/null")))
                    .build().close();
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
