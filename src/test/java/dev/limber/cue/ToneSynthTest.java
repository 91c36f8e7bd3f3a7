package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Reads the synthesized WAVs back and measures each note: when it sounds, for how long, at what pitch. */
class ToneSynthTest {
    @TempDir
    Path dir;

    /** A run of sound found in the samples. */
    record Heard(double startMillis, double millis, double hz) {
    }

    @ParameterizedTest
    @EnumSource(TonePattern.class)
    void wavHasEachNoteAtItsPitchForItsLength(TonePattern pattern) throws Exception {
        List<Heard> heard = listen(pattern);

        assertThat(heard).hasSameSizeAs(pattern.notes());
        double expectedStart = 0;
        for (int i = 0; i < heard.size(); i++) {
            TonePattern.Note note = pattern.notes().get(i);
            Heard h = heard.get(i);
            // The 5 ms fades make the edges quiet, so a note measures a little short, never long.
            assertThat(h.millis()).as("length of note %d", i).isCloseTo(note.millis(), within(4.0));
            assertThat(h.startMillis()).as("start of note %d", i).isCloseTo(expectedStart, within(4.0));
            assertThat(h.hz()).as("pitch of note %d", i).isCloseTo(note.hz(), within(note.hz() * 0.02));
            expectedStart += note.millis() + note.gapMillis();
        }
    }

    @Test
    void everyPatternSoundsDifferent() throws Exception {
        // What an ear tells apart: how many notes, their pitches (to a semitone-ish 3%), their lengths.
        Set<List<Long>> signatures = new HashSet<>();
        for (TonePattern p : TonePattern.values()) {
            List<Long> sig = new ArrayList<>();
            for (Heard h : listen(p)) {
                sig.add(Math.round(Math.log(h.hz()) / Math.log(1.03)));
                sig.add(Math.round(h.millis() / 20));
            }
            assertThat(signatures.add(sig)).as("%s sounds like another pattern", p).isTrue();
        }
    }

    @Test
    void countdownPipIsShorterAndHigherThanStepStart() throws Exception {
        Heard pip = listen(TonePattern.COUNTDOWN).get(0);
        List<Heard> start = listen(TonePattern.STEP_START);
        assertThat(start.get(1).hz()).isGreaterThan(start.get(0).hz()); // rising
        assertThat(pip.millis()).isLessThan(start.get(0).millis() + start.get(1).millis());
    }

    private List<Heard> listen(TonePattern pattern) throws IOException, UnsupportedAudioFileException {
        Path wav = dir.resolve(pattern.name() + ".wav");
        ToneSynth.writeWav(pattern, wav);
        short[] samples = read(wav);
        return runs(samples, 44_100);
    }

    private static short[] read(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            assertThat(in.getFormat().getSampleRate()).isEqualTo(44_100f);
            assertThat(in.getFormat().getChannels()).isEqualTo(1);
            assertThat(in.getFormat().getSampleSizeInBits()).isEqualTo(16);
            byte[] b = in.readAllBytes();
            short[] s = new short[b.length / 2];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
            }
            return s;
        }
    }

    /**
     * Splits the samples into runs of sound by 1 ms windows whose peak passes 2% of full scale, and
     * measures each run's pitch by counting zero crossings over its steady middle.
     */
    private static List<Heard> runs(short[] s, int rate) {
        int win = rate / 1000;
        List<Heard> out = new ArrayList<>();
        int start = -1;
        for (int w = 0; w * win <= s.length; w++) {
            boolean loud = false;
            for (int i = w * win; i < Math.min(s.length, (w + 1) * win); i++) {
                loud |= Math.abs(s[i]) > 0.02 * Short.MAX_VALUE;
            }
            if (loud && start < 0) {
                start = w;
            } else if (!loud && start >= 0) {
                out.add(measure(s, start * win, w * win, rate));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(measure(s, start * win, s.length, rate));
        }
        return out;
    }

    private static Heard measure(short[] s, int from, int to, int rate) {
        int pad = (to - from) / 5;
        int crossings = 0;
        int first = -1;
        int last = -1;
        for (int i = from + pad + 1; i < to - pad; i++) {
            if ((s[i - 1] < 0) != (s[i] < 0)) {
                crossings++;
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        // Crossings - 1 half-periods lie between the first and the last crossing.
        double hz = (crossings - 1) / 2.0 / ((last - first) / (double) rate);
        return new Heard(from * 1000.0 / rate, (to - from) * 1000.0 / rate, hz);
    }
}
