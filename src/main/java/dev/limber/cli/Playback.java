package dev.limber.cli;

import dev.limber.journal.Journal;
import dev.limber.journal.PainCheck;
import dev.limber.journal.Progression;
import dev.limber.journal.ResumePoint;
import dev.limber.journal.ResumeRecorder;
import dev.limber.journal.ResumeStore;
import dev.limber.journal.SessionRecord;
import dev.limber.plain.PlainLoop;
import dev.limber.plain.PlainPlayer;
import dev.limber.plain.StopSignals;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.SuspendAwareTicker;
import dev.limber.session.Ticker;
import dev.limber.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.OptionalInt;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Plays a loaded routine with the player that fits the terminal and wires the session's events to
 * whoever listens. The clock is the system's, made aware of suspend and scaled by {@code --speed}.
 * Around the play: targets raised by the journal, {@code --resume}, the pain check-in, the resume
 * file kept current, and the journal line at the end.
 */
final class Playback {
    private final Context context;
    private final RunOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    Playback(Context context, RunOptions options, CommandLine commandLine) {
        this.context = context;
        this.options = options;
        this.out = commandLine.getOut();
        this.err = commandLine.getErr();
    }

    int play(RoutineOpener.Opened opened) throws InterruptedException {
        Journal journal = new Journal(context.locations().journal());
        Progression progression = Progression.of(opened.routine(), () -> journal.readOrWarn(this::warn));
        Plan plan = Planner.plan(progression.routine());
        ResumeStore resumes = new ResumeStore(context.locations().resumeDir(), Clock.systemUTC());
        int start = options.resume ? resumeAt(plan, resumes) : 0;
        boolean painCheck = plan.routine().painCheck();
        OptionalInt before = painCheck ? ask(PainCheck.Lines.unbuffered(System.in)) : OptionalInt.empty();

        Consumer<Event> listener = new ResumeRecorder(resumes, plan, this::warn);
        Ticker ticker = SuspendAwareTicker.system().scaled(options.speed);
        PlainPlayer player = new PlainPlayer(plan, start, out, listener, () -> {
        });
        PlainLoop loop = new PlainLoop(player, ticker, options.speed);
        StopSignals.install(loop::interrupt);
        OffsetDateTime startedAt = OffsetDateTime.now();
        Result result = loop.run(System.in);
        OffsetDateTime endedAt = OffsetDateTime.now();

        progression.upNextTime(result).forEach(out::println);
        out.flush();
        OptionalInt after = painCheck ? ask(() -> nextLine(loop)) : OptionalInt.empty();
        if (!options.noJournal) {
            try {
                journal.append(SessionRecord.of(plan, result, startedAt, endedAt, before, after));
            } catch (IOException e) {
                warn("could not write the journal " + journal.file() + ": " + e.getMessage());
            }
        }
        return 0;
    }

    /** The segment to start at for {@code --resume}, or 0 with a line saying why not. */
    private int resumeAt(Plan plan, ResumeStore resumes) {
        ResumeStore.Lookup found = resumes.find(plan);
        found.note().ifPresent(this::warn);
        if (found.point().isEmpty()) {
            if (found.note().isEmpty()) {
                warn("no unfinished session of " + plan.routine().id() + " to resume; starting from the beginning");
            }
            return 0;
        }
        ResumePoint p = found.point().get();
        out.println("Resuming at step " + p.step() + "/" + p.stepCount() + ": " + Sanitizer.line(p.segmentName()));
        out.flush();
        return p.segment();
    }

    private OptionalInt ask(PainCheck.Lines lines) {
        try {
            return PainCheck.ask(lines, out);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    private static String nextLine(PlainLoop loop) {
        try {
            return loop.nextLine();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void warn(String message) {
        err.println("limber: " + Sanitizer.line(message));
        err.flush();
    }
}
