package dev.limber.routine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /** A beat playing, and how long it has still to go. */
    public record Now(Beat beat, Duration left) {
    }

    /** The beat playing {@code spent} into a paced set (reps follow each other); empty if a rep lasts no time. */
    public Optional<Now> at(Duration spent) {
        long per = perRep().toNanos();
        if (per <= 0) {
            return Optional.empty();
        }
        long within = Math.max(0, spent.toNanos()) % per;
        for (Beat b : beats) {
            long len = b.length().toNanos();
            if (within < len) {
                return Optional.of(new Now(b, Duration.ofNanos(len - within)));
            }
            within -= len;
        }
        return Optional.empty();
    }
}
