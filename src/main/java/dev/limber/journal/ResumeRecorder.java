package dev.limber.journal;

import dev.limber.plan.Plan;
import dev.limber.session.Event;
import dev.limber.session.Start;
import dev.limber.text.Why;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Keeps the resume file of a playing session current from the session's events: the player hands
 * it every event, and it saves where to resume (with the time spent in a countdown of work) when a
 * segment starts, on pause, every {@link #EVERY} of a countdown (so a crash loses little) and on
 * quit. Saving happens on a thread of its own; the session's end waits for it, so what follows (the
 * journal line) comes after the last save. A completed session's file is left for the caller to
 * delete once its journal line is written: a crash in between loses neither, and the session id
 * both hold tells the next start that the file is done with. Saving problems are reported once and
 * never stop the session.
 */
public final class ResumeRecorder implements Consumer<Event> {
    /** How often a running countdown's time is saved: a crash loses at most this much. */
    static final long EVERY = 30_000_000_000L;

    private final Plan plan;
    private final Consumer<String> warn;
    private final TimeInSegment time;
    private final ResumeWriter writer;
    private long savedAt = Long.MIN_VALUE;
    private volatile boolean warned;

    /**
     * @param session the id of the session, as its journal line will have it
     * @param warn receives at most one line when the resume file cannot be written
     */
    public ResumeRecorder(ResumeStore store, Plan plan, String session, Consumer<String> warn) {
        this(store, plan, session, Start.at(0), warn);
    }

    /**
     * @param session the id of the session, as its journal line will have it
     * @param start where the session starts (a resumed countdown carries its time in)
     * @param warn receives at most one line when the resume file cannot be written, from any thread
     */
    public ResumeRecorder(ResumeStore store, Plan plan, String session, Start start, Consumer<String> warn) {
        this.plan = plan;
        this.warn = warn;
        this.time = new TimeInSegment(start);
        this.writer = new ResumeWriter(store, plan, session, this::failed);
    }

    @Override
    public void accept(Event e) {
        time.accept(e);
        if (e instanceof Event.Finished f) {
            if (!f.result().completed()) {
                save(f.result().stoppedAt(), f.at());
            }
            finish();
        } else if (e instanceof Event.SegmentStarted || e instanceof Event.Paused
                || (e instanceof Event.SecondsLeft && e.at() - savedAt >= EVERY)) {
            save(e.segment().index(), e.at());
        }
    }

    private void save(int segment, long at) {
        if (segment < 0 || segment >= plan.size()) {
            return;
        }
        savedAt = at;
        writer.save(time.at(segment, at));
    }

    /** The session ended: what it saved is on disk before the player goes on. */
    private void finish() {
        try {
            writer.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(Exception e) {
        String why = e instanceof IOException io ? Why.of(io) : e.getMessage();
        if (!warned) {
            warned = true;
            warn.accept("could not save where this session is, for --resume: " + why);
        }
    }
}
