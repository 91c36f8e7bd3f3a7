package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech through a fake {@code espeak-ng} script on a PATH the test controls, so nothing depends
 * on what this machine has installed. The fake reads the phrase from its input into {@code $phrase}.
 */
class SpeechSinkTest {
    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    /** Logs each argument, one per line, prefixed with {@code arg:}, then the phrase as {@code said:}. */
    private static final String LOG_ARGS = "for a in \"$@\"; do echo \"arg:$a\" >> \"$LOG\"; done\n"
            + "echo \"said:$phrase\" >> \"$LOG\"\n";

    /** A fake speaker running {@code body} once it has read the phrase from its input. */
    private Path fakeEspeak(String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve("espeak-ng");
        Files.writeString(script, "#!/bin/sh\nread -r phrase\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private Map<String, String> env(Path bin) {
        return Map.of("PATH", bin.toString(), "LOG", dir.resolve("log").toString(), "DIR", dir.toString());
    }

    private List<String> log() {
        try {
            Path log = dir.resolve("log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private SpeechSink sink(Map<String, String> env, long timeoutMillis) {
        List<String> command = VoiceCommand.resolve(Settings.Voice.AUTO, env, notes::add).orElseThrow();
        return new SpeechSink(command, env, now::get, 2 * S, timeoutMillis, new OnceNotes(notes::add));
    }

    @Test
    void fakeEspeakOnPathReceivesThePhrasesInOrder() throws Exception {
        Path bin = fakeEspeak(LOG_ARGS);
        SpeechSink speech = sink(env(bin), 5_000);
        List<String> phrases = List.of("Get ready: Piriformis stretch, left", "3", "2", "1",
                "Piriformis stretch, left. 45 seconds", "Halfway");
        for (int i = 0; i < phrases.size(); i++) {
            // Time passes between phrases, as in a session: each one is said before the next is due.
            now.set(i * S);
            speech.offer(new Cue.Say(phrases.get(i)), i * S);
            int said = i + 1;
            Poll.until("phrase " + said, () -> log().size() >= said);
        }
        speech.close(1_000);

        assertThat(log()).containsExactly(phrases.stream().map(p -> "said:" + p).toArray(String[]::new));
        assertThat(notes).isEmpty();
    }

    @Test
    void phrasesForTheSameMomentAreAllSaidInTurn() throws Exception {
        Path bin = fakeEspeak("echo \"$phrase\" >> \"$LOG\"\n");
        SpeechSink speech = sink(env(bin), 5_000);
        speech.offer(new Cue.Say("10"), 5 * S);
        speech.offer(new Cue.Say("Rest 10 seconds. Next: Plank"), 5 * S);
        Poll.until("both phrases", () -> log().size() >= 2);
        speech.close(1_000);
        assertThat(log()).containsExactly("10", "Rest 10 seconds. Next: Plank");
    }

    @Test
    void aLaterPhraseCancelsTheOneStillTalkingAndItsChildren() throws Exception {
        // "slow" talks for a minute through a child process, like a wrapper script around a speaker.
        Path bin = fakeEspeak("""
                echo "start:$phrase" >> "$LOG"
                if [ "$phrase" = slow ]; then /bin/sleep 60 & echo $! > "$DIR/child.pid"; wait; fi
                echo "end:$phrase" >> "$LOG"
                """);
        SpeechSink speech = sink(env(bin), 120_000);
        speech.offer(new Cue.Say("slow"), 0);
        Poll.until("slow phrase running", () -> Files.exists(dir.resolve("child.pid")) && log().contains("start:slow"));
        long child = Long.parseLong(Files.readString(dir.resolve("child.pid")).strip());

        now.set(S);
        speech.offer(new Cue.Say("3"), S);
        Poll.until("3 said", () -> log().contains("end:3"));
        Poll.until("the slow speaker's child is gone",
                () -> ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true));
        speech.close(1_000);

        assertThat(log()).containsExactly("start:slow", "start:3", "end:3");
        assertThat(notes).as("being cut off is not a failure").isEmpty();
    }

    @Test
    void mutingCutsOffThePhraseBeingSpoken() throws Exception {
        Path bin = fakeEspeak("""
                echo "start:$phrase" >> "$LOG"
                /bin/sleep 60 & echo $! > "$DIR/child.pid"; wait
                echo "end:$phrase" >> "$LOG"
                """);
        SpeechSink speech = sink(env(bin), 120_000);
        speech.offer(new Cue.Say("Rest 10 seconds. Next: Plank"), 0);
        Poll.until("speaking", () -> Files.exists(dir.resolve("child.pid")) && log().contains("start:Rest 10 seconds. Next: Plank"));
        long child = Long.parseLong(Files.readString(dir.resolve("child.pid")).strip());

        speech.hush();
        Poll.until("the speaker is gone", () -> ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true));
        speech.close(1_000);
        assertThat(log()).containsExactly("start:Rest 10 seconds. Next: Plank");
    }

    @Test
    void aHangingCommandIsStoppedAtItsTimeoutAndNotedOnce() throws Exception {
        Path bin = fakeEspeak("exec /bin/sleep 60\n");
        SpeechSink speech = sink(env(bin), 50);
        speech.offer(new Cue.Say("one"), 0);
        Poll.until("timeout noted", () -> !notes.isEmpty());
        speech.offer(new Cue.Say("two"), 0);
        speech.close(2_000);
        assertThat(notes).containsExactly("Voice command espeak-ng took over 0 s and was stopped");
    }

    @Test
    void aPhraseIsNeverAnArgumentAndNeverStartsWithADash() throws Exception {
        Path bin = fakeEspeak(LOG_ARGS);
        SpeechSink speech = sink(env(bin), 5_000);
        speech.offer(new Cue.Say("-\u2003--phonout=/tmp/evil.wav plank"), 0);
        Poll.until("said", () -> !log().isEmpty());
        speech.close(1_000);
        assertThat(log()).containsExactly("said:phonout=/tmp/evil.wav plank");
    }

    @Test
    void theInputIsOneLineStartingWithASpaceWithoutEmbeddedCommands() {
        // spd-say's pipe mode runs a line starting "!-!" as a Speech Dispatcher command; say reads [[...]].
        assertThat(new String(SpeechSink.input("!-!QUIT [[[volm 1.0]]"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(" !-!QUIT [ [ [volm 1.0]]\n");
    }

    @Test
    void noSpeechCommandOnPathMeansSilenceAndOneQuietNote() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Optional<List<String>> command = VoiceCommand.resolve(Settings.Voice.AUTO, env(empty), notes::add);
        assertThat(command).isEmpty();
        assertThat(notes).containsExactly(
                "No text-to-speech command found (espeak-ng, espeak, spd-say, say): voice is off");
    }

    @Test
    void voiceCommandFromSettingsKeepsItsOptionsAndReadsThePhraseFromItsInput() throws Exception {
        Path bin = fakeEspeak(LOG_ARGS);
        Settings.Voice voice = new Settings.Voice.Command(List.of("espeak-ng", "-s", "150"));
        List<String> command = VoiceCommand.resolve(voice, env(bin), notes::add).orElseThrow();
        SpeechSink speech = new SpeechSink(command, env(bin), now::get, 2 * S, 5_000, notes::add);
        speech.offer(new Cue.Say("Halfway"), 0);
        Poll.until("said", () -> log().size() >= 3);
        speech.close(1_000);
        assertThat(log()).containsExactly("arg:-s", "arg:150", "said:Halfway");
    }

    @Test
    void spdSayIsAlwaysRunInPipeModeSoItReadsItsInput() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String name : List.of("spd-say", "espeak-ng")) {
            Path p = bin.resolve(name);
            Files.writeString(p, "#!/bin/sh\n");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Settings.Voice mine = new Settings.Voice.Command(List.of("spd-say", "-r", "20"));
        assertThat(VoiceCommand.resolve(mine, env(bin), notes::add).orElseThrow())
                .containsExactly(bin.resolve("spd-say").toString(), "-r", "20", "-e");
        Settings.Voice piped = new Settings.Voice.Command(List.of("spd-say", "--pipe-mode"));
        assertThat(VoiceCommand.resolve(piped, env(bin), notes::add).orElseThrow()).endsWith("--pipe-mode");
        Files.delete(bin.resolve("espeak-ng"));
        assertThat(VoiceCommand.resolve(Settings.Voice.AUTO, env(bin), notes::add).orElseThrow())
                .containsExactly(bin.resolve("spd-say").toString(), "-w", "-P", "text", "-e");
    }

    @Test
    void missingVoiceCommandFromSettingsIsNotedOnce() {
        Settings.Voice voice = new Settings.Voice.Command(List.of("festival", "--tts"));
        assertThat(VoiceCommand.resolve(voice, Map.of("PATH", dir.toString()), notes::add)).isEmpty();
        assertThat(notes).containsExactly("Voice command not found: festival; voice is off");
    }
}
