package dev.limber.plan;

import dev.limber.routine.Picture;
import dev.limber.routine.Tempo;
import dev.limber.routine.Tone;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing the player does in turn: a countdown, a rep counter, a cycle phase, a note, or a pause
 * between them. What every kind has is here; what only one kind has is in its {@link Body}.
 * Pauses (prepare, switch, set rest, rest, swap) belong to the step they lead into or follow, so
 * their {@code name} is that step's name.
 *
 * @param index position in the plan, from 0
 * @param step index of the routine step this segment comes from, from 0
 * @param side the side being worked (for a switch: the side about to be worked)
 * @param set 1-based set number (for a set rest: the set about to start); 1 of 1 without sets
 * @param how what to do, from the routine; pauses have none
 * @param picture what to show beside the countdown: the step's or phase's picture, on its work and
 *     on the pauses that lead into it (get ready, switch sides, set rest, a cycle's swap)
 */
public record Segment(
        int index,
        int step,
        String name,
        Optional<String> side,
        int set,
        int sets,
        Tone tone,
        Optional<String> how,
        Optional<Picture> picture,
        Body body) {

    /**
     * What only one kind of segment has. Each kind says what it is and how long it lasts (Java 17
     * has no switch over sealed types, so the compiler checks every kind here instead).
     */
    public sealed interface Body permits Countdown, Reps, Phase, Note, Pause, Swap {
        Kind kind();

        /** How long it lasts; empty when it waits for the user. */
        Optional<Duration> length();

        /** The heat or cold on the skin, or the packs a swap changes; empty for the rest. */
        default Optional<Pack> pack() {
            return Optional.empty();
        }
    }

    /** Timed work: a hold or a stretch. */
    public record Countdown(Duration time, Optional<Pack> pack) implements Body {
        @Override
        public Kind kind() {
            return Kind.WORK;
        }

        @Override
        public Optional<Duration> length() {
            return Optional.of(time);
        }
    }

    /** A rep counter: tapped by the user, or paced by a tempo (then it lasts {@code target} reps of it). */
    public record Reps(int target, Optional<Tempo> tempo) implements Body {
        @Override
        public Kind kind() {
            return Kind.REPS;
        }

        @Override
        public Optional<Duration> length() {
            return tempo.map(t -> t.perRep().multipliedBy(target));
        }
    }

    /** One phase of one round of a cycle, e.g. the heat of round 1 of 2. */
    public record Phase(String phase, Round round, Duration time, Optional<Pack> pack) implements Body {
        @Override
        public Kind kind() {
            return Kind.PHASE;
        }

        @Override
        public Optional<Duration> length() {
            return Optional.of(time);
        }
    }

    /** Text to read that waits for the user. */
    public record Note() implements Body {
        @Override
        public Kind kind() {
            return Kind.NOTE;
        }

        @Override
        public Optional<Duration> length() {
            return Optional.empty();
        }
    }

    /** A rest between things: before a step, between sides, between sets, after a step. */
    public record Pause(Why why, Duration time) implements Body {
        /** What a pause is for. */
        public enum Why { PREPARE, SWITCH, SET_REST, REST }

        @Override
        public Kind kind() {
            return switch (why) {
                case PREPARE -> Kind.PREPARE;
                case SWITCH -> Kind.SWITCH;
                case SET_REST -> Kind.SET_REST;
                case REST -> Kind.REST;
            };
        }

        @Override
        public Optional<Duration> length() {
            return Optional.of(time);
        }
    }

    /**
     * Between two phases of a cycle, to change packs: a countdown, or it waits for Enter (no
     * length). It names the phase and round about to start and carries the words of the change.
     */
    public record Swap(String phase, Round round, Optional<Duration> length, Pack packs) implements Body {
        @Override
        public Kind kind() {
            return Kind.SWAP;
        }

        @Override
        public Optional<Pack> pack() {
            return Optional.of(packs);
        }
    }

    /** A 1-based cycle round: {@code number} of {@code of}. */
    public record Round(int number, int of) {
    }

    /** What a segment is, as the journal and the plan's text name it. */
    public enum Kind {
        PREPARE, WORK, REPS, PHASE, NOTE, SWITCH, SET_REST, REST,
        /** Between two phases of a cycle, to change packs: a countdown, or it waits for Enter. */
        SWAP;

        /** True for the pauses that come between things. */
        public boolean isPause() {
            return this == PREPARE || this == SWITCH || this == SET_REST || this == REST || this == SWAP;
        }
    }

    public Kind kind() {
        return body.kind();
    }

    public boolean isPause() {
        return body instanceof Pause || body instanceof Swap;
    }

    /** How long it lasts; empty when it waits for the user (tapped reps, a note, a swap that waits). */
    public Optional<Duration> length() {
        return body.length();
    }

    /** True when the segment counts down (it has a planned length). */
    public boolean isTimed() {
        return length().isPresent();
    }

    /** For warm and cold work: the heat or cold on the skin; for a swap: the packs it changes. */
    public Optional<Pack> pack() {
        return body.pack();
    }

    /** The cycle phase name (for a swap: the phase about to start); empty outside cycles. */
    public Optional<String> phase() {
        if (body instanceof Phase p) {
            return Optional.of(p.phase());
        }
        return body instanceof Swap s ? Optional.of(s.phase()) : Optional.empty();
    }

    /** The cycle round (for a swap: the round about to start); empty outside cycles. */
    public Optional<Round> round() {
        if (body instanceof Phase p) {
            return Optional.of(p.round());
        }
        return body instanceof Swap s ? Optional.of(s.round()) : Optional.empty();
    }

    /** The rep counter of a reps segment; empty for every other kind. */
    public Optional<Reps> reps() {
        return body instanceof Reps r ? Optional.of(r) : Optional.empty();
    }

    /** The tempo of paced reps; empty for every other segment. */
    public Optional<Tempo> tempo() {
        return reps().flatMap(Reps::tempo);
    }

    public Segment withIndex(int i) {
        return new Segment(i, step, name, side, set, sets, tone, how, picture, body);
    }

    /**
     * The work this segment is about, e.g. {@code Piriformis stretch — LEFT · set 1/2} or
     * {@code Heat · round 1/2}. Raw routine text: sanitize before it reaches a terminal.
     */
    public String label() {
        return name + labelEnd();
    }

    /** The end of the label that tells this part from its siblings: phase, side, set, round. */
    private String labelEnd() {
        StringBuilder b = new StringBuilder(phase().map(p -> ": " + p).orElse(""));
        side.ifPresent(s -> b.append(" — ").append(s.toUpperCase(Locale.ROOT)));
        if (sets > 1) {
            b.append(" · set ").append(set).append('/').append(sets);
        }
        round().filter(r -> r.of() > 1)
                .ifPresent(r -> b.append(" · round ").append(r.number()).append('/').append(r.of()));
        return b.toString();
    }

    /**
     * The end of {@link #title()} that must survive when a long name is cut ({@code — LEFT · set
     * 1/2}, {@code : Ice · round 2/3}); empty for the pauses, whose titles are short.
     */
    public String titleEnd() {
        return switch (kind()) {
            case SWITCH, SET_REST, REST, SWAP -> "";
            default -> labelEnd();
        };
    }

    /** What the screen calls this segment: the label for work, or what the pause is for. */
    public String title() {
        return switch (kind()) {
            case PREPARE -> "Get ready: " + label();
            case SWITCH -> "Switch sides" + side.map(s -> " → " + s.toUpperCase(Locale.ROOT)).orElse("");
            case SET_REST -> "Rest before set " + set + "/" + sets;
            case REST -> "Rest";
            case SWAP -> "Swap → " + phase().orElse(name);
            default -> label();
        };
    }
}
