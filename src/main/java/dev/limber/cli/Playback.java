package dev.limber.cli;

import dev.limber.cue.Cues;
import dev.limber.journal.Journal;
import dev.limber.journal.Progression;
import dev.limber.journal.ResumePoint;
import dev.limber.journal.ResumeRecorder;
import dev.limber.journal.ResumeStore;
import dev.limber.journal.SessionRecord;
import dev.limber.load.Problem;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.routine.Routine;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.Start;
import dev.limber.session.SuspendAwareTicker;
import dev.limber.session.Ticker;
import dev.limber.settings.Settings;
import dev.limber.term.Answer;
import dev.limber.term.Question;
import dev.limber.text.Sanitizer;
import dev.limber.text.Why;
import dev.limber.tui.TerminalCheck;
import dev.limber.tui.TuiScreen;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Everything around playing one routine: targets raised by the journal, where to start
 * ({@code --resume}, or the full screen's offer), the pain check-in, cues, the resume file kept
 * current, the journal line at the end, and the summary. The clock is the system's, made aware of
 * suspend and scaled by {@code --speed}; the {@link Stage} decides how it all looks.
 */
final class Playback {
    private final Context context;
    private final RunOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Settings settings;

    Playback(Context context, RunOptions options, PrintWriter out, PrintWriter err, Settings settings) {
        this.context = context;
        this.options = options;
        this.out = out;
        this.err = err;
        this.settings = settings;
    }

    /** Plays on the full screen when there is a terminal, otherwise (or with --plain) line by line. */
    int play(RoutineOpener.Opened opened) throws InterruptedException {
        Ticker ticker = SuspendAwareTicker.system().scaled(options.speed);
        Optional<TuiScreen> screen = options.plain ? Optional.empty() : openScreen();
        try (Stage stage = screen.<Stage>map(s -> new ScreenStage(s, out, ticker, options.speed, options.mute, settings.pictures()))
                .orElseGet(() -> new PlainStage(out, err, System.in, ticker, options.speed))) {
            return play(opened.routine(), opened.warnings(), stage, ticker);
        }
    }

    /** Plays on a screen that is already open (the picker's); {@code warnings} are the routine's. */
    int play(Routine routine, List<Problem> warnings, TuiScreen screen) throws InterruptedException {
        Ticker ticker = SuspendAwareTicker.system().scaled(options.speed);
        try (Stage stage = new ScreenStage(screen, out, ticker, options.speed, options.mute, settings.pictures())) {
            return play(routine, warnings, stage, ticker);
        }
    }

    private int play(Routine loaded, List<Problem> warnings, Stage stage, Ticker ticker) throws InterruptedException {
        Journal journal = new Journal(context.locations().journal());
        Progression progression = Progression.of(loaded, () -> journal.readOrWarn(w -> stage.warn("limber: " + w)));
        Plan plan = Planner.plan(progression.routine());
        if (!options.noJournal && !playUnsaved(journal, stage)) {
            return stage.wantsOut() ? 0 : 1;
        }
        if (!playDespite(warnings, stage)) {
            if (!stage.wantsOut()) {
                stage.note("Not started.");
            }
            return 0;
        }
        ResumeStore resumes = new ResumeStore(context.locations().resumeDir(), journal, Clock.systemUTC());
        Optional<Begin> chosen = startAt(plan, resumes, stage);
        if (chosen.isEmpty()) {
            stage.note("Not started; --resume continues the unfinished session of "
                    + Sanitizer.line(plan.routine().id()) + ".");
            return 0;
        }
        Begin begin = chosen.get();
        boolean painCheck = plan.routine().painCheck();
        String title = plan.routine().title();
        OptionalInt before = painCheck ? stage.ask(Question.pain(title, true)).level() : OptionalInt.empty();
        if (stage.wantsOut()) {
            // Left at the first question: nothing was played, nothing to record.
            return 0;
        }

        // A session at another --speed is a try-out, and --no-journal keeps nothing: neither leaves
        // a journal line nor touches the resume point a real session may have left.
        boolean tryOut = tryOut();
        boolean kept = keeps();
        Consumer<Event> recorder = kept ? new ResumeRecorder(resumes, plan, begin.session(), begin.start(),
                w -> stage.warn("limber: " + w)) : e -> { };
        try (Cues cues = Cues.builder(settings).title(plan.routine().title()).muted(options.mute)
                .clock(ticker, options.speed).notes(stage::warn).build()) {
            Consumer<Event> listener = e -> {
                recorder.accept(e);
                cues.accept(e);
            };
            // The journal's local times are worked out afterwards: the first look-up of the time
            // zone reads the JDK's zone data, which would hold up the first frame by milliseconds.
            Instant started = Instant.now();
            Result result = stage.play(plan, begin.start(), listener, cues);
            OffsetDateTime startedAt = OffsetDateTime.ofInstant(started, ZoneId.systemDefault());
            OffsetDateTime endedAt = endOf(result, startedAt, options.speed, OffsetDateTime.now());

            boolean unattended = stage.unattended();
            // Asked after a quit too (someone may stop because it hurts), not after Ctrl-C or a lost terminal.
            OptionalInt after = painCheck && !stage.wantsOut() ? stage.ask(Question.pain(title, false)).level()
                    : OptionalInt.empty();
            boolean recorded = !kept || record(journal, stage, SessionRecord.of(plan, result, startedAt, endedAt,
                    before, after, begin.session(), unattended));
            // Only what the journal now holds raises a target: not a try-out, --no-journal, an
            // unattended run, or a line that could not be written.
            List<String> upNext = kept && recorded && !unattended ? progression.upNextTime(result) : List.of();
            if (tryOut && !options.noJournal) {
                upNext = List.of("Played at --speed " + RunOptions.speedText(options.speed)
                        + ": a try-out, not kept in the journal.");
            } else if (kept && recorded && unattended) {
                upNext = List.of("Played unattended: kept in the journal, but it raises no targets and no streak.");
            }
            if (kept && recorded && result.completed()) {
                // Only now: had the journal line failed, the resume point still holds the session.
                resumes.delete(plan.routine().id()).ifPresent(w -> stage.warn("limber: " + w));
            }
            stage.summarize(plan, result, upNext);
            return recorded ? 0 : 1;
        }
    }

    /**
     * Says before the session, not after it, when its journal line could not be written (a
     * read-only home, a journal owned by someone else): the full screen asks whether to play
     * anyway, the plain player says so and plays. False when the person chose not to play.
     */
    private static boolean playUnsaved(Journal journal, Stage stage) {
        Optional<String> why = journal.cannotWrite();
        if (why.isEmpty()) {
            return true;
        }
        String problem = Sanitizer.line("journal " + journal.file() + " cannot be written (" + why.get()
                + "): this session will not be saved");
        Answer answer = stage.ask(Question.yesNo("The " + problem + ". Play anyway?", true));
        if (answer instanceof Answer.None) {
            stage.warn("limber: the " + problem);
            return !stage.wantsOut();
        }
        return answer instanceof Answer.Yes;
    }

    /** Past this many, a routine's warnings are counted on the screen's question, not quoted. */
    private static final int WARNINGS_ASKED = 3;

    /**
     * The routine's warnings (heat over 20 minutes: skin can burn) were printed before the full
     * screen opened, which then hid them; the full screen asks about them, inside the player,
     * before anything plays. The plain player has already shown them. False when the person chose
     * not to play.
     */
    static boolean playDespite(List<Problem> warnings, Stage stage) {
        if (warnings.isEmpty()) {
            return true;
        }
        StringBuilder b = new StringBuilder();
        for (Problem p : warnings.subList(0, Math.min(warnings.size(), WARNINGS_ASKED))) {
            String m = p.message();
            b.append(p.file()).append(p.line() > 0 ? ":" + p.line() : "").append(": ").append(m)
                    .append(m.endsWith(".") ? " " : ". ");
        }
        if (warnings.size() > WARNINGS_ASKED) {
            b.append("And ").append(warnings.size() - WARNINGS_ASKED).append(" more warnings, printed before this screen. ");
        }
        Answer answer = stage.ask(Question.yesNo("Warning: " + b + "Play anyway?", true));
        return answer instanceof Answer.None ? !stage.wantsOut() : answer instanceof Answer.Yes;
    }

    /** Appends the session's journal line; false, with one line saying why, when it could not. */
    private static boolean record(Journal journal, Stage stage, SessionRecord record) {
        try {
            journal.append(record);
            return true;
        } catch (IOException e) {
            stage.warn("limber: could not write the journal " + journal.file() + ": " + Why.of(e, journal.file()));
            return false;
        }
    }

    /**
     * Where a session starts, and its id: a resumed session keeps the id of the one it continues,
     * so that its journal lines can be told to be parts of one.
     */
    private record Begin(Start start, String session) {
        static Optional<Begin> fresh() {
            return Optional.of(new Begin(Start.at(0), SessionRecord.newId()));
        }
    }

    /**
     * When the session ended, by its own clock, not when play returned: a routine that ends on heat
     * or ice waits on its alert until a key, and that wait is not part of the session. {@code now}
     * where the session never ran.
     */
    static OffsetDateTime endOf(Result result, OffsetDateTime startedAt, double speed, OffsetDateTime now) {
        long ran = result.endNanos() - result.startNanos();
        return ran > 0 ? startedAt.plus(Duration.ofNanos(Math.round(ran / speed))) : now;
    }

    /**
     * Where to start: with {@code --resume}, where the last unfinished session stopped (part-way
     * through a countdown, with the time it had left); on the full screen, that place is offered
     * (y resumes; one over 12 hours old takes no for Enter alone); otherwise the beginning. Empty
     * when the person chose to keep an unfinished session and play nothing (n to starting a new
     * one, or Esc).
     */
    private Optional<Begin> startAt(Plan plan, ResumeStore resumes, Stage stage) {
        ResumeStore.Lookup found = resumes.find(plan);
        String id = Sanitizer.line(plan.routine().id());
        if (found.note().isPresent()) {
            // An unfinished session this run will not continue, and will replace once it starts:
            // said before playing, and on the full screen asked, not told afterwards.
            String n = found.note().get();
            Answer go = options.resume || !keeps() ? new Answer.None()
                    : stage.ask(Question.yesNo("An unfinished session of " + id + ": " + found.reason().orElse("")
                            + " Start a new one instead?", true));
            if (go instanceof Answer.No || go instanceof Answer.Closed) {
                return Optional.empty();
            }
            if (go instanceof Answer.None) {
                stage.warn("limber: " + n);
            }
        }
        if (found.point().isEmpty()) {
            if (options.resume && found.note().isEmpty()) {
                stage.warn("limber: no unfinished session of " + id + " to resume; starting from the beginning");
            }
            return Begin.fresh();
        }
        ResumePoint p = found.point().get();
        String where = ResumeText.where(plan, p);
        Answer answer = options.resume ? new Answer.Yes()
                : stage.ask(Question.resume(where, resumes.age(p), ResumeStore.STALE_AFTER));
        if (answer instanceof Answer.Closed) {
            // Esc changes nothing: nothing starts, and the point stays for later
            return Optional.empty();
        }
        if (answer instanceof Answer.None && keeps()) {
            // the plain player asks nothing: it says what it is about to replace
            stage.warn("limber: starting over; the unfinished session of " + id + " (" + where
                    + ") is replaced (--resume continues it instead)");
        }
        if (!(answer instanceof Answer.Yes)) {
            return Begin.fresh();
        }
        stage.note("Resuming " + where);
        // A point saved before sessions had ids starts a new one.
        return Optional.of(new Begin(p.start(), p.session().orElseGet(SessionRecord::newId)));
    }

    /** True when this run keeps a journal line and a resume point (not a try-out or --no-journal). */
    private boolean keeps() {
        return !tryOut() && !options.noJournal;
    }

    /** A session at another --speed: a demo, not a session done. */
    private boolean tryOut() {
        return options.speed != 1;
    }

    private Optional<TuiScreen> openScreen() {
        Optional<String> problem = TerminalCheck.problem();
        if (problem.isPresent()) {
            err.println(problem.get());
            err.flush();
            return Optional.empty();
        }
        try {
            return Optional.of(TuiScreen.open(settings.theme()));
        } catch (IOException e) {
            err.println("limber: cannot open the full screen (" + Sanitizer.line(String.valueOf(e.getMessage()))
                    + "); playing line by line (--plain)");
            err.flush();
            return Optional.empty();
        }
    }
}
