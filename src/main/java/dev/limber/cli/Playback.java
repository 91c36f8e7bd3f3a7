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
import dev.limber.routine.Routine;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.SuspendAwareTicker;
import dev.limber.session.Ticker;
import dev.limber.text.Sanitizer;
import dev.limber.tui.Played;
import dev.limber.tui.Summary;
import dev.limber.tui.TerminalCheck;
import dev.limber.tui.TuiPlayer;
import dev.limber.tui.TuiScreen;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Plays a loaded routine with the player that fits the terminal and wires the session's events to
 * whoever listens: the full screen on a terminal, the plain player with {@code --plain} or
 * without one. The clock is the system's, made aware of suspend and scaled by {@code --speed}.
 * Around the play: targets raised by the journal, {@code --resume}, the pain check-in, the resume
 * file kept current, and the journal line at the end.
 */
final class Playback {
    private final Context context;
    private final RunOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Warnings held back while the full screen is open: printed on it they would be garbage. */
    private final List<String> heldWarnings = new ArrayList<>();
    private boolean holdWarnings;

    Playback(Context context, RunOptions options, CommandLine commandLine) {
        this.context = context;
        this.options = options;
        this.out = commandLine.getOut();
        this.err = commandLine.getErr();
    }

    /** How one session went, whichever player played it. */
    private record Outcome(Result result, OffsetDateTime startedAt, OffsetDateTime endedAt, OptionalInt before,
            OptionalInt after) {
    }

    int play(RoutineOpener.Opened opened) throws InterruptedException {
        return play(opened.routine(), options.plain ? Optional.empty() : fullScreen());
    }

    /**
     * Plays {@code routine} on {@code screen} (an open full screen, e.g. the picker's, which is
     * closed here), or with the plain player when there is none.
     */
    int play(Routine routine, Optional<TuiScreen> screen) throws InterruptedException {
        holdWarnings = screen.isPresent();
        Journal journal = new Journal(context.locations().journal());
        Progression progression = Progression.of(routine, () -> journal.readOrWarn(this::warn));
        Plan plan = Planner.plan(progression.routine());
        ResumeStore resumes = new ResumeStore(context.locations().resumeDir(), Clock.systemUTC());
        int start = options.resume ? resumeAt(plan, resumes) : 0;
        Consumer<Event> listener = new ResumeRecorder(resumes, plan, this::warn);

        Optional<Outcome> played = screen.isPresent()
                ? full(screen.get(), plan, start, listener, progression)
                : Optional.of(plain(plan, start, listener, progression));
        flushWarnings();
        if (played.isPresent() && !options.noJournal) {
            Outcome p = played.get();
            try {
                journal.append(SessionRecord.of(plan, p.result(), p.startedAt(), p.endedAt(), p.before(), p.after()));
            } catch (IOException e) {
                warn("could not write the journal " + journal.file() + ": " + e.getMessage());
            }
        }
        return 0;
    }

    private Outcome plain(Plan plan, int start, Consumer<Event> listener, Progression progression)
            throws InterruptedException {
        boolean painCheck = plan.routine().painCheck();
        OptionalInt before = painCheck ? ask(PainCheck.Lines.unbuffered(System.in)) : OptionalInt.empty();
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
        return new Outcome(result, startedAt, endedAt, before, after);
    }

    /**
     * The full-screen player: pain before, the session, pain after and the end screen on the same
     * screen; then, on the normal screen, a summary line and what goes up next time. Empty when
     * the person left at the first question (nothing was played, nothing to record).
     */
    private Optional<Outcome> full(TuiScreen screen, Plan plan, int start, Consumer<Event> listener,
            Progression progression) throws InterruptedException {
        boolean painCheck = plan.routine().painCheck();
        Ticker ticker = SuspendAwareTicker.system().scaled(options.speed);
        StopSignals.install(screen::interrupt);
        Outcome done;
        List<String> upNext;
        Summary summary;
        try (screen) {
            OptionalInt before = painCheck ? askOnScreen(screen) : OptionalInt.empty();
            if (screen.interrupted()) {
                return Optional.empty();
            }
            TuiPlayer player = new TuiPlayer(screen, ticker, options.speed, options.mute, listener, muted -> {
            });
            OffsetDateTime startedAt = OffsetDateTime.now();
            Played played = player.play(plan, start);
            OffsetDateTime endedAt = OffsetDateTime.now();
            upNext = progression.upNextTime(played.result());
            OptionalInt after = painCheck && !played.interrupted() ? askOnScreen(screen) : OptionalInt.empty();
            summary = Summary.of(plan, played.result(), upNext);
            if (played.result().completed() && !screen.interrupted()) {
                // a finished routine gets its end screen; after q or Ctrl-C the person wants out
                player.showSummary(summary);
            }
            done = new Outcome(played.result(), startedAt, endedAt, before, after);
        } catch (IOException e) {
            throw new CliError(1, "the terminal failed: " + e.getMessage());
        }
        out.println(summary.line());
        upNext.forEach(out::println);
        out.flush();
        return Optional.of(done);
    }

    /** The full screen, when this is a terminal that can show one; otherwise a one-line note. */
    private Optional<TuiScreen> fullScreen() {
        Optional<String> problem = TerminalCheck.problem();
        if (problem.isPresent()) {
            err.println(problem.get());
            err.flush();
            return Optional.empty();
        }
        try {
            return Optional.of(TuiScreen.open());
        } catch (IOException e) {
            warn("cannot open the full screen (" + e.getMessage() + "); playing line by line (--plain)");
            return Optional.empty();
        }
    }

    /** The pain question on the screen; Enter alone, Esc or Ctrl-C skip it. */
    private static OptionalInt askOnScreen(TuiScreen screen) throws IOException {
        String note = "";
        while (true) {
            Optional<String> typed = screen.ask(PainCheck.PROMPT, note);
            if (typed.isEmpty()) {
                return OptionalInt.empty();
            }
            PainCheck.Answer a = PainCheck.parse(typed.get());
            if (a instanceof PainCheck.Answer.Level l) {
                return OptionalInt.of(l.value());
            }
            if (!(a instanceof PainCheck.Answer.Invalid i)) {
                return OptionalInt.empty();
            }
            note = i.message();
        }
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
        say("Resuming at step " + p.step() + "/" + p.stepCount() + ": " + Sanitizer.line(p.segmentName()));
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

    /** A line for stdout; held back like a warning while the full screen is open. */
    private void say(String line) {
        if (holdWarnings) {
            heldWarnings.add(line);
        } else {
            out.println(line);
            out.flush();
        }
    }

    private void warn(String message) {
        String line = "limber: " + Sanitizer.line(message);
        if (holdWarnings) {
            heldWarnings.add(line);
            return;
        }
        err.println(line);
        err.flush();
    }

    private void flushWarnings() {
        holdWarnings = false;
        heldWarnings.forEach(err::println);
        heldWarnings.clear();
        err.flush();
    }
}
