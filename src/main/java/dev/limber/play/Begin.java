package dev.limber.play;

import dev.limber.journal.ResumePoint;
import dev.limber.journal.ResumeStore;
import dev.limber.journal.SessionRecord;
import dev.limber.plan.Plan;
import dev.limber.session.Start;
import dev.limber.term.Answer;
import dev.limber.term.Question;
import dev.limber.text.Sanitizer;
import java.util.Optional;

/**
 * Where a session starts, and its id: a resumed session keeps the id of the one it continues,
 * so that its journal lines can be told to be parts of one. {@link #choose} decides it from the
 * resume point, {@code --resume} and the person's answer.
 */
record Begin(Start start, String session, boolean resumed) {
    static Optional<Begin> fresh() {
        return Optional.of(new Begin(Start.at(0), SessionRecord.newId(), false));
    }

    /**
     * Where to start: with {@code --resume}, where the last unfinished session stopped (part-way
     * through a countdown, with the time it had left); on the full screen, that place is offered
     * (y resumes; one over 12 hours old takes no for Enter alone); otherwise, and always in a
     * try-out (the command line refuses {@code --resume} there), the beginning. Empty
     * when the person chose to keep an unfinished session and play nothing (n to starting a new
     * one, Esc, or Ctrl-C at the question).
     */
    static Optional<Begin> choose(Plan plan, ResumeStore resumes, Stage stage, boolean resume, Policy policy) {
        ResumeStore.Lookup found = resumes.find(plan);
        String id = Sanitizer.line(plan.routine().id());
        if (!policy.journaled()) {
            // A try-out keeps nothing, so it neither continues a kept session nor replaces it: it
            // plays from the beginning, and the unfinished session stays as it was.
            if (found.point().isPresent()) {
                stage.note("A try-out plays from the beginning; the unfinished session of " + id
                        + " stays for --resume.");
            }
            return fresh();
        }
        if (found.note().isPresent()) {
            // An unfinished session this run will not continue, and will replace once it starts:
            // said before playing, and on the full screen asked, not told afterwards.
            String n = found.note().get();
            // Enter alone keeps the unfinished session: only a y throws its place away
            Answer go = resume ? new Answer.None()
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
            return fresh();
        }
        ResumePoint p = found.point().get();
        String where = ResumeText.where(plan, p);
        Answer answer = resume ? new Answer.Yes()
                : stage.ask(Question.resume(where, resumes.age(p), ResumeStore.STALE_AFTER));
        if (answer instanceof Answer.Closed || stage.wantsOut()) {
            // Esc (or Ctrl-C) changes nothing: nothing starts, and the point stays for later
            return Optional.empty();
        }
        if (answer instanceof Answer.None) {
            // the plain player asks nothing: it says what it is about to replace
            stage.warn("limber: starting over; the unfinished session of " + id + " (" + where
                    + ") is replaced (--resume continues it instead)");
        }
        if (!(answer instanceof Answer.Yes)) {
            return fresh();
        }
        stage.note("Resuming " + where);
        // A point saved before sessions had ids starts a new one.
        return Optional.of(new Begin(p.start(), p.session().orElseGet(SessionRecord::newId), true));
    }
}
