package dev.limber.journal;

import java.util.Locale;
import java.util.Optional;

/**
 * How a session ended, as the journal says it: {@code done} when it reached its end with every
 * piece of work played (or cut short by a small margin), {@code partial} when it reached its end
 * with work skipped or cut, {@code quit} when it was stopped before its end.
 */
public enum Status {
    DONE, PARTIAL, QUIT;

    /** The word the journal, {@code history} and its csv and json use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for {@code word}; empty for a word this limber does not know. */
    static Optional<Status> of(String word) {
        for (Status s : values()) {
            if (s.word().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
