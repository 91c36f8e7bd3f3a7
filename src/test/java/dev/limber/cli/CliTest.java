package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.home.Locations;
import dev.limber.json.Json;
import dev.limber.load.LoadResult;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.routine.Step;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The commands as a person runs them: exit codes, stdout, stderr, one line per problem, no stack traces. */
class CliTest {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private Context context(boolean debug) {
        return new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home), home.resolve("local"), debug);
    }

    /** As {@code limber ARGS} runs them: a command line built for these arguments. */
    private Run run(String... args) {
        return run(Cli.create(context(false), args), args);
    }

    private static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String resource(String name) {
        try {
            return Path.of(CliTest.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoStackTrace(Run r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("\tat ");
    }

    @Test
    void resumeInATryOutIsRefusedAndPlaysNothing() {
        Run fast = run("run", "sciatica-relief", "--plain", "--speed", "10", "--resume");
        assertThat(fast.code()).isEqualTo(2);
        assertThat(fast.err()).contains("--resume continues a kept session, and with --speed 10 nothing is kept");
        assertThat(fast.out()).isEmpty();
        assertThat(run("heat-ice", "--plain", "--no-journal", "--resume").err())
                .contains("with --no-journal nothing is kept");
    }

    @Test
    void checkOfTheBuiltInRoutinesFolderExitsZero() {
        Run r = run("check", "routines");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("checked 6 routines: all good\n");
    }

    @Test
    void theReadmeExampleRoutinePassesCheck() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```hocon\n", readme.indexOf("## Writing a routine")) + "```hocon\n".length();
        Path example = Files.writeString(home.resolve("readme-example.conf"), readme.substring(start,
                readme.indexOf("```", start)));
        Run r = run("check", example.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void checkPrintsOneLinePerProblemAndExitsOne() {
        Run r = run("check", resource("bad/three-problems.conf"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(3).allMatch(l -> l.matches(".*three-problems\\.conf:[345]: steps\\[\\d]\\.\\w+: .+"));
        assertThat(r.out()).isEqualTo("checked 1 routine: 1 with problems\n");
    }

    @Test
    void everyBadFileEndsWithExitOneAndOnlyFileLineMessages() throws IOException {
        List<Path> bad;
        try (Stream<Path> s = Files.list(Path.of(resource("bad")))) {
            bad = s.filter(p -> !p.getFileName().toString().equals("system-property.conf")).sorted().toList();
        }
        assertThat(bad).hasSizeGreaterThan(30);
        for (Path file : bad) {
            Run r = run("check", file.toString());
            assertThat(r.code()).as(file.toString()).isEqualTo(1);
            assertNoStackTrace(r);
            assertThat(r.errLines()).as(file.toString()).isNotEmpty()
                    .allMatch(l -> l.startsWith(file.toString() + ":") || l.startsWith(file.getParent().toString()),
                            "starts with the file");
            assertThat(r.err()).as(file.toString()).doesNotContain("\u001b").doesNotContain("\u0007");
        }
    }

    @Test
    void aFileWithHundredsOfProblemsPrintsTheFirstHundredAndACount() throws IOException {
        StringBuilder text = new StringBuilder("title = T\nsteps = [\n");
        for (int i = 0; i < 250; i++) {
            text.append("  { name = S").append(i).append(", time = 30 }\n");
        }
        Path file = Files.writeString(home.resolve("many.conf"), text.append("]\n").toString());
        Run r = run("check", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(101);
        assertThat(r.errLines().get(100)).isEqualTo(file + ": 150 more problems not shown");
    }

    @Test
    void checkOfAMissingPathIsACommandLineError() {
        Run r = run("check", "no/such/file.conf");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("limber: no such file, folder or routine: no/such/file.conf\n");
    }

    @Test
    void checkPrintsWarningsButExitsZero() {
        Run r = run("check", resource("good/long-cold.conf"));
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("long-cold.conf:3: steps[0].phases[0].time: warning: 25m of cold");
        assertThat(r.out()).isEqualTo("checked 1 routine: all good, 1 warning\n");
    }

    @Test
    void showPrintsEverySegmentWithNamesSidesSetsTimesAndTheTotal() {
        Run r = run("show", "sciatica-relief");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Sciatica relief  (<built-in>/sciatica-relief.conf)\n")
                .contains("   2  0:05  Get ready: Foam roll: buttock — LEFT\n")
                .contains("  0:30  Piriformis stretch lying down — LEFT\n")
                .contains("  0:05  Switch sides → RIGHT\n")
                .contains("  1:10  Ab curls · 10 reps at up 2s, hold 2s, down 3s\n")
                .contains("     -  Before you start (read, then Enter)\n")
                .contains("\nTotal 12:55 · 9 steps · 34 segments · plus 1 segment at your own pace\n")
                .endsWith("\nProgression (from the journal):\n  Plank: 0:30 (+30s after each full session, up to 3:00)\n");
    }

    /** A journal line of sciatica-relief whose plank was held in full. */
    private static final String FULL_PLANK = "{\"v\":1,\"routine\":\"sciatica-relief\","
            + "\"start\":\"2025-03-01T08:00:00Z\",\"end\":\"2025-03-01T08:20:00Z\",\"completed\":true,\"segments\":["
            + "{\"step\":7,\"name\":\"Plank\",\"kind\":\"work\",\"planned\":30,\"achieved\":30}]}\n";

    @Test
    void showPlaysAProgressingStepAtItsRaisedTargetAndSaysWhy() throws IOException {
        Files.writeString(home.resolve("journal.jsonl"), FULL_PLANK + FULL_PLANK);

        Run r = run("show", "sciatica-relief");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("  1:30  Plank\n")
                .contains("\nTotal 13:55 · ")
                .endsWith("  Plank: 1:30 (30s + 2 × 30s from 2 full sessions; max 3:00)\n");
        assertThat(run("show", "sciatica-relief", "--json").out())
                .contains("\"progression\":[\"Plank: 1:30 (30s + 2 × 30s from 2 full sessions; max 3:00)\"]");
    }

    @Test
    void listGivesTheTotalWithTargetsRaisedAsShowDoes() throws IOException {
        Files.writeString(home.resolve("journal.jsonl"), FULL_PLANK + FULL_PLANK);

        assertThat(run("show", "sciatica-relief").out()).contains("\nTotal 13:55 · ");
        Run r = run("list");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).containsPattern("(?m)^sciatica-relief +9 +13:55 ");
        assertThat(run("list", "--json").out()).contains("\"total\":\"13:55\"");
        // a third line written by another limber, without the index: list reads it too
        Files.writeString(home.resolve("journal.jsonl"), FULL_PLANK, java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("list").out()).containsPattern("(?m)^sciatica-relief +9 +14:25 ");
    }

    @Test
    void showWithSetsPrintsSetsAndSetRests() {
        Run r = run("show", resource("good/sets.conf"));
        assertThat(r.out()).contains("  1  0:30  Hold · set 1/3\n", "  2  0:15  Rest before set 2/3\n",
                "  5  0:30  Hold · set 3/3\n").contains("Total 2:00");
    }

    @Test
    void showJsonIsValidJsonWithTheSameData() {
        Run text = run("show", "heat-ice");
        Run json = run("show", "heat-ice", "--json");
        assertThat(json.code()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(json.out().strip());
        assertThat(m).containsEntry("id", "heat-ice").containsEntry("title", "Heat and ice")
                .containsEntry("total", "1:20:10").containsEntry("source", "built-in");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> segments = (List<Map<String, Object>>) m.get("segments");
        assertThat(segments).hasSize(9); // a note, a get-ready, 4 phases and the 3 swaps between them
        for (Map<String, Object> s : segments) {
            String time = s.get("time") == null ? "-" : (String) s.get("time");
            assertThat(text.out()).contains(time + "  " + s.get("title") + "\n");
        }
        assertThat(segments.get(2)).containsEntry("kind", "phase").containsEntry("phase", "Heat")
                .containsEntry("round", java.math.BigDecimal.ONE).containsEntry("tone", "warm");
    }

    @Test
    void showWithSetChangesTheTotalAndStartsWithIce() {
        Run r = run("show", "heat-ice", "--set", "heat=10m", "--set", "start=ice");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("params: heat=10m, ice=20m, rounds=2, start=ice")
                .contains("  3  20:00  Heat and ice: Ice · round 1/2\n")
                .contains("Total 1:00:10");
    }

    @Test
    void showWarnsAboutALongHeatPhaseButStillShows() {
        Run r = run("show", "heat-ice", "--set", "heat=25m");
        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("--set heat=25m: steps[1].phases[0].time: warning: 25m of heat");
    }

    @Test
    void showOfAnUnknownRoutineIsACommandLineErrorWithASuggestion() {
        Run r = run("show", "sciatica");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("limber: no routine \"sciatica\"; did you mean \"sciatica-relief\"?");
    }

    @Test
    void badSetIsACommandLineError() {
        Run r = run("show", "heat-ice", "--set", "haet=10m");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--set haet=10m: the routine has no parameter \"haet\"; did you mean \"heat\"?"
                + " its parameters are heat, ice, rounds, start\n");
        Run noEquals = run("show", "heat-ice", "--set", "heat");
        assertThat(noEquals.code()).isEqualTo(2);
        assertNoStackTrace(noEquals);
    }

    @Test
    void showOfABrokenRoutineExitsOne() {
        Run r = run("show", resource("bad/typo-key.conf"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(1);
    }

    @Test
    void unicodeNamesShowUnchanged() {
        Run r = run("show", resource("good/unicode.conf"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Étirements du matin  (")
                .contains("Утренняя растяжка · 朝のストレッチ\n")
                .contains("Étirement des ischio-jambiers — GAUCHE\n", "Растяжка спины\n", "深呼吸 · 5 reps at 4s each\n");
        Run json = run("show", resource("good/unicode.conf"), "--json");
        assertThat(json.out()).contains("\"title\":\"Étirements du matin\"", "\"name\":\"深呼吸\"");
    }

    @Test
    void listShowsEachRoutineWithItsSourceStepsAndTotal() throws IOException {
        Files.createDirectories(home.resolve("routines"));
        Files.writeString(home.resolve("routines/desk-break.conf"),
                "title = \"My desk break\"\nsteps = [ { name = A, time = 1m } ]\n");
        Files.writeString(home.resolve("routines/broken.conf"), "title = \"Broken\"\nsteps = [ { name = A, time = 1 } ]\n");
        Run r = run("list");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).first().asString().startsWith("ID").contains("STEPS", "TOTAL", "SOURCE", "TITLE");
        assertThat(r.out()).contains("heat-ice", "1:20:10", "built-in", "Heat and ice")
                .containsPattern("desk-break +1 +1:05 +user \\(shadows built-in\\) +My desk break")
                .containsPattern("broken +- +- +user +\\(1 problem: limber check .*broken.conf\\)")
                .doesNotContainPattern("(?m)^stretches ");
        Run json = run("list", "--json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) Json.parse(json.out().strip());
        assertThat(list).extracting(m -> m.get("id")).contains("back-stretches", "broken", "desk-break", "heat-ice");
        assertThat(list).filteredOn(m -> m.get("id").equals("desk-break")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("source", "user").containsEntry("shadows", List.of("built-in")));
    }

    @Test
    void newWritesAStarterThatPassesCheckAndNeverOverwrites() throws IOException {
        Run r = run("new", "morning-stretch");
        Path file = home.resolve("routines/morning-stretch.conf");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("wrote " + file + "\n");
        assertThat(run("check", file.toString()).code()).isZero();
        LoadResult loaded = new RoutineLoader().load(RoutineLibrary.fromPath(file));
        List<Step> steps = loaded.routine().orElseThrow().steps();
        assertThat(loaded.routine().orElseThrow().title()).isEqualTo("Morning stretch");
        assertThat(steps).hasAtLeastOneElementOfType(Step.Note.class).hasAtLeastOneElementOfType(Step.Cycle.class)
                .anyMatch(s -> s instanceof Step.Timed t && t.progress().isPresent())
                .anyMatch(s -> s instanceof Step.Reps reps && reps.tempo().isPresent())
                .anyMatch(s -> s instanceof Step.Reps reps && reps.tempo().isEmpty())
                .anyMatch(s -> s.base().sides().size() == 2 && s.base().sets() == 2);
        Files.writeString(file, "edited");
        Run again = run("new", "morning-stretch");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("limber: " + file + " already exists; edit it, or pick another name\n");
        assertThat(Files.readString(file)).isEqualTo("edited");
        assertThat(run("show", "morning-stretch").code()).isEqualTo(1);
    }

    @Test
    void newRefusesANameThatIsNotAnId() {
        Run r = run("new", "../escape");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("limber: a routine name is letters, digits, - and _");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: limber").contains("list", "show", "check", "new", "help", "Exit codes:");
        Run help = run("help", "show");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: limber show").contains("--set=KEY=VALUE", "--json");
    }

    @Test
    void versionPrintsTheVersion() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).matches("limber \\d+\\.\\d+\\.\\d+.*\n");
    }

    @Test
    void anUnknownCommandIsACommandLineError() {
        Run r = run("shwo", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("limber: 'shwo' is not a command of limber").contains("Did you mean: limber show?")
                .contains("Try 'limber --help'");
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("something broke\u001b[2J");
        }
    }

    @Test
    void anUnexpectedErrorIsOneLineUnlessDebugIsOn() {
        CommandLine quiet = Cli.create(context(false));
        quiet.addSubcommand(new Boom());
        Run r = run(quiet, "boom");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("limber: internal error: IllegalStateException: something broke[2J"
                + " (run with LIMBER_DEBUG=1 for details)\n");
        CommandLine debug = Cli.create(context(true));
        debug.addSubcommand(new Boom());
        assertThat(run(debug, "boom").err()).contains("\tat ");
    }

    @Test
    void anErrorOnAnotherThreadIsOneLineUnlessDebugging() {
        StringWriter err = new StringWriter();
        Cli.uncaught(new java.io.PrintWriter(err), false).uncaughtException(new Thread("limber-stdin"),
                new OutOfMemoryError("Java heap space"));
        assertThat(err.toString()).isEqualTo("limber: internal error in limber-stdin: OutOfMemoryError: Java heap space"
                + " (run with LIMBER_DEBUG=1 for details)" + System.lineSeparator());

        StringWriter debug = new StringWriter();
        Cli.uncaught(new java.io.PrintWriter(debug), true).uncaughtException(new Thread("limber-stdin"),
                new OutOfMemoryError("Java heap space"));
        assertThat(debug.toString()).contains("\tat ");
    }
}
