package dev.limber.routine;

import java.time.Duration;
import java.util.List;

/**
 * How a paced rep is timed: a sequence of beats that together last one rep.
 * {@code tempo = 4s} is a single beat named {@code rep}; {@code tempo { up = 2s, hold = 1s, down = 2s }}
 * is three beats (zero-length beats are left out).
 */
public record Tempo(List<Beat> beats) {
    public Tempo {
        beats = List.copyOf(beats);
        if (beats.isEmpty()) {
            throw new IllegalArgumentException("a tempo needs at least one beat");
        }
    }

    public static Tempo single(Duration rep) {
        return new Tempo(List.of(new Beat("rep", rep)));
    }

    /** How long one rep lasts. */
    public Duration perRep() {
        Duration d = Duration.ZERO;
        for (Beat b : beats) {
            d = d.plus(b.length());
        }
        return d;
    }
}
