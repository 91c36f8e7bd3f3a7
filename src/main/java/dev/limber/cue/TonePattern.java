package dev.limber.cue;

import java.util.List;

/**
 * The tone patterns limber plays, each shaped to be told apart without looking: by the number of
 * notes, their direction (rising, falling, alternating, flat), their pitch and their length. The
 * notes are data so a test can check what the synthesizer made of them.
 */
public enum TonePattern {
    /** A step begins: two notes rising, "go". */
    STEP_START(true, note(660, 120, 40), note(880, 160, 0)),
    /** Each of the last three seconds: one short high pip. */
    COUNTDOWN(true, note(1000, 100, 0)),
    /** Half the time has passed: two equal pips, lower than the countdown. */
    HALFWAY(true, note(784, 90, 90), note(784, 90, 0)),
    /** Change sides: high and low alternating, "ping-pong". */
    SWITCH_SIDES(true, note(880, 90, 30), note(587, 90, 30), note(880, 90, 30), note(587, 90, 0)),
    /** A cycle moves to its next phase (heat to ice): three slow falling notes. */
    PHASE_CHANGE(true, note(784, 200, 40), note(659, 200, 40), note(523, 240, 0)),
    /** A rep or a tempo beat: one soft, very short tick. No bell: it would be too much. */
    REP(false, soft(1200, 30, 0)),
    /** The routine is done: a rising arpeggio ending on a held note. */
    FINISH(true, note(523, 120, 20), note(659, 120, 20), note(784, 120, 20), note(1047, 400, 0)),
    /** A gentle reminder during heat or cold to check the skin: two long, soft, low notes. */
    SKIN_CHECK(true, soft(440, 300, 150), soft(440, 300, 0)),
    /**
     * Heat or cold is over and the pack is still on: four quick beeps, higher than anything else,
     * like an alarm clock, repeated until a key is pressed.
     */
    ALERT(true, note(1319, 80, 60), note(1319, 80, 60), note(1319, 80, 60), note(1319, 80, 0));

    /** One tone: its pitch, how long it sounds, the silence after it, and its loudness 0..1. */
    public record Note(double hz, int millis, int gapMillis, double level) {
    }

    private final boolean bell;
    private final List<Note> notes;

    TonePattern(boolean bell, Note... notes) {
        this.bell = bell;
        this.notes = List.of(notes);
    }

    public List<Note> notes() {
        return notes;
    }

    /** Whether the terminal-bell fallback rings for this pattern (not for rep ticks). */
    public boolean ringsBell() {
        return bell;
    }

    /** The whole pattern's length, notes and gaps. */
    public int millis() {
        return notes.stream().mapToInt(n -> n.millis() + n.gapMillis()).sum();
    }

    private static Note note(double hz, int millis, int gap) {
        return new Note(hz, millis, gap, 0.5);
    }

    private static Note soft(double hz, int millis, int gap) {
        return new Note(hz, millis, gap, 0.25);
    }
}
