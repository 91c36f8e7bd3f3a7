package dev.limber.routine;

import java.util.Locale;
import java.util.Optional;

/** The mood of a step or phase: picks its colour on screen and the character of its cues. */
public enum Tone {
    WARM, COLD, WORK, REST;

    /** The word used in routine files: {@code warm}, {@code cold}, {@code work}, {@code rest}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Tone> fromWord(String word) {
        for (Tone t : values()) {
            if (t.word().equals(word)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
