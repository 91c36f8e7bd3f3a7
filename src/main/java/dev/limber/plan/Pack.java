package dev.limber.plan;

import java.time.Duration;
import java.util.Optional;

/**
 * Heat or cold on the skin, in a warm or cold segment: what to do to put it on and to take it off,
 * and how often to remind a skin check. A swap pause carries the words of the change it is for:
 * {@code off} of the pack coming off, {@code on} of the one going on. Raw routine text: sanitize
 * before it reaches a terminal or a command.
 *
 * @param on e.g. {@code Put the ice pack on}
 * @param off e.g. {@code Take the ice pack off}
 * @param skinCheck the interval of "check your skin" reminders; empty for none
 */
public record Pack(String on, String off, Optional<Duration> skinCheck) {
    /** The alert when the segment ends: {@code Take the ice pack off now.} */
    public String offNow() {
        return off + " now.";
    }

    /** What a swap pause asks: {@code Take the heat pack off. Put the ice pack on, then press Enter.} */
    public String swap() {
        return off + ". " + on + ", then press Enter.";
    }
}
