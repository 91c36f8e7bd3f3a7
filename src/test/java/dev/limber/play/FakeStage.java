package dev.limber.play;

import dev.limber.cue.Cues;
import dev.limber.plan.Plan;
import dev.limber.session.Command;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.Session;
import dev.limber.session.Start;
import java.util.ArrayDeque;
import dev.limber.term.Answer;
import dev.limber.term.Question;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
    public final List<Start> starts = new ArrayList<>();
    public final List<Boolean> kept = new ArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final Deque<Answer> pain = new ArrayDeque<>();
    private final Person person;
    private boolean leaves;
    private boolean left;

    public FakeStage(Person person) {
        this.person = person;
    }

    /** The next yes/no answer; without one a question goes unanswered (as on the plain stage). */
    public FakeStage answering(boolean yes) {
        return answering(yes ? new Answer.Yes() : new Answer.No());
    }

    /** The next answer to a yes/no question, e.g. {@code Answer.Closed} for Esc. */
    public FakeStage answering(Answer answer) {
        answers.add(answer);
        return this;
    }

    /** Leaves at the next yes/no question, as Ctrl-C does: unanswered, and out. */
    public FakeStage leaving() {
        leaves = true;
        return this;
    }

    FakeStage pain(int... levels) {
        for (int l : levels) {
            pain.add(new Answer.Level(l));
        }
        return this;
    }

    @Override
    public Answer ask(Question question) {
        if (question.kind() == Question.Kind.LEVEL) {
            painAsked.add(question.prompt());
            return pain.isEmpty() ? new Answer.None() : pain.poll();
        }
        asked.add(question.prompt());
        if (leaves) {
            left = true;
            return new Answer.None();
        }
        return answers.isEmpty() ? new Answer.None() : answers.poll();
    }

    @Override
    public boolean wantsOut() {
        return left;
    }


    @Override
    public Result play(Plan plan, Start start, Consumer<Event> listener, Cues cues, boolean kept) {
        played.add(plan);
        starts.add(start);
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
