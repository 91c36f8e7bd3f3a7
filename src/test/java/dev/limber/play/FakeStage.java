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
final class FakeStage implements Stage {
    /** How the person plays a session, on the engine's own clock (nanos from 0). */
    @FunctionalInterface
    interface Person {
        void play(Session session, Consumer<List<Event>> emit);
    }

    /** Lets every countdown run out. */
    static final Person THROUGH = (s, emit) -> emit.accept(s.tick(3_600_000_000_000L));

    /** Plays {@code seconds}, then quits. */
    static Person quitsAfter(long seconds) {
        return (s, emit) -> {
            long at = seconds * 1_000_000_000L;
            emit.accept(s.tick(at));
            emit.accept(s.apply(Command.QUIT, at));
        };
    }

    final List<String> asked = new ArrayList<>();
    final List<String> painAsked = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> summary = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<Plan> played = new ArrayList<>();
    final List<Boolean> kept = new ArrayList<>();
    private final Deque<Optional<Boolean>> answers = new ArrayDeque<>();
    private final Deque<OptionalInt> pain = new ArrayDeque<>();
    private final Person person;

    FakeStage(Person person) {
        this.person = person;
    }

    /** The next yes/no answer; without one a question goes unanswered (as on the plain stage). */
    FakeStage answering(boolean yes) {
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
