package dev.limber.routine;

import java.time.Duration;

/** One paced part of a rep: {@code up}, {@code hold} or {@code down} (or {@code rep} for a plain tempo). */
public record Beat(String name, Duration length) {
}
