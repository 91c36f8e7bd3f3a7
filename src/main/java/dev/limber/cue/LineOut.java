package dev.limber.cue;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays PCM through a javax.sound.sampled line, opened on first use and kept open for the session
 * (opening costs tens of milliseconds, too much for a countdown pip).
 */
final class LineOut implements AudioOut {
    private volatile SourceDataLine line;

    @Override
    public void play(byte[] pcm) throws Unavailable {
        SourceDataLine l = open();
        l.start();
        l.write(pcm, 0, pcm.length);
        l.drain();
    }

    private SourceDataLine open() throws Unavailable {
        if (line != null) {
            return line;
        }
        try {
            SourceDataLine l = AudioSystem.getSourceDataLine(ToneSynth.FORMAT);
            l.open(ToneSynth.FORMAT);
            line = l;
            return l;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            // IllegalArgumentException is what Java Sound throws when there is no mixer at all.
            throw new Unavailable(e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        SourceDataLine l = line;
        if (l != null) {
            l.stop();
            l.flush();
        }
    }

    @Override
    public void close() {
        SourceDataLine l = line;
        if (l != null) {
            l.close();
        }
    }
}
