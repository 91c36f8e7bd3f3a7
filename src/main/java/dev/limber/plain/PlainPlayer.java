package dev.limber.plain;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.session.Command;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.Session;
import dev.limber.session.Snapshot;
import dev.limber.session.State;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The line-by-line player's logic, free of threads and clocks: it takes command lines and the
 * time, drives a {@link Session}, prints its events and passes them on. With its input closed it
 * plays unattended: a tapped rep every 3 s, a note after 5 s. When its lines can no longer be
 * written ({@code limber run x --plain | head -3} after head exits), it quits.
 */
public final class PlainPlayer {
    static final long UNATTENDED_REP = 3_000_000_000L;
    static final long UNATTENDED_NOTE = 5_000_000_000L;

    private final Session session;
    private final PlainPrinter printer;
    private final Consumer<Event> listener;
    private final Runnable toggleMute;
    private boolean unattended;
    private boolean outputLost;

    /**
     * @param listener gets every event after it is printed (cues, journal, resume file)
     * @param toggleMute called for {@code m}
     */
    public PlainPlayer(Plan plan, int startSegment, PrintWriter out, Consumer<Event> listener, Runnable toggleMute) {
        this.session = new Session(plan, startSegment);
        this.printer = new PlainPrinter(out, plan);
        this.listener = listener;
        this.toggleMute = toggleMute;
    }

    /** Prints the routine's title line and the commands; call before reading the start time. */
    public void header() {
        Plan plan = session.plan();
        printer.header(plan.routine().title(), plan.stepCount(), plan.plannedFrom(session.currentIndex()));
    }

    public void start(long now) {
        emit(session.start(now));
        quitIfUnread(now);
    }

    /** One line of input: {@code p}, {@code n}, {@code b}, {@code +}, {@code -}, {@code m}, {@code q}, or empty for Enter. */
    public void onLine(String line, long now) {
        String cmd = line.strip().toLowerCase(Locale.ROOT);
        switch (cmd) {
            case "" -> apply(Command.ENTER, now);
            case "p", "space", " " -> apply(Command.TOGGLE_PAUSE, now);
            case "n" -> apply(Command.NEXT, now);
            case "b" -> apply(Command.BACK, now);
            case "+" -> apply(Command.ADD_TIME, now);
            case "-" -> apply(Command.REMOVE_TIME, now);
            case "q" -> apply(Command.QUIT, now);
            case "m" -> {
                toggleMute.run();
                tick(now);
            }
            default -> {
                printer.line("Unknown command '" + dev.limber.text.Sanitizer.line(line.strip())
                        + "': Enter = rep/continue, p = pause, n = next, b = back, +/- = 10 s, m = mute, q = quit");
                tick(now);
            }
        }
    }

    /** Stdin is closed: from now on, play unattended. */
    public void onInputClosed(long now) {
        unattended = true;
        if (session.snapshot(now).state() == State.PAUSED) {
            // Nobody is left to press p again: play on rather than wait for ever.
            apply(Command.TOGGLE_PAUSE, now);
        }
        tick(now);
    }

    /** Ctrl-C or SIGTERM: quit at once, keeping what was done. */
    public void interrupt(long now) {
        apply(Command.QUIT, now);
    }

    public void tick(long now) {
        emit(session.tick(now));
        while (unattended && !session.isFinished() && unattendedDue(now) <= now) {
            emit(session.apply(Command.ENTER, unattendedDue(now)));
            emit(session.tick(now));
        }
        quitIfUnread(now);
    }

    /** The engine time at which something next happens, for the loop to sleep until. */
    public long nextWake(long now) {
        return Math.min(session.nextDeadline(now), unattended ? unattendedDue(now) : Long.MAX_VALUE);
    }

    /** True once stdin closed while playing: from then on taps were simulated. */
    public boolean unattended() {
        return unattended;
    }

    /** True when the session ended because nobody reads its lines any more. */
    public boolean outputLost() {
        return outputLost;
    }

    public boolean isFinished() {
        return session.isFinished();
    }

    public Result result() {
        return session.result();
    }

    public Session session() {
        return session;
    }

    private long unattendedDue(long now) {
        Snapshot s = session.snapshot(now);
        if (s.state() != State.WAITING) {
            return Long.MAX_VALUE;
        }
        long segStart = now - s.elapsed().toNanos();
        if (s.segment().kind() == Segment.Kind.NOTE) {
            return segStart + UNATTENDED_NOTE;
        }
        return segStart + (s.repsDone() + 1) * UNATTENDED_REP;
    }

    private void apply(Command c, long now) {
        emit(session.apply(c, now));
        tick(now);
    }

    /**
     * Nobody reads the lines any more: end as {@code q} would, so the journal keeps what was done
     * and the resume point where it stopped, rather than play to no one until the session ends.
     */
    private void quitIfUnread(long now) {
        if (!session.isFinished() && printer.unread()) {
            outputLost = true;
            emit(session.apply(Command.QUIT, now));
        }
    }

    private void emit(List<Event> events) {
        for (Event e : events) {
            printer.print(e);
            listener.accept(e);
        }
    }
}
