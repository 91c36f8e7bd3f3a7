package dev.limber.journal;

import dev.limber.plan.Plan;
import dev.limber.session.Event;
import dev.limber.text.Why;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Keeps the resume file of a playing session current from the session's events: the player hands
 * it every event, and it saves the segment to resume at when one starts, on pause and on quit.
 * A completed session's file is left for the caller to delete once its journal line is written:
 * a crash in between loses neither, and the session id both hold tells the next start that the
 * file is done with. Saving problems are reported once and never stop the session.
 */
public final class ResumeRecorder implements Consumer<Event> {
    private final ResumeStore store;
    private final Plan plan;
    private final String session;
    private final Consumer<String> warn;
    private boolean warned;

    /**
     * @param session the id of the session, as its journal line will have it
     * @param warn receives at most one line when the resume file cannot be written
     */
    public ResumeRecorder(ResumeStore store, Plan plan, String session, Consumer<String> warn) {
        this.store = store;
        this.plan = plan;
        this.session = session;
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
            store.save(plan, session, segment);
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
