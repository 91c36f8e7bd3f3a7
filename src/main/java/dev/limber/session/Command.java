package dev.limber.session;

/** What a person can ask of a running session; both players map their keys or lines to these. */
public enum Command {
    /** Pause, or resume if paused. */
    TOGGLE_PAUSE,
    /** Skip the rest of this step (a pause: to the next step's work). */
    NEXT,
    /**
     * Back to the start of this side (or set) of the step, then of the step, then of the step
     * before, each when already at (or within 2 s of) the start of the one before.
     */
    BACK,
    /** Add 10 s to the running countdown. */
    ADD_TIME,
    /** Remove 10 s from the running countdown. */
    REMOVE_TIME,
    /** Count one more tapped rep. */
    ADD_REP,
    /** Take back the last tapped rep (a tap too many). */
    REMOVE_REP,
    /**
     * Count a rep, continue from a note, or finish a paced reps step early: that one asks for a
     * second press within a few seconds, so one stray press does not end the step.
     */
    ENTER,
    /** End the session early; it is not completed. */
    QUIT,
    /**
     * A person is there: stops a repeating alert. The players send it for every key or line a
     * person gives, before what the key does, so any key stops the alert.
     */
    ACKNOWLEDGE
}
