package dev.limber.session;

/** Where a session stands. */
public enum State {
    /** Counting down or pacing reps. */
    RUNNING,
    /** Waiting for the user: a tapped reps counter or a note. Time still counts as active. */
    WAITING,
    /** Paused by the user: the only thing that stops time. */
    PAUSED,
    /** Finished or quit; nothing more happens. */
    FINISHED
}
