package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.home.Locations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The pause defaults in limber.conf reach the plan of a routine that does not set its own; bad settings stop a run. */
class SettingsDefaultsTest {
    @TempDir
    Path home;

    private String show(Path routine) {
        CommandLine cl = Cli.create(new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("local"), false));
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("show", routine.toString())).isZero();
        return out.toString();
    }

    @Test
    void settingsPrepareAndRestApplyWhereTheRoutineIsSilent() throws Exception {
        Path routine = Files.writeString(home.resolve("two.conf"), """
                title = "Two holds"
                steps = [ { name = "A", time = 30s }, { name = "B", time = 30s } ]
                """);
        assertThat(show(routine)).contains("Total 1:20");
        Files.writeString(home.resolve("limber.conf"), "prepare = 0s\nrest = 40s\n");
        assertThat(show(routine)).contains("Total 1:40").doesNotContain("Get ready");
        Path own = Files.writeString(home.resolve("own.conf"), """
                title = "Own pauses"
                prepare = 5s
                rest = 0s
                steps = [ { name = "A", time = 30s }, { name = "B", time = 30s } ]
                """);
        assertThat(show(own)).as("a routine's own pauses win").contains("Total 1:10");
    }

    @Test
    void aTypoInTheSettingsStopsARunWithItsLine() throws Exception {
        Files.writeString(home.resolve("limber.conf"), "sound = true\nvoise = off\n");
        CommandLine cl = Cli.create(new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("local"), false));
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("run", "desk-break", "--plain")).isEqualTo(1);
        assertThat(err.toString()).contains("limber.conf:2: voise: unknown key \"voise\"; did you mean \"voice\"?");
    }

    @Test
    void theReadmeSettingsExampleLoadsWithoutProblems() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("`limber.conf` (HOCON");
        int start = readme.indexOf("```hocon\n", at) + "```hocon\n".length();
        String text = readme.substring(start, readme.indexOf("```", start));
        dev.limber.load.SettingsLoader.Loaded loaded = dev.limber.load.SettingsLoader.parse(text, "README.md");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().voice()).isEqualTo(dev.limber.settings.Settings.Voice.AUTO);
    }
}
