package dev.limber.plain;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.session.Command;
import dev.limber.session.Event;
import dev.limber.session.OffTime;
import dev.limber.session.Result;
import dev.limber.session.Session;
import dev.limber.session.Snapshot;
import dev.limber.session.Start;
import dev.limber.session.State;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The line-by-line player's logic, free of threads and clocks: it takes command lines and the
 * time, drives a {@link Session}, prints its events and passes them on. Any line stops a
 * repeating alert, which keeps the player going past the end of the session until then. With its
 * input closed it plays unattended: a tapped rep every 3 s, a note after 5 s, a swap pause after
 * 10 s (said, since nobody changed the packs), and it does not wait on the end's alert. When its
 * lines can no longer be written ({@code limber run x --plain | head -3} after head exits), it quits.
 */
public final class PlainPlayer {
    static final long UNATTENDED_REP = 3_000_000_000L;
    static final long UNATTENDED_NOTE = 5_000_000_000L;
    static final long UNATTENDED_SWAP = 10_000_000_000L;

    private final Session session;
    private final PlainPrinter printer;
    private final Consumer<Event> listener;
    private final Runnable toggleMute;
    private final OffTime offTime;
    private boolean unattended;
    private boolean outputLost;

    /**
     * @param listener gets every event after it is printed (cues, journal, resume file)
     * @param toggleMute called for {@code m}
     * @param offTime says when a heat or ice phase ends, in local time
     */
    public PlainPlayer(Plan plan, Start start, PrintWriter out, Consumer<Event> listener, Runnable toggleMute,
            OffTime offTime) {
        this.session = new Session(plan, start);
        this.printer = new PlainPrinter(out, plan);
        this.listener = listener;
        this.toggleMute = toggleMute;
        this.offTime = offTime;
    }

    /** Prints the routine's title line and the commands; call before reading the start time. */
    public void header() {
        Plan plan = session.plan();
        printer.header(plan.routine().title(), plan.stepCount(), plan.plannedFrom(session.currentIndex()));
    }

    public void start(long now) {
        emit(session.start(now), now);
        quitIfUnread(now);
    }

    /** One line of input, read with {@link PlainCommands}: {@code p}, {@code n}, {@code ?}..., or empty for Enter. */
    public void onLine(String line, long now) {
        // Someone is there: whatever the line says, it stops an alert first.
        emit(session.apply(Command.ACKNOWLEDGE, now), now);
        Optional<PlainCommands.Act> act = PlainCommands.parse(line);
        Segment playing = session.snapshot(now).segment();
        if (act.isEmpty()) {
            printer.line("Unknown command '" + Sanitizer.line(line.strip()) + "': ? lists the commands");
        } else if (act.get() == PlainCommands.Act.MUTE) {
            toggleMute.run();
        } else if (act.get() == PlainCommands.Act.LIST) {
            PlainCommands.list(playing).forEach(printer::line);
        } else {
            PlainCommands.command(act.get(), playing).ifPresent(c -> emit(session.apply(c, now), now));
        }
        tick(now);
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
        emit(session.tick(now), now);
        while (unattended && !session.isFinished() && unattendedDue(now) <= now) {
            if (session.snapshot(now).segment().kind() == Segment.Kind.SWAP) {
                printer.line("  nobody pressed " + PlainCommands.shown(PlainCommands.Act.ENTER) + " in " + UNATTENDED_SWAP / 1_000_000_000L + " s: going on");
            }
            emit(session.apply(Command.ENTER, unattendedDue(now)), now);
            emit(session.tick(now), now);
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

    /**
     * Finished, and no alert waits for a key: none can come once the input is closed, and none
     * is worth waiting for once nobody reads the lines.
     */
    public boolean isFinished() {
        return session.isFinished() && (!session.alerting() || unattended || printer.unread());
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
        if (s.segment().kind() == Segment.Kind.SWAP) {
            return segStart + UNATTENDED_SWAP;
        }
        return segStart + (s.reps().map(Snapshot.Reps::done).orElse(0) + 1) * UNATTENDED_REP;
    }

    private void apply(Command c, long now) {
        emit(session.apply(c, now), now);
        tick(now);
    }

    /**
     * Nobody reads the lines any more: end as {@code q} would, so the journal keeps what was done
     * and the resume point where it stopped, rather than play to no one until the session ends.
     */
    private void quitIfUnread(long now) {
        if (!session.isFinished() && printer.unread()) {
            outputLost = true;
            emit(session.apply(Command.QUIT, now), now);
        }
    }

    private void emit(List<Event> events, long now) {
        for (Event e : events) {
            printer.print(e, said(e, now));
            listener.accept(e);
        }
    }

    /**
     * What to add to an event's line: the time left after {@code +}/{@code -}, and when the pack
     * comes off where that starts or moves (a heat or ice phase's start, resuming it, {@code +}/
     * {@code -}). Worked out from what the countdown has left now, so only for the segment still
     * playing (not one a late tick already passed).
     */
    private Optional<String> said(Event e, long now) {
        boolean adjusted = e instanceof Event.TimeAdjusted;
        boolean applies = adjusted || e instanceof Event.SegmentStarted || e instanceof Event.Resumed;
        if (!applies || session.isFinished()) {
            return Optional.empty();
        }
        Snapshot s = session.snapshot(now);
        if (s.segment().index() != e.segment().index() || s.remaining().isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        if (adjusted) {
            words.add(Durations.clock(s.remaining().get()) + " left");
        }
        if (OffTime.applies(e.segment())) {
            offTime.text(s.segment(), s.remaining().get()).ifPresent(words::add);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", words));
    }
}
