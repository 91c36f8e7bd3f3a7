package dev.limber.play;

import dev.limber.cue.Cues;
import dev.limber.plan.Plan;
import dev.limber.session.Command;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.Session;
import dev.limber.session.Start;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A stage with nobody at a terminal: it answers questions from a script, plays the session on the
 * engine by a fake clock, and remembers what it was asked and told.
 */
public final class FakeStage implements Stage {
    /** How the person plays a session, on the engine's own clock (nanos from 0). */
    @FunctionalInterface
    public interface Person {
        void play(Session session, Consumer<List<Event>> emit);
    }

    /** Lets every countdown run out, a second at a time, and stops each alert as it sounds. */
    public static final Person THROUGH = (s, emit) -> {
        for (long at = 0; !s.isFinished() && at < 36_000_000_000_000L; at += 1_000_000_000L) {
            emit.accept(s.tick(at));
            if (s.alerting()) {
                emit.accept(s.apply(Command.ACKNOWLEDGE, at));
            }
        }
    };

    /** Plays {@code seconds}, then quits. */
    static Person quitsAfter(long seconds) {
        return (s, emit) -> {
            long at = seconds * 1_000_000_000L;
            emit.accept(s.tick(at));
            emit.accept(s.apply(Command.QUIT, at));
        };
    }

    public final List<String> asked = new ArrayList<>();
    public final List<String> painAsked = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();
    public final List<String> summary = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final List<Plan> played = new ArrayList<>();
    public final List<Boolean> kept = new ArrayList<>();
    private final Deque<Optional<Boolean>> answers = new ArrayDeque<>();
    private final Deque<OptionalInt> pain = new ArrayDeque<>();
    private final Person person;

    public FakeStage(Person person) {
        this.person = person;
    }

    /** The next yes/no answer; without one a question goes unanswered (as on the plain stage). */
    public FakeStage answering(boolean yes) {
        answers.add(Optional.of(yes));
        return this;
    }

    FakeStage pain(int... levels) {
        for (int l : levels) {
            pain.add(OptionalInt.of(l));
        }
        return this;
    }

    @Override
    public Optional<Boolean> confirm(String question, boolean yes) {
        asked.add(question);
        return answers.isEmpty() ? Optional.empty() : answers.poll();
    }

    @Override
    public boolean wantsOut() {
        return false;
    }

    @Override
    public OptionalInt askPain(String question) {
        painAsked.add(question);
        return pain.isEmpty() ? OptionalInt.empty() : pain.poll();
    }

    @Override
    public Result play(Plan plan, Start start, Consumer<Event> listener, Cues cues, boolean kept) {
        played.add(plan);
        this.kept.add(kept);
        Session session = new Session(plan, start);
        session.start(0).forEach(listener);
        person.play(session, events -> events.forEach(listener));
        return session.result();
    }

    @Override
    public void summarize(Plan plan, Result result, List<String> notes) {
        summary.addAll(notes);
    }

    @Override
    public void note(String line) {
        notes.add(line);
    }

    @Override
    public void warn(String line) {
        warnings.add(line);
    }

    @Override
    public void close() {
    }
}
