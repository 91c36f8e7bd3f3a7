package dev.limber.cue;

/** Where synthesized PCM (in {@link ToneSynth#FORMAT}) is played; the real one is {@link LineOut}. */
interface AudioOut {
    /**
     * Plays the samples and returns when they have been heard.
     *
     * @throws Unavailable when there is no audio device to play on
     */
    void play(byte[] pcm) throws Unavailable;

    /** Cuts off what is playing, from another thread. */
    void stop();

    void close();

    /** No audio device, or it cannot take our format. */
    final class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
