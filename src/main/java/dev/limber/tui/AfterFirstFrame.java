package dev.limber.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Holds work (making a step's picture) until the player's first frame is on the screen, then
 * hands it to the worker: on two cores a picture made at the same time as the first frame took
 * CPU from it and showed it about 40 ms later, while the picture itself is only wanted a moment
 * after. Work given later goes to the worker at once.
 */
final class AfterFirstFrame implements Executor {
    private final Executor worker;
    /** What waits for the first frame; null once it is shown. */
    private List<Runnable> held = new ArrayList<>();

    AfterFirstFrame(Executor worker) {
        this.worker = worker;
    }

    @Override
    public void execute(Runnable work) {
        synchronized (this) {
            if (held != null) {
                held.add(work);
                return;
            }
        }
        worker.execute(work);
    }

    /** The first frame is shown: what waited goes to the worker, in order. Later calls do nothing. */
    void shown() {
        List<Runnable> waiting;
        synchronized (this) {
            waiting = held;
            held = null;
        }
        if (waiting != null) {
            waiting.forEach(worker::execute);
        }
    }
}
