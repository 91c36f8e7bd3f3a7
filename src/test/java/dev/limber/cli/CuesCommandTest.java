package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.cue.Host;
import dev.limber.home.Locations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code limber cues --test} as a person runs it, on a machine the test makes: fake speech and
 * notification tools on PATH, no audio device (sound off in settings), a file for the terminal.
 */
class CuesCommandTest {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws IOException {
        Files.writeString(home.resolve("limber.conf"), "sound = false\n");
        Path tty = home.resolve("tty");
        Files.write(tty, new byte[0]);
        Host host = new Host(Map.of("PATH", home.resolve("bin").toString(), "LOG", home.resolve("log").toString()),
                "Linux", tty);
        Context context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("local"), false);
        CommandLine cl = Cli.create(context);
        cl.getCommandSpec().removeSubcommand("cues");
        cl.addSubcommand(new CuesCommand(context, host));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private void tool(String name, int exit) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho \"" + name + "\" >> \"$LOG\"\nexit " + exit + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void everyCueThatWorksSaysSoAndExitsZero() throws IOException {
        tool("espeak-ng", 0);
        tool("notify-send", 0);
        Run r = run("cues", "--test");
        assertThat(r.out()).isEqualTo("""
                tones: off in settings (sound = false); rang the terminal bell instead (did you hear it?)
                voice: ok (spoke with espeak-ng)
                notifications: ok (sent with notify-send)
                """);
        assertThat(r.code()).isZero();
        assertThat(Files.readString(home.resolve("log"))).isEqualTo("espeak-ng\nnotify-send\n");
    }

    @Test
    void aCueThatDoesNotWorkSaysWhatToDoAndExitsOne() throws IOException {
        tool("notify-send", 1);
        Run r = run("cues", "--test");
        assertThat(r.out()).contains(
                "voice: no text-to-speech command found: install espeak-ng (or espeak, spd-say, say)\n",
                "notifications: notify-send failed (exit 1)\n");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void withoutTestItIsACommandLineError() throws IOException {
        Run r = run("cues");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--test");
    }

    @Test
    void helpListsTheCommand() throws IOException {
        assertThat(run("--help").out()).contains("cues");
    }
}
