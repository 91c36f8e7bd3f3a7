package dev.limber.cue;

import dev.limber.session.Ticker;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Plays tone patterns through the audio device, or rings the terminal bell where there is no
 * device (or tones are off in settings). Each pattern is rendered once, on the tone thread when it
 * first plays: a few milliseconds there, instead of the whole set on the player's way to its first
 * frame.
 */
final class ToneSink implements CueSink {
    private static final int QUEUE = 8;

    private final Optional<AudioOut> audio;
    private final Optional<Bell> bell;
    private final Consumer<String> notes;
    /** Only the lane's thread touches it. */
    private final Map<TonePattern, byte[]> rendered = new EnumMap<>(TonePattern.class);
    private final Lane lane;
    private volatile boolean audioWorks;
    private volatile boolean bellWorks;

    /**
     * @param audio where tones play; empty when {@code sound = false}
     * @param bell the fallback; empty when {@code bell = false}
     */
    ToneSink(Optional<AudioOut> audio, Optional<Bell> bell, Ticker clock, long staleAfterNanos, Consumer<String> notes) {
        this.audio = audio;
        this.bell = bell;
        this.notes = notes;
        this.audioWorks = audio.isPresent();
        this.bellWorks = bell.isPresent();
        this.lane = new Lane("tone", QUEUE, clock, staleAfterNanos, this::perform,
                e -> notes.accept("Tones stopped working: " + e));
    }

    @Override
    public void offer(Cue cue, long at) {
        if (cue instanceof Cue.Tone && (audioWorks || bellWorks)) {
            lane.offer(cue, at);
        }
    }

    private void perform(Lane.Item item) {
        TonePattern pattern = ((Cue.Tone) item.cue()).pattern();
        if (audioWorks) {
            try {
                audio.get().play(rendered.computeIfAbsent(pattern, ToneSynth::render));
                return;
            } catch (AudioOut.Unavailable e) {
                audioWorks = false;
                notes.accept(bellWorks ? "No audio device: cues use the terminal bell" : "No audio device: tones are off");
            }
        }
        if (bellWorks && pattern.ringsBell()) {
            try {
                bell.get().ring();
            } catch (IOException e) {
                bellWorks = false;
                notes.accept("No terminal for the bell: tones are off");
            }
        }
    }

    @Override
    public void hush() {
        lane.clear();
        audio.ifPresent(AudioOut::stop);
    }

    @Override
    public void close(long graceMillis) {
        lane.close(graceMillis);
        audio.ifPresent(AudioOut::close);
    }

    long dropped() {
        return lane.dropped();
    }
}
