package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneSinkTest {
    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;

    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    /** An audio device that records what it was asked to play. */
    static final class FakeAudio implements AudioOut {
        final List<Integer> played = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void play(byte[] pcm) {
            played.add(pcm.length);
        }

        @Override
        public void stop() {
        }

        @Override
        public void close() {
        }
    }

    /** A machine with no sound card, like this one. */
    static final class NoAudio implements AudioOut {
        @Override
        public void play(byte[] pcm) throws Unavailable {
            throw new Unavailable("no mixer", null);
        }

        @Override
        public void stop() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void tonesPlayTheRenderedPatternOnTheDevice() {
        FakeAudio audio = new FakeAudio();
        ToneSink sink = new ToneSink(Optional.of(audio), Optional.empty(), () -> 0L, 2 * S, notes::add);
        sink.offer(new Cue.Tone(TonePattern.STEP_START), 0);
        sink.offer(new Cue.Say("not mine"), 0);
        sink.close(5_000);
        assertThat(audio.played).containsExactly(ToneSynth.render(TonePattern.STEP_START).length);
    }

    @Test
    void withoutAnAudioDeviceTheBellRingsOnTheTtyAndItIsNotedOnce() throws IOException {
        Path tty = Files.createFile(dir.resolve("tty"));
        ToneSink sink = new ToneSink(Optional.of(new NoAudio()), Optional.of(Bell.tty(tty)), () -> 0L, 2 * S,
                new OnceNotes(notes::add));
        sink.offer(new Cue.Tone(TonePattern.COUNTDOWN), 0);
        sink.offer(new Cue.Tone(TonePattern.REP), 0); // a rep tick would be too much bell
        sink.offer(new Cue.Tone(TonePattern.COUNTDOWN), 0);
        sink.close(5_000);
        assertThat(Files.readAllBytes(tty)).containsExactly(7, 7);
        assertThat(notes).containsExactly("No audio device: cues use the terminal bell");
    }

    @Test
    void withNoTerminalEitherItGoesQuiet() {
        AtomicInteger rings = new AtomicInteger();
        Bell broken = () -> {
            rings.incrementAndGet();
            throw new IOException("No such device or address");
        };
        ToneSink sink = new ToneSink(Optional.of(new NoAudio()), Optional.of(broken), () -> 0L, 2 * S,
                new OnceNotes(notes::add));
        for (int i = 0; i < 3; i++) {
            sink.offer(new Cue.Tone(TonePattern.HALFWAY), 0);
        }
        sink.close(5_000);
        assertThat(rings).as("tried once, then left alone").hasValue(1);
        assertThat(notes).containsExactly("No audio device: cues use the terminal bell",
                "No terminal for the bell: tones are off");
    }

    @Test
    void aToneTooLateIsSkipped() {
        FakeAudio audio = new FakeAudio();
        ToneSink sink = new ToneSink(Optional.of(audio), Optional.empty(), () -> 10 * S, 2 * S, notes::add);
        sink.offer(new Cue.Tone(TonePattern.COUNTDOWN), 7 * S);
        sink.offer(new Cue.Tone(TonePattern.HALFWAY), 9 * S);
        sink.close(5_000);
        assertThat(audio.played).containsExactly(ToneSynth.render(TonePattern.HALFWAY).length);
        assertThat(sink.dropped()).isEqualTo(1);
    }
}
