package dev.limber.play;

import dev.limber.cue.Cues;
import dev.limber.plan.Plan;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.Start;
import dev.limber.term.Answer;
import dev.limber.term.Question;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a session is shown and questions are asked: the full screen ({@code tui.ScreenStage}) or
 * plain lines ({@code plain.PlainStage}). {@link PlaySession} says what happens around a session;
 * a stage says how it looks.
 */
public interface Stage extends AutoCloseable {
    /**
     * Asks {@code question}; {@link Answer.None} where this stage does not ask it (the plain player
     * asks only the pain question, as its stdin is also the player's commands), nobody answers, or
     * the person left ({@link #wantsOut()} tells which).
     */
    Answer ask(Question question);

    /** True once the person asked to leave (Ctrl-C at a question, SIGTERM): play nothing more. */
    boolean wantsOut();

    /**
     * Plays {@code plan} from {@code start}; every event goes to {@code listener}; {@code m} mutes
     * {@code cues}. {@code kept}: whether the journal keeps this session, so quitting says what it saves.
     */
    Result play(Plan plan, Start start, Consumer<Event> listener, Cues cues, boolean kept) throws InterruptedException;

    /** True when the session just played had nobody at the keys (stdin closed, taps simulated). */
    default boolean unattended() {
        return false;
    }

    /** Shows how the session went; {@code notes} are extra lines such as what goes up next time. */
    void summarize(Plan plan, Result result, List<String> notes);

    /** A line for the person about the session ("Resuming at step 3/9 ..."). */
    void note(String line);

    /** A quiet line about limber itself (a missing tool, a journal line skipped), kept out of the session's output. */
    void warn(String line);

    /** Leaves the stage, restoring the terminal. Never throws. */
    @Override
    void close();
}
