package dev.limber.cue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Renders a {@link TonePattern} to 16-bit mono PCM: sine notes with a short fade in and out (a
 * hard edge clicks) and true silence in the gaps. No audio files ship with limber.
 */
public final class ToneSynth {
    public static final float RATE = 44_100f;
    public static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);
    private static final double FADE_MILLIS = 5;

    private ToneSynth() {
    }

    /** The pattern as little-endian signed 16-bit samples, ready for a SourceDataLine in {@link #FORMAT}. */
    public static byte[] render(TonePattern pattern) {
        int total = frames(pattern.millis());
        byte[] out = new byte[total * 2];
        int pos = 0;
        for (TonePattern.Note n : pattern.notes()) {
            int len = frames(n.millis());
            int fade = Math.min(frames(FADE_MILLIS), len / 2);
            for (int i = 0; i < len && pos + i < total; i++) {
                double env = Math.min(1.0, Math.min(i, len - 1 - i) / (double) Math.max(1, fade));
                double v = Math.sin(2 * Math.PI * n.hz() * i / RATE) * n.level() * env;
                short s = (short) Math.round(v * Short.MAX_VALUE);
                out[(pos + i) * 2] = (byte) s;
                out[(pos + i) * 2 + 1] = (byte) (s >> 8);
            }
            pos += len + frames(n.gapMillis());
        }
        return out;
    }

    /** Writes the pattern as a WAV file (for tests, and to hear a pattern with any player). */
    public static void writeWav(TonePattern pattern, Path file) throws IOException {
        byte[] pcm = render(pattern);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), FORMAT, pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    private static int frames(double millis) {
        return (int) Math.round(millis * RATE / 1000.0);
    }
}
