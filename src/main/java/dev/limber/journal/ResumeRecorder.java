package dev.limber.journal;

import dev.limber.plan.Plan;
import dev.limber.session.Event;
import dev.limber.text.Why;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Keeps the resume file of a playing session current from the session's events: the player hands
 * it every event, and it saves the segment to resume at when one starts, on pause and on quit.
 * A completed session's file is left for the caller to delete once its journal line is written,
 * so a crash in between loses neither. Saving problems are reported once and never stop the
 * session.
 */
public final class ResumeRecorder implements Consumer<Event> {
    private final ResumeStore store;
    private final Plan plan;
    private final Consumer<String> warn;
    private boolean warned;

    /** @param warn receives at most one line when the resume file cannot be written */
    public ResumeRecorder(ResumeStore store, Plan plan, Consumer<String> warn) {
        this.store = store;
        this.plan = plan;
        this.warn = warn;
    }

    @Override
    public void accept(Event e) {
        if (e instanceof Event.Finished f) {
            if (!f.result().completed()) {
                save(f.result().stoppedAt());
            }
        } else if (e instanceof Event.SegmentStarted || e instanceof Event.Paused) {
            save(e.segment().index());
        }
    }

    private void save(int segment) {
        if (segment < 0 || segment >= plan.size()) {
            return;
        }
        try {
            store.save(plan, segment);
        } catch (IOException e) {
            warnOnce("could not save where this session is, for --resume: " + Why.of(e));
        } catch (RuntimeException e) {
            warnOnce("could not save where this session is, for --resume: " + e.getMessage());
        }
    }

    private void warnOnce(String message) {
        if (!warned) {
            warned = true;
            warn.accept(message);
        }
    }
}
