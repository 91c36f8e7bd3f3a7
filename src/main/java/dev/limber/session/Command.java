package dev.limber.session;

/** What a person can ask of a running session; both players map their keys or lines to these. */
public enum Command {
    /** Pause, or resume if paused. */
    TOGGLE_PAUSE,
    /**
     * Skip the rest of this step (every set and side left) to the next one; in a cycle, to the
     * next phase; from a pause, to the work after it.
     */
    NEXT,
    /**
     * Back to the start of this step (its get-ready included; in a cycle, of this phase), or to
     * the previous step's start within the first 2 s of its work.
     */
    BACK,
    /** Add 10 s to the running countdown. */
    ADD_TIME,
    /** Remove 10 s from the running countdown. */
    REMOVE_TIME,
    /** Count a rep, finish a reps step early, or continue from a note. */
    ENTER,
    /** End the session early; it is not completed. */
    QUIT,
    /**
     * A person is there: stops a repeating alert. The players send it for every key or line a
     * person gives, before what the key does, so any key stops the alert.
     */
    ACKNOWLEDGE
}
