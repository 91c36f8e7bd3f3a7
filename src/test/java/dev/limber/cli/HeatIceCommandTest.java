package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.home.Locations;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code limber heat-ice} up to the moment it would start playing. */
class HeatIceCommandTest {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        Context context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("local"), false);
        CommandLine cl = Cli.create(context);
        cl.getCommandSpec().removeSubcommand("heat-ice");
        cl.addSubcommand(new HeatIceCommand(context,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void overThirtyMinutesWithStdinClosedRefusesWithOneClearLine() {
        Run r = run("", "heat-ice", "--heat", "45m", "--plain");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Heat: 45m is over 30 minutes in one go, which can harm the skin. Start anyway? [y/N]")
                .endsWith("limber: heat-ice: Heat: 45m is over 30 minutes in one go and nobody answered;"
                        + " add --yes if you mean it\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void answeringNoStartsNothing() {
        Run r = run("n\n", "heat-ice", "--heat", "45m", "--ice", "40m", "--plain");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("Heat: 45m and Ice: 40m are over 30 minutes").endsWith("Not started.\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aParamGivenTwiceIsACommandLineError() {
        Run r = run("", "heat-ice", "--heat", "15m", "--set", "heat=10m");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("limber: give heat once: --heat or --set heat=, not both\n");
    }

    @Test
    void startMustBeHeatOrIce() {
        Run r = run("", "heat-ice", "--start", "cold");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("limber: --start must be heat or ice, not cold\n");
    }

    @Test
    void aTimeWithoutAUnitIsACommandLineError() {
        Run r = run("", "heat-ice", "--ice", "15");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("--ice 15: ").contains("a duration needs a unit");
    }

    @Test
    void problemsNameTheOptionAsTyped() {
        Run r = run("", "heat-ice", "--heat", "25m", "--ice", "15");
        assertThat(r.err()).contains("--heat 25m: ").contains("25m of heat is longer than 20 minutes")
                .contains("--ice 15: ").doesNotContain("--set");
        Run set = run("", "heat-ice", "--set", "heat=25m", "--ice", "15");
        assertThat(set.err()).as("a --set stays a --set").contains("--set heat=25m: ");
    }

    @Test
    void optionsBecomeTheRoutineParams() {
        HeatIceCommand c = new HeatIceCommand(null);
        new CommandLine(c).parseArgs("--heat", "15m", "--ice", "10m", "--rounds", "3", "--start", "ice",
                "--set", "other=1");
        assertThat(c.overrides()).containsExactly(Map.entry("other", "1"), Map.entry("heat", "15m"),
                Map.entry("ice", "10m"), Map.entry("rounds", "3"), Map.entry("start", "ice"));
    }

    @Test
    void helpNamesTheSettingsFile() {
        Run r = run("", "--help");
        assertThat(r.out()).contains("Settings (sound, bell, voice, notify, theme, prepare, rest) are read from\n  "
                + home.resolve("limber.conf"));
    }
}
