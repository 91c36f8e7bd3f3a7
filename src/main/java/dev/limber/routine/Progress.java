package dev.limber.routine;

import java.time.Duration;

/** How a timed step grows: {@code add} more after each session that completed it in full, up to {@code max}. */
public record Progress(Duration add, Duration max) {
}
