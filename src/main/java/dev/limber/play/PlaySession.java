package dev.limber.play;

import dev.limber.cue.Cues;
import dev.limber.home.Locations;
import dev.limber.journal.Journal;
import dev.limber.journal.Progression;
import dev.limber.journal.ResumePoint;
import dev.limber.journal.ResumeRecorder;
import dev.limber.journal.ResumeStore;
import dev.limber.journal.SessionRecord;
import dev.limber.load.Problem;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
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
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The one use case "play a session": opens the routine (once, with the parameters its unfinished
 * session was played with where {@code --resume} alone asks for it), raises targets from the
 * journal, plans, decides where to start, plays on a {@link Stage}, and writes the journal line.
 * What is kept and asked is {@link Policy}'s; how it looks is the stage's. The clock is the
 * system's, made aware of suspend and scaled by {@code --speed}.
 */
public final class PlaySession {
    private final Locations locations;
    private final Settings settings;

    /** @param settings the settings already read (cues, the theme the stage opened with) */
    public PlaySession(Locations locations, Settings settings) {
        this.locations = locations;
        this.settings = settings;
    }

    /** Plays what {@code request} asks; the exit code: 1 when the journal line could not be written. */
    public int play(PlayRequest request) throws InterruptedException {
        Journal journal = new Journal(locations.journal());
        ResumeStore resumes = new ResumeStore(locations.resumeDir(), journal, Clock.systemUTC());
        PlayRequest.Opened opened = open(request, resumes);
        if (!request.gate().lets(opened.routine())) {
            return 0;
        }
        Ticker ticker = SuspendAwareTicker.system().scaled(request.speed());
        try (Stage stage = request.stage().open(ticker)) {
            return play(request, opened, journal, resumes, stage, ticker);
        }
    }

    /**
     * With {@code --resume} and no parameters given, the routine is opened with the parameters its
     * unfinished session was played with ({@code heat-ice --rounds 3}, quit, then
     * {@code heat-ice --resume}): otherwise the plan would differ and the session be ignored.
     * Parameters given on the command line win, as does a routine that no longer has them.
     */
    static PlayRequest.Opened open(PlayRequest request, ResumeStore resumes) {
        if (request.resume() && request.given().isEmpty()) {
            Map<String, String> played = resumes.savedParams(request.routine().id());
            if (!played.isEmpty()) {
                return request.routine().openAsPlayed(played);
            }
        }
        return request.routine().open(request.given());
    }

    private int play(PlayRequest request, PlayRequest.Opened opened, Journal journal, ResumeStore resumes, Stage stage,
            Ticker ticker) throws InterruptedException {
        Policy policy = request.policy();
        Progression progression = Progression.of(opened.routine(),
                () -> journal.fullSessionsOrWarn(w -> stage.warn("limber: " + w)));
        Plan plan = Planner.plan(progression.routine());
        if (policy.journaled() && !playUnsaved(journal, stage)) {
            return stage.wantsOut() ? 0 : 1;
        }
        if (!playDespite(opened.warnings(), stage)) {
            if (!stage.wantsOut()) {
                stage.note("Not started.");
            }
            return 0;
        }
        Optional<Begin> chosen = startAt(plan, resumes, stage, request.resume(), policy);
        if (chosen.isEmpty()) {
            stage.note("Not started; --resume continues the unfinished session of "
                    + Sanitizer.line(plan.routine().id()) + ".");
            return 0;
        }
        Begin begin = chosen.get();
        boolean painCheck = plan.routine().painCheck();
        String title = Sanitizer.line(plan.routine().title());
        OptionalInt before = painBefore(policy, painCheck, begin, title, journal, stage);
        if (stage.wantsOut()) {
            // Left at the first question: nothing was played, nothing to record.
            return 0;
        }

        // A try-out or --no-journal keeps nothing: neither leaves a journal line nor touches the
        // resume point a real session may have left.
        boolean kept = policy.journaled();
        Consumer<Event> recorder = kept ? new ResumeRecorder(resumes, plan, begin.session(), begin.start(),
                w -> stage.warn("limber: " + w)) : e -> { };
        try (Cues cues = Cues.builder(settings).title(plan.routine().title()).muted(request.mute())
                .clock(ticker, request.speed()).notes(stage::warn).build()) {
            Consumer<Event> listener = e -> {
                recorder.accept(e);
                cues.accept(e);
            };
            // The journal's local times are worked out afterwards: the first look-up of the time
            // zone reads the JDK's zone data, which would hold up the first frame by milliseconds.
            Instant started = Instant.now();
            Result result = stage.play(plan, begin.start(), listener, cues, kept);
            OffsetDateTime startedAt = OffsetDateTime.ofInstant(started, ZoneId.systemDefault());
            OffsetDateTime endedAt = endOf(result, startedAt, request.speed(), OffsetDateTime.now());

            boolean unattended = stage.unattended();
            OptionalInt after = policy.asksPainAfter(painCheck, stage.wantsOut())
                    ? stage.ask(Question.pain(title, false)).level() : OptionalInt.empty();
            boolean recorded = !kept || record(journal, stage, SessionRecord.of(plan, result, startedAt, endedAt,
                    before, after, begin.session(), unattended));
            // Only what the journal now holds raises a target: not a try-out, --no-journal, an
            // unattended run, or a line that could not be written.
            List<String> notes = new ArrayList<>(kept && recorded && !unattended
                    ? progression.upNextTime(result) : List.of());
            if (policy.tryOutNote().isPresent()) {
                notes = new ArrayList<>(List.of(policy.tryOutNote().get()));
            } else if (kept && recorded && unattended) {
                notes = new ArrayList<>(List.of(
                        "Played unattended: kept in the journal, but it raises no targets and no streak."));
            }
            PainChange.line(before, after).ifPresent(notes::add);
            if (policy.removesResumePoint(result, begin.resumed(), recorded)) {
                resumes.delete(plan.routine().id()).ifPresent(w -> stage.warn("limber: " + w));
            }
            stage.summarize(plan, result, notes);
            return recorded ? 0 : 1;
        }
    }

    /**
     * The pain before the session: asked where {@link Policy} says so; for a resumed session the
     * answer its first part gave, from that part's journal line.
     */
    private static OptionalInt painBefore(Policy policy, boolean painCheck, Begin begin, String title, Journal journal,
            Stage stage) {
        if (policy.asksPainBefore(painCheck, begin.resumed())) {
            return stage.ask(Question.pain(title, true)).level();
        }
        if (!painCheck || !policy.journaled() || !begin.resumed()) {
            return OptionalInt.empty();
        }
        List<SessionRecord> records;
        try {
            records = journal.read().records(); // its warnings were shown when progression read it
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        for (SessionRecord r : records) {
            if (r.session().filter(begin.session()::equals).isPresent() && r.painBefore().isPresent()) {
                return r.painBefore();
            }
        }
        return OptionalInt.empty();
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
    private record Begin(Start start, String session, boolean resumed) {
        static Optional<Begin> fresh() {
            return Optional.of(new Begin(Start.at(0), SessionRecord.newId(), false));
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
     * one, Esc, or Ctrl-C at the question).
     */
    private static Optional<Begin> startAt(Plan plan, ResumeStore resumes, Stage stage, boolean resume, Policy policy) {
        ResumeStore.Lookup found = resumes.find(plan);
        String id = Sanitizer.line(plan.routine().id());
        if (found.note().isPresent()) {
            // An unfinished session this run will not continue, and will replace once it starts:
            // said before playing, and on the full screen asked, not told afterwards.
            String n = found.note().get();
            // Enter alone keeps the unfinished session: only a y throws its place away
            Answer go = resume || !policy.journaled() ? new Answer.None()
                    : stage.ask(Question.yesNo("An unfinished session of " + id + ": " + found.reason().orElse("")
                            + " Start a new one instead?", false));
            if (go instanceof Answer.No || go instanceof Answer.Closed || stage.wantsOut()) {
                return Optional.empty();
            }
            if (go instanceof Answer.None) {
                stage.warn("limber: " + n);
            }
        }
        if (found.point().isEmpty()) {
            if (resume && found.note().isEmpty()) {
                stage.warn("limber: no unfinished session of " + id + " to resume; starting from the beginning");
            }
            return Begin.fresh();
        }
        ResumePoint p = found.point().get();
        String where = ResumeText.where(plan, p);
        Answer answer = resume ? new Answer.Yes()
                : stage.ask(Question.resume(where, resumes.age(p), ResumeStore.STALE_AFTER));
        if (answer instanceof Answer.Closed || stage.wantsOut()) {
            // Esc (or Ctrl-C) changes nothing: nothing starts, and the point stays for later
            return Optional.empty();
        }
        if (answer instanceof Answer.None && policy.journaled()) {
            // the plain player asks nothing: it says what it is about to replace
            stage.warn("limber: starting over; the unfinished session of " + id + " (" + where
                    + ") is replaced (--resume continues it instead)");
        }
        if (!(answer instanceof Answer.Yes)) {
            return Begin.fresh();
        }
        stage.note("Resuming " + where);
        // A point saved before sessions had ids starts a new one.
        return Optional.of(new Begin(p.start(), p.session().orElseGet(SessionRecord::newId), true));
    }
}
