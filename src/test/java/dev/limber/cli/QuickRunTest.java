package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.home.Locations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@link QuickRun} reads a run command line exactly as picocli reads it, or leaves it to picocli:
 * it never takes one picocli would read differently or refuse.
 */
class QuickRunTest {
    @TempDir
    Path home;

    /** What a reader made of a command line, in a form two readers can be compared by. */
    record Read(String routine, boolean plain, double speed, boolean mute, boolean resume, boolean noJournal,
            List<Map.Entry<String, String>> sets) {
        static Read of(String routine, RunOptions o) {
            return new Read(routine, o.plain, o.speed, o.mute, o.resume, o.noJournal,
                    List.copyOf(o.sets().entrySet()));
        }
    }

    private Context context() {
        return new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home), home.resolve("local"), false);
    }

    private Read picocli(String... args) {
        CommandLine.ParseResult parsed = Cli.create(context(), args).parseArgs(args);
        RunCommand run = (RunCommand) parsed.subcommand().commandSpec().userObject();
        return Read.of(run.routine, run.options);
    }

    private static Optional<Read> quick(String... args) {
        return QuickRun.read(args).map(l -> Read.of(l.routine(), l.options()));
    }

    @Test
    void readsTheCommonLinesAsPicocliDoes() {
        List<List<String>> options = List.of(List.of("--plain"), List.of("--mute"), List.of("--resume"),
                List.of("--no-journal"), List.of("--speed", "2"), List.of("--speed=0.5"), List.of("--set", "heat=15m"),
                List.of("--set=rounds=3"), List.of("--set", "a=b=c"), List.of("--set", "k="), List.of("--set", "heat=20m"),
                List.of("--set", "name=Ab curls, ü"));
        List<String> routines = List.of("sciatica-relief", "routines/back.conf", "./my routine.conf", "a=b", "run");
        Random random = new Random(42);
        for (int n = 0; n < 500; n++) {
            List<List<String>> chosen = new ArrayList<>(options);
            Collections.shuffle(chosen, random);
            chosen = new ArrayList<>(chosen.subList(0, random.nextInt(options.size() + 1)));
            boolean speed = false;
            for (var it = chosen.iterator(); it.hasNext(); ) {
                // one --speed at most: a second is an error picocli reports
                if (it.next().get(0).startsWith("--speed")) {
                    if (speed) {
                        it.remove();
                    }
                    speed = true;
                }
            }
            chosen.add(random.nextInt(chosen.size() + 1), List.of(routines.get(random.nextInt(routines.size()))));
            List<String> line = new ArrayList<>(List.of("run"));
            chosen.forEach(line::addAll);
            String[] args = line.toArray(String[]::new);

            assertThat(quick(args)).as(String.join(" ", line)).contains(picocli(args));
        }
    }

    @Test
    void takesTheOptionsInTheOrderGiven() {
        Read read = quick("run", "heat-ice", "--set", "rounds=3", "--set", "heat=15m", "--set", "rounds=2").orElseThrow();
        assertThat(read.sets()).containsExactly(Map.entry("rounds", "2"), Map.entry("heat", "15m"));
        assertThat(read).isEqualTo(picocli("run", "heat-ice", "--set", "rounds=3", "--set", "heat=15m", "--set", "rounds=2"));
    }

    @Test
    void leavesEverythingElseToPicocli() {
        List<List<String>> others = List.of(List.of("run"), List.of("run", "--help"), List.of("run", "x", "-h"),
                List.of("run", "x", "--version"), List.of("run", "x", "-V"), List.of("run", "x", "--mtue"),
                List.of("run", "x", "y"), List.of("run", "--", "x"), List.of("run", "@args"), List.of("run", "x", "@more"),
                List.of("run", "x", "--speed"), List.of("run", "x", "--speed", ".5"), List.of("run", "x", "--speed", "1e2"),
                List.of("run", "x", "--speed", "NaN"), List.of("run", "x", "--speed", "-1"), List.of("run", "x", "--speed="),
                List.of("run", "x", "--plain", "--plain"), List.of("run", "x", "--mute", "--mute"),
                List.of("run", "x", "--resume", "--resume"), List.of("run", "x", "--no-journal", "--no-journal"),
                List.of("run", "x", "--speed", "2", "--speed", "3"), List.of("run", "x", "--set", "heat"),
                List.of("run", "x", "--set", "=v"), List.of("run", "x", "--set", "--mute"), List.of("run", "x", "--set"),
                List.of("run", "x", "--set="), List.of("run", "x", "--plain=true"), List.of("run", "-x"),
                List.of("run", ""), List.of("run", "x", "-"), List.of("heat-ice"), List.of("show", "x"), List.of("x", "run"),
                List.of("--version"), List.of());
        for (List<String> c : others) {
            assertThat(QuickRun.read(c.toArray(String[]::new))).as(String.join(" ", c)).isEmpty();
        }
    }

    @Test
    void aLineReadHereFailsAsItWouldThroughPicocli() throws Exception {
        java.nio.file.Files.writeString(home.resolve("broken.conf"), "title = \"Broken\"\nsteps = [ { name = \"x\", time = \"abc\" } ]\n");
        String broken = home.resolve("broken.conf").toString();
        List<List<String>> lines = List.of(List.of("run", "no-such-routine", "--plain"),
                List.of("run", "sciatica-relief", "--speed", "0"), List.of("run", "sciatica-relief", "--speed", "99999"),
                List.of("run", "heat-ice", "--plain", "--set", "nosuch=1"), List.of("run", broken, "--plain"),
                List.of("run", "heat-ice", "--plain", "--mute", "--no-journal", "--set", "rounds=1", "--set", "heat=abc"));
        for (List<String> c : lines) {
            String[] args = c.toArray(String[]::new);
            assertThat(QuickRun.read(args)).as(String.join(" ", c)).isPresent();
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = Cli.run(context(), args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));

            CommandLine cl = Cli.create(context(), args);
            java.io.StringWriter out2 = new java.io.StringWriter();
            java.io.StringWriter err2 = new java.io.StringWriter();
            cl.setOut(new java.io.PrintWriter(out2));
            cl.setErr(new java.io.PrintWriter(err2));
            int code2 = cl.execute(args);

            assertThat(code).as(String.join(" ", c)).isIn(1, 2);
            assertThat(List.of(code, out.toString(), err.toString())).as(String.join(" ", c))
                    .isEqualTo(List.of(code2, out2.toString(), err2.toString()));
        }
    }
}
