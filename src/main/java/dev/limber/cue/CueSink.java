package dev.limber.cue;

/**
 * Performs cues of one kind (tones, speech, notifications) on its own thread. Every method returns
 * at once: a sink that is slow, hangs or fails never holds up the clock or the screen.
 */
public interface CueSink {
    /**
     * Hands over a cue due at engine time {@code at}; cues of kinds this sink does not perform are
     * ignored, and a cue that no longer fits in its bounded queue is dropped.
     */
    void offer(Cue cue, long at);

    /** Drops what is queued and stops what is playing (mute, quit). */
    void hush();

    /** Lets what is queued finish for up to {@code graceMillis}, then stops for good. */
    void close(long graceMillis);
}
