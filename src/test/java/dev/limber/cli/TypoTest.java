package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.home.Locations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped command line gets plain words and the likely meaning, whichever part was mistyped. */
class TypoTest {
    @TempDir
    Path home;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        Context context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("routines"), false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(context, args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void swappedLettersInACommandGetASuggestion() {
        // picocli's own letter-pair hints found nothing for these
        assertThat(run("rnu", "heat-ice").err()).isEqualTo("""
                limber: 'rnu' is not a command of limber
                Did you mean: limber run?
                Try 'limber --help' for more information.
                """);
        assertThat(run("hsitory").err()).contains("Did you mean: limber history?");
        assertThat(run("chekc", "x").err()).contains("Did you mean: limber check?");
        assertThat(run("rnu").code()).isEqualTo(2);
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        Run r = run("run", "heat-ice", "--plian");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--plian'").contains("Did you mean: limber run --plain?");
    }

    @Test
    void aWordNothingLikeACommandGetsNoGuess() {
        assertThat(run("zzzzz").err()).doesNotContain("Did you mean");
    }

    @Test
    void aSpeedThatIsNotANumberIsSaidPlainly() {
        Run r = run("run", "heat-ice", "--speed", "fast");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("limber: Invalid value for option '--speed': 'fast' is not a number; "
                + "give e.g. 2 for twice as fast, or 0.5 for half speed\n").doesNotContain("double");
    }

    @Test
    void checkTakesRoutineIdsAsWellAsPaths() {
        Run r = run("check", "heat-ice", "desk-break");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("checked 2 routines: all good\n");
    }

    @Test
    void checkOfAnIdThatIsNoRoutineIsACommandLineError() {
        Run r = run("check", "no-such-routine");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("limber: no such file, folder or routine: no-such-routine\n");
    }

    @Test
    void anIdFindsAFileInTheFolderThatHoldsRoutines() throws IOException {
        // the context's ./routines is home/routines, so the current folder is home
        Files.writeString(home.resolve("blog.conf"), "title = Blog\nsteps = [ { name = A, time = 30s } ]\n");
        Run r = run("show", "blog");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Blog  (");
    }
}
