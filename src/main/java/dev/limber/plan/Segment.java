package dev.limber.plan;

import dev.limber.routine.Tempo;
import dev.limber.routine.Tone;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing the player does in turn: a countdown, a rep counter, a note, or a pause between them.
 * Pauses (prepare, switch, set rest, rest, swap) belong to the step they lead into or follow, so their
 * {@code name} is that step's name.
 *
 * @param index position in the plan, from 0
 * @param step index of the routine step this segment comes from, from 0
 * @param side the side being worked (for SWITCH: the side about to be worked)
 * @param set 1-based set number (for SET_REST: the set about to start); 1 of 1 without sets
 * @param round 1-based cycle round, 0 outside cycles
 * @param phase the cycle phase name (for SWAP: the phase about to start)
 * @param length how long it lasts; empty when it waits for the user (tapped reps, a note)
 * @param reps the rep target of a REPS segment, 0 otherwise
 * @param pack for warm and cold work: the heat or cold on the skin; for SWAP: the packs it changes
 */
public record Segment(
        int index,
        Kind kind,
        int step,
        String name,
        Optional<String> side,
        int set,
        int sets,
        int round,
        int rounds,
        Optional<String> phase,
        Optional<Duration> length,
        int reps,
        Optional<Tempo> tempo,
        Tone tone,
        Optional<String> how,
        Optional<Pack> pack) {

    /** What a segment is. */
    public enum Kind {
        PREPARE, WORK, REPS, PHASE, NOTE, SWITCH, SET_REST, REST,
        /** Between two phases of a cycle, to change packs: a countdown, or it waits for Enter. */
        SWAP;

        /** True for the pauses that come between things. */
        public boolean isPause() {
            return this == PREPARE || this == SWITCH || this == SET_REST || this == REST || this == SWAP;
        }
    }

    public boolean isPause() {
        return kind.isPause();
    }

    /** True when the segment counts down (it has a planned length). */
    public boolean isTimed() {
        return length.isPresent();
    }

    public Segment withIndex(int i) {
        return new Segment(i, kind, step, name, side, set, sets, round, rounds, phase, length, reps, tempo, tone, how,
                pack);
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
        StringBuilder b = new StringBuilder(phase.map(p -> ": " + p).orElse(""));
        side.ifPresent(s -> b.append(" — ").append(s.toUpperCase(Locale.ROOT)));
        if (sets > 1) {
            b.append(" · set ").append(set).append('/').append(sets);
        }
        if (rounds > 1) {
            b.append(" · round ").append(round).append('/').append(rounds);
        }
        return b.toString();
    }

    /**
     * The end of {@link #title()} that must survive when a long name is cut ({@code — LEFT · set
     * 1/2}, {@code : Ice · round 2/3}); empty for the pauses, whose titles are short.
     */
    public String titleEnd() {
        return switch (kind) {
            case SWITCH, SET_REST, REST, SWAP -> "";
            default -> labelEnd();
        };
    }

    /** What the screen calls this segment: the label for work, or what the pause is for. */
    public String title() {
        return switch (kind) {
            case PREPARE -> "Get ready: " + label();
            case SWITCH -> "Switch sides" + side.map(s -> " → " + s.toUpperCase(Locale.ROOT)).orElse("");
            case SET_REST -> "Rest before set " + set + "/" + sets;
            case REST -> "Rest";
            case SWAP -> "Swap → " + phase.orElse(name);
            default -> label();
        };
    }
}
