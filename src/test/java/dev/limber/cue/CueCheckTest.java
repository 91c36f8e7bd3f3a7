package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limber cues --test} on a machine the test makes: fake tools on PATH, a fake audio device, a file for a tty. */
class CueCheckTest {
    @TempDir
    Path dir;

    /** An audio device that takes what it is given, or none at all. */
    private static final class FakeAudio implements AudioOut {
        final List<byte[]> played = new ArrayList<>();
        final boolean present;
        boolean closed;

        FakeAudio(boolean present) {
            this.present = present;
        }

        @Override
        public void play(byte[] pcm) throws Unavailable {
            if (!present) {
                throw new Unavailable("No line matching interface SourceDataLine is supported.", null);
            }
            played.add(pcm);
        }

        @Override
        public void stop() {
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private Path tool(String name, int exit) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho \"" + name + " $*\" >> \"$LOG\"\nexit " + exit + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private Host host() throws IOException {
        Path tty = dir.resolve("tty");
        if (!Files.exists(tty)) {
            Files.createFile(tty);
        }
        return new Host(Map.of("PATH", dir.resolve("bin").toString(), "LOG", dir.resolve("log").toString()), "Linux",
                tty);
    }

    private String log() throws IOException {
        return Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : "";
    }

    @Test
    void everyTonePlaysOnTheAudioDevice() throws IOException {
        FakeAudio audio = new FakeAudio(true);
        CueCheck.Report r = new CueCheck(Settings.DEFAULTS, host(), () -> audio).tones();
        assertThat(r.status()).isEqualTo(CueCheck.Status.WORKS);
        assertThat(audio.played).hasSize(TonePattern.values().length);
        assertThat(audio.closed).isTrue();
        assertThat(r.line()).isEqualTo("tones: ok (played " + TonePattern.values().length
                + " patterns on the default audio device)");
    }

    @Test
    void withNoAudioDeviceTheBellRingsAndSaysWhy() throws IOException {
        CueCheck.Report r = new CueCheck(Settings.DEFAULTS, host(), () -> new FakeAudio(false)).tones();
        assertThat(r.status()).isEqualTo(CueCheck.Status.WORKS);
        assertThat(r.line()).isEqualTo("tones: no audio device (No line matching interface SourceDataLine is"
                + " supported.); rang the terminal bell instead (did you hear it?)");
        assertThat(Files.readAllBytes(dir.resolve("tty"))).containsExactly(7);
    }

    @Test
    void withNoAudioDeviceAndNoTerminalThereAreNoTones() throws IOException {
        Host noTty = new Host(host().env(), "Linux", dir.resolve("no/such/tty"));
        CueCheck.Report r = new CueCheck(Settings.DEFAULTS, noTty, () -> new FakeAudio(false)).tones();
        assertThat(r.status()).isEqualTo(CueCheck.Status.FAILS);
        assertThat(r.line()).endsWith("and no terminal for the bell: no tones");
    }

    @Test
    void theVoiceSpeaksOnePhraseWithTheFirstToolFound() throws IOException {
        tool("espeak-ng", 0);
        CueCheck.Report r = new CueCheck(Settings.DEFAULTS, host(), () -> new FakeAudio(true)).voice();
        assertThat(r.line()).isEqualTo("voice: ok (spoke with espeak-ng)");
        assertThat(log()).isEqualTo("espeak-ng " + CueCheck.PHRASE + "\n");
    }

    @Test
    void aMissingOrFailingVoiceSaysWhatToDo() throws IOException {
        CueCheck missing = new CueCheck(Settings.DEFAULTS, host(), () -> new FakeAudio(true));
        assertThat(missing.voice().line()).isEqualTo(
                "voice: no text-to-speech command found: install espeak-ng (or espeak, spd-say, say)");
        tool("espeak", 3);
        CueCheck.Report failing = missing.voice();
        assertThat(failing.status()).isEqualTo(CueCheck.Status.FAILS);
        assertThat(failing.line()).isEqualTo("voice: espeak failed (exit 3)");
        Settings own = Settings.DEFAULTS.withVoice(new Settings.Voice.Command(List.of("my-tts", "-s", "150")));
        assertThat(new CueCheck(own, host(), () -> new FakeAudio(true)).voice().line())
                .isEqualTo("voice: my-tts not found (the voice setting names it)");
    }

    @Test
    void oneNotificationIsSent() throws IOException {
        tool("notify-send", 0);
        CueCheck.Report r = new CueCheck(Settings.DEFAULTS, host(), () -> new FakeAudio(true)).notifications();
        assertThat(r.line()).isEqualTo("notifications: ok (sent with notify-send)");
        assertThat(log()).isEqualTo("notify-send --app-name=limber -- " + CueCheck.TITLE + " " + CueCheck.BODY + "\n");
    }

    @Test
    void aMissingNotifySendSaysWhatToInstall() throws IOException {
        CueCheck.Report r = new CueCheck(Settings.DEFAULTS, host(), () -> new FakeAudio(true)).notifications();
        assertThat(r.status()).isEqualTo(CueCheck.Status.FAILS);
        assertThat(r.line()).startsWith("notifications: notify-send not found: install it");
    }

    @Test
    void cuesTurnedOffInSettingsAreSaidToBeOffAndNotTried() throws IOException {
        tool("espeak-ng", 0);
        tool("notify-send", 0);
        Settings d = Settings.DEFAULTS;
        Settings off = new Settings(false, false, Settings.Voice.OFF, false, d.theme(), d.prepare(), d.rest(), d.pictures());
        FakeAudio audio = new FakeAudio(true);
        CueCheck check = new CueCheck(off, host(), () -> audio);
        assertThat(List.of(check.tones(), check.voice(), check.notifications())).extracting(CueCheck.Report::status)
                .containsOnly(CueCheck.Status.OFF);
        assertThat(audio.played).isEmpty();
        assertThat(log()).isEmpty();
    }
}
