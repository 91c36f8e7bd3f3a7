package dev.limber.cue;

import dev.limber.plan.Segment;
import dev.limber.text.Sanitizer;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words limber speaks and notifies: short, in the order a person needs them ("Piriformis
 * stretch, left. 45 seconds"). All routine text passes {@link Sanitizer} here; the sinks then hand
 * it to other programs only through {@link ProgramText}.
 */
final class Phrases {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Phrases() {
    }

    /** What the segment is about: {@code Piriformis stretch, left, set 2 of 3} or {@code Heat, round 1 of 2}. */
    static String subject(Segment s) {
        StringBuilder b = new StringBuilder(clean(s.phase().orElse(s.name())));
        s.side().ifPresent(side -> b.append(", ").append(clean(side)));
        if (s.sets() > 1) {
            b.append(", set ").append(s.set()).append(" of ").append(s.sets());
        }
        s.round().filter(r -> r.of() > 1)
                .ifPresent(r -> b.append(", round ").append(r.number()).append(" of ").append(r.of()));
        return b.toString();
    }

    /** How long, as said aloud: {@code 45 seconds}, {@code 1 minute 30 seconds}, {@code 20 minutes}. */
    static String length(Duration d) {
        long s = Math.max(0, d.getSeconds() + (d.getNano() > 0 ? 1 : 0));
        StringBuilder b = new StringBuilder();
        unit(b, s / 3600, "hour");
        unit(b, s % 3600 / 60, "minute");
        unit(b, s % 60, "second");
        return b.length() == 0 ? "0 seconds" : b.toString();
    }

    /** The announcement when a segment starts, or empty when it says nothing (a switch pause). */
    static Optional<String> start(Segment s, Optional<Segment> next) {
        String len = s.length().map(Phrases::length).orElse("");
        return switch (s.kind()) {
            case PREPARE -> Optional.of("Get ready: " + subject(s));
            case WORK, PHASE -> Optional.of(subject(s) + ". " + len);
            case REPS -> Optional.of(subject(s) + ". " + reps(s.reps().orElseThrow().target()));
            case NOTE -> Optional.of(subject(s));
            case SWITCH, SWAP -> Optional.empty();
            case SET_REST, REST -> Optional.of("Rest " + len + next.map(n -> ". Next: " + subject(n)).orElse(""));
        };
    }

    private static String reps(int n) {
        return n + (n == 1 ? " rep" : " reps");
    }

    static String clean(String text) {
        return SPACES.matcher(Sanitizer.line(text).strip()).replaceAll(" ");
    }

    private static void unit(StringBuilder b, long n, String name) {
        if (n == 0) {
            return;
        }
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(n).append(' ').append(name).append(n == 1 ? "" : "s");
    }
}
