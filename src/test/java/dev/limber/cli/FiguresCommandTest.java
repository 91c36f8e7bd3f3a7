package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.figure.Figures;
import dev.limber.home.Locations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code limber figures} as an author uses it to choose a picture. */
class FiguresCommandTest {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> env, boolean terminal, String... args) {
        Context context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("local"), false);
        CommandLine cl = Cli.create(context);
        cl.getCommandSpec().removeSubcommand("figures");
        cl.addSubcommand(new FiguresCommand(env, terminal));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void listsEveryFigureOnOneLineWithWhatItShows() {
        Run r = run(Map.of(), false, "figures");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(Figures.names().size());
        assertThat(r.out()).contains("knee-hug").contains("one knee hugged to the chest")
                .contains("(moves: down, up)");
    }

    @Test
    void drawsInBrailleWithoutColourWhenTheOutputIsNotATerminal() {
        Run r = run(Map.of("COLORTERM", "truecolor"), false, "figures", "knee-hug");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("\033").containsPattern("[\u2801-\u28ff]");
    }

    @Test
    void drawsHalfBlocksInTrueColourOnATerminalThatHasIt() {
        Run r = run(Map.of("COLORTERM", "truecolor"), true, "figures", "plank");
        assertThat(r.out()).contains("\033[0;38;2;").contains("\u2580");
    }

    @Test
    void fallsBackTo256And16Colours() {
        assertThat(run(Map.of("TERM", "xterm-256color"), true, "figures", "plank").out()).contains(";38;5;")
                .doesNotContain(";38;2;");
        assertThat(run(Map.of("TERM", "xterm"), true, "figures", "plank").out()).containsPattern("\033\\[0;(3|9)[0-7]")
                .doesNotContain(";38;");
    }

    @Test
    void noColorMeansNoColour() {
        Run r = run(Map.of("COLORTERM", "truecolor", "NO_COLOR", "1"), true, "figures", "plank");
        assertThat(r.out()).doesNotContain("\033");
    }

    @Test
    void aMovingFigureShowsEachPoseByName() {
        Run r = run(Map.of(), false, "figures", "cat-cow");
        assertThat(r.out()).contains("cow:").contains("cat:");
        assertThat(r.out().substring(r.out().indexOf("cat:"))).containsPattern("[\u2801-\u28ff]");
    }

    @Test
    void sizeBoundsThePicture() {
        Run r = run(Map.of(), false, "figures", "chest-opener", "--size", "20x10");
        assertThat(r.out().lines()).hasSizeLessThanOrEqualTo(10)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
        assertThat(run(Map.of(), false, "figures", "march", "--size", "big").code()).isEqualTo(2);
    }

    @Test
    void anUnknownFigureSuggestsTheNearestName() {
        Run r = run(Map.of(), false, "figures", "knee-hgu");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no figure \"knee-hgu\"; did you mean knee-hug?");
    }
}
