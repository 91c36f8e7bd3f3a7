package dev.limber.play;

import dev.limber.load.Problem;
import dev.limber.routine.Routine;
import dev.limber.session.Ticker;
import java.util.List;
import java.util.Map;

/**
 * What a command asks of {@link PlaySession}: which routine with which parameters, how to play it
 * and where. Each command ({@code run}, {@code heat-ice}, the picker) only builds one of these.
 *
 * @param routine opens the routine, once, with the parameters the session will use
 * @param given the parameters given on the command line ({@code --set}, {@code heat-ice --heat})
 * @param speed the {@code --speed} factor
 * @param mute {@code --mute}
 * @param resume {@code --resume}
 * @param noJournal {@code --no-journal}
 * @param gate asked about the opened routine before any stage opens; false starts nothing
 * @param stage opens the stage the session plays on, once the routine is open
 */
public record PlayRequest(Opener routine, Map<String, String> given, double speed, boolean mute, boolean resume,
        boolean noJournal, Gate gate, StageOpener stage) {
    public PlayRequest {
        given = Map.copyOf(given);
    }

    /** A routine ready to play, and its warnings (already shown where the stage could not show them). */
    public record Opened(Routine routine, List<Problem> warnings) {
    }

    /** Finds and loads the routine; a routine that does not load ends the command (an exception of its own). */
    public interface Opener {
        /** The routine's id, known before it is loaded: its resume point is looked up by it. */
        String id();

        /** Loads it with {@code overrides} for its params. */
        Opened open(Map<String, String> overrides);

        /**
         * Loads it with the params an unfinished session was played with: those the routine no
         * longer declares are left out.
         */
        Opened openAsPlayed(Map<String, String> played);
    }

    /** A command's own question about the routine before it plays ({@code heat-ice}: heat over 30 minutes). */
    @FunctionalInterface
    public interface Gate {
        Gate OPEN = r -> true;

        boolean lets(Routine routine);
    }

    /** Opens the stage, on the clock the session will play by (already scaled by {@code --speed}). */
    @FunctionalInterface
    public interface StageOpener {
        Stage open(Ticker ticker);
    }

    /** What this request keeps and asks. */
    Policy policy() {
        return new Policy(speed, noJournal);
    }
}
