package dev.limber.routine;

import java.time.Duration;
import java.util.Optional;

/**
 * One timed part of a cycle step, e.g. 20 minutes of heat.
 *
 * @param skinCheck this phase's skin-check interval; empty to use the cycle's
 * @param on what to do to start it, e.g. {@code Put the ice pack on} (said in the swap pause before it)
 * @param off what to do when it ends, e.g. {@code Take the ice pack off} (the alert at its end)
 * @param picture what it shows beside the countdown, e.g. the heat pack
 */
public record Phase(String name, Duration time, Optional<String> how, Optional<Tone> tone,
        Optional<SkinCheck> skinCheck, Optional<String> on, Optional<String> off, Optional<Picture> picture) {

    /** A phase without a picture. */
    public Phase(String name, Duration time, Optional<String> how, Optional<Tone> tone,
            Optional<SkinCheck> skinCheck, Optional<String> on, Optional<String> off) {
        this(name, time, how, tone, skinCheck, on, off, Optional.empty());
    }
}
