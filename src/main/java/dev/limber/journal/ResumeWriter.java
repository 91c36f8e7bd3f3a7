package dev.limber.journal;

import dev.limber.plan.Plan;
import dev.limber.session.Start;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Writes resume points on a thread of its own, so the player's thread never waits on a disk
 * (each save ends in an fsync). Only the newest point matters: one handed over while another is
 * being written replaces any still waiting. {@link #flush} waits until the newest is on disk.
 */
final class ResumeWriter {
    private final ResumeStore store;
    private final Plan plan;
    private final String session;
    /** Told of each failed save, on the writer's thread. */
    private final Consumer<Exception> failure;
    private Start pending;
    private boolean writing;
    private boolean stopped;
    private Thread thread;

    ResumeWriter(ResumeStore store, Plan plan, String session, Consumer<Exception> failure) {
        this.store = store;
        this.plan = plan;
        this.session = session;
        this.failure = failure;
    }

    /** Hands over the newest point; returns at once. The thread starts with the first one. */
    synchronized void save(Start start) {
        if (stopped) {
            return;
        }
        pending = start;
        if (thread == null) {
            thread = new Thread(this::run, "limber-resume");
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
    }

    /** Waits until every point handed over is written (or failed). */
    synchronized void flush() throws InterruptedException {
        while (pending != null || writing) {
            wait();
        }
    }

    /** Writes what is waiting, then lets the thread end; later points are not written. */
    synchronized void stop() throws InterruptedException {
        flush();
        stopped = true;
        notifyAll();
    }

    private void run() {
        while (true) {
            Start next;
            synchronized (this) {
                while (pending == null && !stopped) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending == null) {
                    return;
                }
                next = pending;
                pending = null;
                writing = true;
            }
            try {
                store.save(plan, session, next);
            } catch (IOException | RuntimeException e) {
                failure.accept(e);
            } finally {
                synchronized (this) {
                    writing = false;
                    notifyAll();
                }
            }
        }
    }
}
