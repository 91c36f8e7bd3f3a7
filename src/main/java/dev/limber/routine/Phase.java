package dev.limber.routine;

import java.time.Duration;
import java.util.Optional;

/** One timed part of a cycle step, e.g. 20 minutes of heat. */
public record Phase(String name, Duration time, Optional<String> how, Optional<Tone> tone) {
}
