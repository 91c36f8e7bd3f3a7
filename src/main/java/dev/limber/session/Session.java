package dev.limber.session;

import dev.limber.plan.Pack;
import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The engine that walks a {@link Plan}. It never reads a clock: the player passes the current
 * monotonic time in nanoseconds to {@link #tick}, {@link #apply} and {@link #snapshot}.
 *
 * <p>Remaining time is computed from where the segment started ({@code end - now}), never by
 * subtracting per tick, so a late tick, or a gap of minutes, lands in the right segment with the
 * right remainder: each segment that ended in the gap ends at its planned instant and the next one
 * starts there. Pausing moves the start forward by the time paused, the way termdown moves its
 * target. Not thread-safe: one player loop drives it.
 *
 * <p>Heat and cold get more care. A warm or cold segment reminds a skin check every few minutes,
 * and its end raises an alert that repeats (see {@link Alarm}) until a key acknowledges it, even
 * after the last segment: a player keeps going while {@link #alerting()}. An end found more than
 * {@link #OVERRUN_MARGIN} late (the computer slept across it) is an overrun: it is said and
 * recorded, and what follows starts when it was found, not part-way through.
 */
public final class Session {
    private static final long SECOND = SegmentClock.SECOND;
    private static final long ADJUST = 10 * SECOND;
    /** Within this much of a segment's start, "back" goes to the previous thing instead of restarting. */
    private static final long BACK_GRACE = 2 * SECOND;
    /**
     * A warm or cold end found later than this is an overrun. Ticks come within milliseconds of
     * their deadline; a --speed try-out multiplies that, which this margin still covers.
     */
    static final long OVERRUN_MARGIN = 10 * SECOND;
    /** How long a first Enter in a paced reps step waits for the second that finishes it. */
    static final long FINISH_WINDOW = 4 * SECOND;
    /** How long the screen says "check your skin" after the reminder. */
    private static final long SKIN_LINE = 20 * SECOND;

    private final Plan plan;
    private final Landmarks places;
    private final TreeMap<Integer, SegmentResult> results = new TreeMap<>();

    private boolean started;
    private boolean finished;
    private boolean completed;
    private long sessionStart;
    private long sessionEnd;
    private long pausedTotal;
    private Long pausedAt;

    private int index;
    private final Start begin;
    private final SegmentClock clock = new SegmentClock();
    /** The alert no key has acknowledged yet, repeating or given up; null when none. */
    private Alarm alarm;
    /** When the current segment's last skin check was due, for the screen's line. */
    private long skinShownAt = Long.MIN_VALUE;
    /** Until when a second Enter finishes the paced reps step playing; MIN_VALUE when not asked. */
    private long finishAskedUntil = Long.MIN_VALUE;

    public Session(Plan plan) {
        this(plan, 0);
    }

    /** A session that starts (or resumes) at segment {@code startSegment}. */
    public Session(Plan plan, int startSegment) {
        this(plan, Start.at(startSegment));
    }

    /** A session that starts at {@code start}: a segment, part-way through when it resumes a countdown. */
    public Session(Plan plan, Start start) {
        if (plan.size() == 0) {
            throw new IllegalArgumentException("a plan needs at least one segment");
        }
        if (start.segment() < 0 || start.segment() >= plan.size()) {
            throw new IllegalArgumentException("no segment " + start.segment() + " in a plan of " + plan.size());
        }
        this.plan = plan;
        this.places = new Landmarks(plan);
        this.index = start.segment();
        this.begin = start;
    }

    public Plan plan() {
        return plan;
    }

    public int currentIndex() {
        return index;
    }

    public boolean isFinished() {
        return finished;
    }

    /**
     * True while an alert repeats unacknowledged. It can outlast the session: the end of a
     * routine's last ice phase repeats until a key too, so a player keeps ticking while this holds.
     */
    public boolean alerting() {
        return alarm != null && !alarm.isOver();
    }

    /** Starts the first segment at {@code nanos}. */
    public List<Event> start(long nanos) {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        sessionStart = nanos;
        List<Event> out = new ArrayList<>();
        enter(index, nanos, out);
        carry(nanos);
        return out;
    }

    /**
     * A resumed countdown goes on where it stopped: it started {@code spent} ago, lasts what it
     * lasted then, and what fell due before now (its halfway, its seconds, its skin checks) is not
     * announced again.
     */
    private void carry(long at) {
        if (!begin.carriesInto(current())) {
            return;
        }
        long spent = begin.spent().toNanos();
        clock.start = at - spent;
        clock.length = spent + begin.left().orElseThrow().toNanos();
        clock.carried = spent;
        clock.resetSeconds(at);
        clock.halfwayDue = clock.length >= 10 * SECOND && clock.halfwayInstant() > at;
        clock.skinDone = clock.skinEvery > 0 ? (int) (spent / clock.skinEvery) : 0;
    }

    /** Brings the session up to {@code nanos}, ending every segment whose time is up. */
    public List<Event> tick(long nanos) {
        List<Event> out = new ArrayList<>();
        advance(nanos, out);
        return out;
    }

    public List<Event> apply(Command command, long nanos) {
        requireStarted();
        List<Event> out = new ArrayList<>();
        advance(nanos, out);
        if (command == Command.ACKNOWLEDGE) {
            acknowledge(nanos, out);
            return out;
        }
        if (finished) {
            if (command == Command.QUIT) {
                alarm = null; // leaving after the end: nobody is to wait on its alert
            }
            return out;
        }
        switch (command) {
            case TOGGLE_PAUSE -> togglePause(nanos, out);
            case NEXT -> next(effective(nanos), out);
            case BACK -> back(nanos, out);
            case ADD_TIME -> adjust(ADJUST, nanos, out);
            case REMOVE_TIME -> adjust(-ADJUST, nanos, out);
            case ADD_REP -> tap(nanos, out);
            case REMOVE_REP -> untap(nanos, out);
            case ENTER -> confirm(nanos, out);
            case QUIT -> quit(nanos, out);
            default -> {
            }
        }
        return out;
    }

    public Snapshot snapshot(long nanos) {
        requireStarted();
        long t = finished ? sessionEndActive() : effective(nanos);
        Segment seg = current();
        long elapsed = Math.max(0, t - clock.start);
        Optional<Duration> remaining = Optional.empty();
        double segmentProgress;
        long left = plan.plannedFrom(index + 1).toNanos();
        if (clock.length >= 0) {
            long rem = Math.max(0, clock.end() - t);
            remaining = Optional.of(Duration.ofNanos(rem));
            segmentProgress = clock.length == 0 ? 1.0 : Math.min(1.0, (double) Math.min(elapsed, clock.length) / clock.length);
            left += rem;
        } else if (seg.body() instanceof Segment.Reps r) {
            segmentProgress = r.target() == 0 ? 1.0 : Math.min(1.0, (double) clock.reps / r.target());
        } else {
            segmentProgress = 0;
        }
        if (finished) {
            left = 0;
            segmentProgress = completed ? 1.0 : segmentProgress;
        }
        long total = plan.total().toNanos();
        double sessionProgress = total == 0 ? (finished ? 1.0 : (double) index / plan.size())
                : Math.min(1.0, Math.max(0.0, (double) (total - left) / total));
        State state = finished ? State.FINISHED
                : pausedAt != null ? State.PAUSED
                : clock.length < 0 ? State.WAITING
                : State.RUNNING;
        boolean checkSkin = !finished && skinShownAt != Long.MIN_VALUE && t >= skinShownAt
                && t - skinShownAt < SKIN_LINE;
        return new Snapshot(plan.routine().title(), state, seg, plan.nextWork(index), seg.step() + 1,
                plan.stepCount(), remaining, Duration.ofNanos(elapsed),
                seg.reps().map(r -> repsSnapshot(t)), segmentProgress,
                sessionProgress, Duration.ofNanos(left), Optional.ofNullable(alarm).map(a -> a.alert), checkSkin);
    }

    /**
     * The engine time of the next thing that will happen (a second boundary, a beat, the end of the
     * segment, an alert's repeat), so a player can sleep until then; {@link Long#MAX_VALUE} when
     * nothing is due: paused or waiting for the user, or finished, with no alert repeating.
     */
    public long nextDeadline(long nanos) {
        if (!started) {
            return Long.MAX_VALUE;
        }
        long alarmDue = alarm == null ? Long.MAX_VALUE : alarm.nextDue();
        if (finished || pausedAt != null || clock.length < 0) {
            return alarmDue;
        }
        return Math.min(clock.nextDue(), alarmDue);
    }

    /** What the session did so far; final once it is finished. */
    public Result result() {
        long end = finished ? sessionEnd : sessionStart;
        long active = finished ? sessionEnd - sessionStart - pausedTotal : 0;
        return new Result(sessionStart, end, Duration.ofNanos(Math.max(0, active)), completed, index,
                new ArrayList<>(results.values()));
    }

    // --- moving through the plan ---------------------------------------------------------------

    private Segment current() {
        return plan.get(index);
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("call start first");
        }
    }

    /** Engine time with pauses taken out: while paused, time stands still at the pause. */
    private long effective(long nanos) {
        return pausedAt != null ? pausedAt : nanos;
    }

    private long sessionEndActive() {
        return pausedAt != null ? pausedAt : sessionEnd;
    }

    private void advance(long nanos, List<Event> out) {
        requireStarted();
        while (true) {
            long segmentDue = finished || pausedAt != null || clock.length < 0 ? Long.MAX_VALUE : clock.nextDue();
            long alarmDue = alarm == null ? Long.MAX_VALUE : alarm.nextDue();
            if (Math.min(segmentDue, alarmDue) > nanos) {
                return;
            }
            if (alarmDue <= segmentDue) {
                sound(alarmDue, out);
            } else {
                fireDue(segmentDue, nanos, out);
            }
        }
    }

    /**
     * Fires whatever is due at {@code due}, in a fixed order: beat or rep, second, halfway, skin
     * check, end. {@code now} is the tick's time, to tell an end missed in a sleep.
     */
    private void fireDue(long due, long now, List<Event> out) {
        Segment seg = current();
        if (clock.tempo != null && clock.beatInstant() == due && due < clock.end()) {
            fireBeat(seg, due, out);
            return;
        }
        if (clock.nextSecond >= 1 && clock.secondInstant() == due) {
            out.add(new Event.SecondsLeft(due, seg, clock.nextSecond));
            clock.nextSecond--;
            return;
        }
        if (clock.halfwayDue && clock.halfwayInstant() == due) {
            out.add(new Event.Halfway(due, seg));
            clock.halfwayDue = false;
            return;
        }
        if (clock.skinDue() && clock.skinInstant() == due) {
            clock.skinDone++;
            skinShownAt = due;
            out.add(new Event.SkinCheck(due, seg, Duration.ofNanos(due - clock.start)));
            return;
        }
        if (clock.tempo != null && seg.body() instanceof Segment.Reps r) {
            clock.reps = r.target();
            out.add(new Event.RepCounted(due, seg, clock.reps));
        }
        long late = now - due;
        if (warmOrCold(seg) && late > OVERRUN_MARGIN) {
            // The pack stayed on until now, and nobody changed it: what follows starts now, with
            // its full time, instead of part-way through as if it had been done asleep.
            leave(due, now, false, Duration.ofNanos(late), out);
        } else {
            leave(due, due, false, Duration.ZERO, out);
        }
    }

    /** Heat or cold on the skin (not the swap pause, which only carries the words of a change). */
    private static boolean warmOrCold(Segment seg) {
        return !seg.isPause() && seg.pack().isPresent();
    }

    /** The alarm's next repeat, or its giving up, is due at {@code at}. */
    private void sound(long at, List<Event> out) {
        Alert a = alarm.alert;
        if (alarm.givesUp()) {
            alarm.stop();
            out.add(new Event.AlertStopped(at, a.segment(), a, false));
        } else {
            out.add(new Event.AlertSounded(at, a.segment(), a, alarm.sounded()));
        }
    }

    /**
     * The current warm or cold segment is ending: its alert sounds now, before what comes next
     * starts, unless that is a swap pause, which says it (an overrun is said apart, as news).
     */
    private void raise(Alert alert, long at, List<Event> out) {
        // A newer end replaces an older alert: that pack has been dealt with, or is said again here.
        alarm = new Alarm(alert, at);
        boolean swapSays = index + 1 < plan.size() && plan.get(index + 1).kind() == Segment.Kind.SWAP
                && alert.overrun().isZero();
        if (!swapSays) {
            out.add(new Event.AlertSounded(at, alert.segment(), alert, 0));
        }
    }

    private void acknowledge(long nanos, List<Event> out) {
        if (alarm != null) {
            out.add(new Event.AlertStopped(nanos, alarm.alert.segment(), alarm.alert, true));
            alarm = null;
        }
    }

    private void fireBeat(Segment seg, long due, List<Event> out) {
        int beats = clock.tempo.beats().size();
        int rep = (int) (clock.nextBeat / beats);
        int b = (int) (clock.nextBeat % beats);
        if (b == 0 && rep > 0) {
            clock.reps = rep;
            out.add(new Event.RepCounted(due, seg, rep));
        }
        out.add(new Event.BeatStarted(due, seg, rep + 1, clock.tempo.beats().get(b)));
        clock.nextBeat++;
    }

    /**
     * Ends the current segment at {@code at} and starts the next one at {@code nextAt} (later than
     * {@code at} only after an overrun), or finishes.
     */
    private void leave(long at, long nextAt, boolean skipped, Duration overrun, List<Event> out) {
        Segment seg = current();
        record(seg, at, skipped, overrun);
        out.add(new Event.SegmentEnded(at, seg, skipped));
        if (!seg.isPause()) {
            Optional<Segment> nextWork = plan.nextWork(index);
            boolean stepEnds = nextWork.map(n -> n.step() != seg.step()).orElse(true);
            boolean setEnds = stepEnds || nextWork.map(n -> n.set() != seg.set()).orElse(true);
            if (setEnds && seg.sets() > 1) {
                out.add(new Event.SetDone(at, seg));
            }
            if (stepEnds) {
                out.add(new Event.StepDone(at, seg));
            }
        }
        if (!skipped && warmOrCold(seg)) {
            raise(new Alert(seg, overrun), nextAt, out);
        }
        if (index + 1 >= plan.size()) {
            finish(nextAt, true, out);
        } else {
            enter(index + 1, nextAt, out);
        }
    }

    private void record(Segment seg, long at, boolean skipped) {
        record(seg, at, skipped, Duration.ZERO);
    }

    private void record(Segment seg, long at, boolean skipped, Duration overrun) {
        // What an earlier session spent in a resumed segment is in that session's journal line.
        long achieved = Math.max(0, at - clock.start - clock.carried);
        results.put(seg.index(), new SegmentResult(seg, Duration.ofNanos(achieved), repsAt(at), skipped, overrun));
    }

    private void enter(int newIndex, long at, List<Event> out) {
        Segment previous = newIndex > 0 ? plan.get(newIndex - 1) : null;
        index = newIndex;
        Segment seg = current();
        clock.start = at;
        clock.carried = 0;
        clock.planned = seg.length().map(Duration::toNanos).orElse(-1L);
        clock.length = clock.planned;
        clock.reps = 0;
        clock.tempo = seg.tempo().orElse(null);
        clock.perRep = clock.tempo == null ? 0 : clock.tempo.perRep().toNanos();
        clock.nextBeat = 0;
        clock.halfwayDue = !seg.isPause() && clock.length >= 10 * SECOND && clock.tempo == null;
        clock.skinEvery = warmOrCold(seg) && clock.length > 0
                ? seg.pack().flatMap(Pack::skinCheck).map(Duration::toNanos).orElse(0L) : 0;
        clock.skinDone = 0;
        skinShownAt = Long.MIN_VALUE;
        finishAskedUntil = Long.MIN_VALUE;
        if (clock.length >= 0) {
            clock.resetSeconds(at);
        } else {
            clock.nextSecond = 0;
        }
        out.add(new Event.SegmentStarted(at, seg, plan.nextWork(index)));
        if (seg.kind() == Segment.Kind.SWITCH) {
            seg.side().ifPresent(s -> out.add(new Event.SideSwitch(at, seg, s)));
        } else if (previous != null && !previous.isPause() && previous.step() == seg.step()
                && seg.side().isPresent() && !seg.side().equals(previous.side())) {
            out.add(new Event.SideSwitch(at, seg, seg.side().get()));
        }
        if (seg.kind() == Segment.Kind.PHASE && previous != null && previous.kind() == Segment.Kind.PHASE
                && previous.step() == seg.step()) {
            out.add(new Event.PhaseChanged(at, seg, seg.phase().orElse("")));
        }
        if (clock.tempo != null && clock.length > 0) {
            // The first beat is due now; fire it with the start so "up" sounds with the step.
            fireBeat(seg, at, out);
        }
    }

    private void finish(long at, boolean done, List<Event> out) {
        finished = true;
        completed = done;
        sessionEnd = at;
        out.add(new Event.Finished(at, current(), result()));
    }

    // --- commands -----------------------------------------------------------------------------

    private void togglePause(long nanos, List<Event> out) {
        if (pausedAt == null) {
            pausedAt = nanos;
            out.add(new Event.Paused(nanos, current()));
        } else {
            long pausedFor = nanos - pausedAt;
            pausedTotal += pausedFor;
            clock.start += pausedFor;
            pausedAt = null;
            out.add(new Event.Resumed(nanos, current()));
            advance(nanos, out);
        }
    }

    /**
     * n: the next step. In a step it skips the rest of the step (its other sides and sets, and
     * the rest after it) and lands on the next step's start, its get-ready; in a pause it ends the
     * pause and the pauses right after it, so one press gets a person from a rest to the next
     * exercise. A cycle's phases count as steps here: n in a 20-minute heat phase goes on to the
     * ice, not past the whole cycle.
     */
    private void next(long at, List<Event> out) {
        Segment from = current();
        int target = index + 1;
        if (from.isPause()) {
            target = places.firstWork(target);
        } else if (from.kind() != Segment.Kind.PHASE) {
            while (target < plan.size() && plan.get(target).step() == from.step()) {
                target++;
            }
        }
        jump(target, at, from.kind() != Segment.Kind.NOTE, out);
    }

    /**
     * Leaves the current segment for {@code target} (after it, or the end), recording what lies
     * between as skipped without playing it: no start announced for a segment nobody will see.
     */
    private void jump(int target, long at, boolean skipped, List<Event> out) {
        if (target == index + 1) {
            leave(at, at, skipped, Duration.ZERO, out);
            return;
        }
        Segment seg = current();
        record(seg, at, skipped);
        out.add(new Event.SegmentEnded(at, seg, skipped));
        for (int i = index + 1; i < target; i++) {
            results.put(i, new SegmentResult(plan.get(i), Duration.ZERO, 0, true));
        }
        if (target >= plan.size()) {
            finish(at, true, out);
        } else {
            enter(target, at, out);
        }
    }

    /**
     * b: back to the start of this side (or set) of the step, with the pause that leads into it;
     * from there (or within two seconds of its work) to the step's start, with its get-ready; from
     * there to the previous step's start. A rest belongs to no step: from one, b goes back to the
     * step just done. A cycle's phases count as steps, as for n.
     */
    private void back(long nanos, List<Event> out) {
        long t = effective(nanos);
        Segment seg = current();
        int target;
        if (seg.kind() == Segment.Kind.REST) {
            target = stepBefore(index);
        } else {
            int part = places.partStart(index);
            int step = places.stepStart(index);
            if (!atStartOf(part, t)) {
                target = part;
            } else if (part > step) {
                target = step;
            } else {
                target = stepBefore(step);
            }
        }
        // What comes from the target on is played again: its earlier attempts no longer count.
        results.tailMap(target, true).clear();
        out.add(new Event.SegmentEnded(t, seg, true));
        enter(target, t, out);
    }

    /** True in the pauses leading into the work that starts at {@code start}, or within two seconds of that work. */
    private boolean atStartOf(int start, long t) {
        int work = places.firstWork(start);
        return index < work || (index == work && t - clock.start <= BACK_GRACE);
    }

    /** The start of the step before the one starting at (or the rest at) {@code from}; the plan's start if none. */
    private int stepBefore(int from) {
        int prev = places.previousWork(from);
        return prev >= 0 ? places.stepStart(prev) : 0;
    }

    private void adjust(long delta, long nanos, List<Event> out) {
        if (clock.length < 0 || clock.tempo != null) {
            return;
        }
        long t = effective(nanos);
        long elapsed = t - clock.start;
        // Never below what already ran (the countdown ends at once), never past the cap.
        long newLength = Math.min(clock.maxLength(), Math.max(elapsed, clock.length + delta));
        long applied = newLength - clock.length;
        if (applied == 0) {
            return;
        }
        clock.length = newLength;
        clock.resetSeconds(t);
        if (clock.halfwayDue && clock.halfwayInstant() < t) {
            clock.halfwayDue = false;
        }
        // A check that + brings back before the last minute is not due in the past: skip it.
        while (clock.skinDue() && clock.skinInstant() < t) {
            clock.skinDone++;
        }
        out.add(new Event.TimeAdjusted(t, current(), Duration.ofNanos(applied)));
        advance(nanos, out);
    }

    private void confirm(long nanos, List<Event> out) {
        if (pausedAt != null) {
            return;
        }
        Segment seg = current();
        if (seg.kind() == Segment.Kind.NOTE || seg.kind() == Segment.Kind.SWAP) {
            leave(nanos, nanos, false, Duration.ZERO, out);
        } else if (seg.kind() == Segment.Kind.REPS && clock.tempo == null) {
            tap(nanos, out);
        } else if (seg.kind() == Segment.Kind.REPS && nanos <= finishAskedUntil) {
            leave(nanos, nanos, false, Duration.ZERO, out);
        } else if (seg.kind() == Segment.Kind.REPS) {
            // A stray press must not end a paced step: the first one asks, a second one in time ends it.
            finishAskedUntil = nanos + FINISH_WINDOW;
            out.add(new Event.FinishAsked(nanos, seg, finishAskedUntil));
        }
    }

    /** One more tapped rep; the step ends at its target. */
    private void tap(long nanos, List<Event> out) {
        Segment seg = current();
        if (pausedAt != null || !(seg.body() instanceof Segment.Reps r) || clock.tempo != null) {
            return;
        }
        clock.reps++;
        out.add(new Event.RepCounted(nanos, seg, clock.reps));
        if (clock.reps >= r.target()) {
            leave(nanos, nanos, false, Duration.ZERO, out);
        }
    }

    /** Takes back a tapped rep, down to none. */
    private void untap(long nanos, List<Event> out) {
        Segment seg = current();
        if (pausedAt != null || seg.kind() != Segment.Kind.REPS || clock.tempo != null || clock.reps == 0) {
            return;
        }
        clock.reps--;
        out.add(new Event.RepUndone(nanos, seg, clock.reps));
    }

    private void quit(long nanos, List<Event> out) {
        long t = effective(nanos);
        // A note or a tapped counter left unanswered was not done: it counts as skipped. A
        // countdown cut short keeps what was achieved.
        record(current(), t, clock.length < 0);
        if (pausedAt != null) {
            pausedTotal += nanos - pausedAt;
            pausedAt = null;
        }
        // Quitting (Ctrl-C, a signal, q) ends the alert too: a player would otherwise wait on it.
        alarm = null;
        finish(nanos, false, out);
    }

    /** Reps done at engine time {@code t}: counted by the user, or by the tempo. */
    private int repsAt(long t) {
        if (clock.tempo == null || clock.perRep <= 0) {
            return clock.reps;
        }
        long done = Math.max(0, t - clock.start) / clock.perRep;
        return (int) Math.min(current().reps().orElseThrow().target(), done);
    }

    /** The reps done at engine time {@code t} and, for paced reps, the beat and how far through it. */
    private Snapshot.Reps repsSnapshot(long t) {
        if (clock.tempo == null || clock.perRep <= 0 || finished) {
            return Snapshot.Reps.tapped(repsAt(t));
        }
        return clock.tempo.at(Duration.ofNanos(Math.max(0, t - clock.start)))
                .map(now -> {
                    Duration length = now.beat().length();
                    double through = 1 - (double) now.left().toNanos() / length.toNanos();
                    return new Snapshot.Reps(repsAt(t), Optional.of(now.beat().name()), through, length);
                })
                .orElseGet(() -> Snapshot.Reps.tapped(repsAt(t)));
    }
}
