package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    @TempDir
    Path dir;

    private static Path resource(String name) {
        return Path.of("src/test/resources/settings", name);
    }

    private static List<String> lines(SettingsLoader.Loaded loaded) {
        return loaded.problems().stream().map(Problem::format).toList();
    }

    @Test
    void everySettingIsRead() {
        SettingsLoader.Loaded loaded = SettingsLoader.load(resource("good.conf"));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(new Settings(false, true,
                new Settings.Voice.Command(List.of("espeak-ng", "-s", "150", "-v", "en-us")), false,
                Settings.Theme.DARK, Optional.of(Duration.ofSeconds(10)), Optional.of(Duration.ofMinutes(1)), false));
    }

    @Test
    void noFileMeansDefaults() {
        SettingsLoader.Loaded loaded = SettingsLoader.load(dir.resolve("limber.conf"));
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithItsLineAndBadKeysKeepTheirDefaults() {
        Path bad = resource("bad.conf");
        SettingsLoader.Loaded loaded = SettingsLoader.load(bad);
        assertThat(lines(loaded)).containsExactlyInAnyOrder(
                bad + ":2: soudn: unknown key \"soudn\"; did you mean \"sound\"?",
                bad + ":3: bell: expected true or false",
                bad + ":4: theme: expected auto, dark, light or mono",
                bad + ":5: prepare: a duration needs a unit: give e.g. 5s or 5m, not 5",
                bad + ":6: rest: must be between 0s and 24h",
                bad + ":8: pictures: expected auto or off");
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS.withVoice(Settings.Voice.OFF));
    }

    @Test
    void includesAreRefusedWithTheirLine() {
        Path f = resource("include.conf");
        assertThat(lines(SettingsLoader.load(f))).containsExactly(f + ":3: include is not allowed in the settings file");
    }

    @Test
    void environmentVariablesAreNotSeen() {
        Path f = resource("env.conf");
        assertThat(lines(SettingsLoader.load(f)))
                .containsExactly(f + ":2: Could not resolve substitution to a value: ${HOME}");
    }

    @Test
    void syntaxErrorPointsAtTheLine() {
        assertThat(lines(SettingsLoader.parse("sound = true\nvoice = ]\nbell = true\n", "limber.conf")))
                .singleElement().asString().startsWith("limber.conf:2: ");
    }

    @Test
    void voiceCommandKeyIsAcceptedAndVoiceOffWins() {
        assertThat(SettingsLoader.parse("voice-command = \"say -v Alex\"", "f").settings().voice())
                .isEqualTo(new Settings.Voice.Command(List.of("say", "-v", "Alex")));
        assertThat(SettingsLoader.parse("voice = off\nvoice-command = say", "f").settings().voice())
                .isEqualTo(Settings.Voice.OFF);
        assertThat(lines(SettingsLoader.parse("voice = espeak\nvoice-command = say", "f")))
                .containsExactly("f:2: voice-command: voice is already a command; set one of voice and voice-command");
    }

    @Test
    void voiceCommandWithAnOpenQuoteOrControlCharactersIsRejected() {
        assertThat(lines(SettingsLoader.parse("voice = \"espeak-ng -v 'en\"", "f")))
                .containsExactly("f:1: voice: unbalanced quote in the command");
        assertThat(lines(SettingsLoader.parse("voice = \"espeak\\u001b[2J\"", "f")))
                .containsExactly("f:1: voice: control characters are not allowed");
    }

    @Test
    void zeroPausesAreAllowed() {
        Settings s = SettingsLoader.parse("prepare = 0s\nrest = 0s", "f").settings();
        assertThat(s.prepare()).contains(Duration.ZERO);
        assertThat(s.rest()).contains(Duration.ZERO);
    }

    @Test
    void hugeFileIsRefusedUnread() throws Exception {
        Path big = Files.writeString(dir.resolve("limber.conf"), "#".repeat(SettingsLoader.MAX_BYTES + 1));
        assertThat(lines(SettingsLoader.load(big))).containsExactly(big + ": settings file is over 64 KiB");
    }

    /** The timeout only guards against a hang: a FIFO held the old reader until something wrote to it. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 20, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aSettingsFileThatIsNotARegularFileIsOneProblemAndTheDefaults() throws Exception {
        Path fifo = dev.limber.io.Fifos.make(dir.resolve("fifo/limber.conf"));
        Path zero = dev.limber.io.Fifos.devZero(dir.resolve("zero/limber.conf"));
        Path folder = Files.createDirectories(dir.resolve("folder/limber.conf"));
        for (Path p : List.of(fifo, zero, folder)) {
            SettingsLoader.Loaded loaded = SettingsLoader.load(p);
            assertThat(lines(loaded)).containsExactly(p + ": not a regular file");
            assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        }
    }
}
