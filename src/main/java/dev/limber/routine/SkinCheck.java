package dev.limber.routine;

import java.time.Duration;
import java.util.Optional;

/**
 * How often a warm or cold phase reminds the person to check their skin: {@code skin-check = 5m}
 * (the default), or {@code off}.
 *
 * @param every the interval; empty when off
 */
public record SkinCheck(Optional<Duration> every) {
    public static final SkinCheck OFF = new SkinCheck(Optional.empty());
    /** What issue 5 promised: a reminder every 5 minutes of heat or cold. */
    public static final SkinCheck DEFAULT = every(Duration.ofMinutes(5));

    public static SkinCheck every(Duration interval) {
        return new SkinCheck(Optional.of(interval));
    }
}
