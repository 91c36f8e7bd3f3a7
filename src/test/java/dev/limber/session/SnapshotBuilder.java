package dev.limber.session;

import dev.limber.plan.Segment;
import java.time.Duration;
import java.util.Optional;

/**
 * Hand-made snapshots for view tests: a routine title and the segment on screen, then only what
 * a test cares about. The rest: running, no next, step 1 of 1, the whole length left, nothing
 * elapsed, no reps counted yet (for a reps segment), no progress, no alert.
 */
public final class SnapshotBuilder {
    private final String title;
    private final Segment segment;
    private State state = State.RUNNING;
    private Optional<Segment> next = Optional.empty();
    private int position = 1;
    private int stepCount = 1;
    private Optional<Duration> remaining;
    private Duration elapsed = Duration.ZERO;
    private Optional<Snapshot.Reps> reps;
    private double segmentProgress;
    private double sessionProgress;
    private Duration sessionLeft = Duration.ZERO;
    private boolean checkSkin;

    private SnapshotBuilder(String title, Segment segment) {
        this.title = title;
        this.segment = segment;
        this.remaining = segment.length();
        this.reps = segment.reps().map(r -> Snapshot.Reps.tapped(0));
    }

    public static SnapshotBuilder of(String title, Segment segment) {
        return new SnapshotBuilder(title, segment);
    }

    public SnapshotBuilder state(State state) {
        this.state = state;
        return this;
    }

    public SnapshotBuilder next(Segment next) {
        this.next = Optional.of(next);
        return this;
    }

    /** Routine step {@code position} of {@code stepCount}, both from 1. */
    public SnapshotBuilder step(int position, int stepCount) {
        this.position = position;
        this.stepCount = stepCount;
        return this;
    }

    /** {@code remaining} left of a countdown, {@code elapsed} spent in the segment. */
    public SnapshotBuilder time(Duration remaining, Duration elapsed) {
        this.remaining = Optional.of(remaining);
        this.elapsed = elapsed;
        return this;
    }

    /** Waiting for the user, {@code elapsed} into the segment. */
    public SnapshotBuilder waiting(Duration elapsed) {
        this.state = State.WAITING;
        this.remaining = Optional.empty();
        this.elapsed = elapsed;
        return this;
    }

    /** Reps counted so far, in {@code beat} of a paced rep (or none). */
    public SnapshotBuilder reps(int done, Optional<String> beat) {
        this.reps = Optional.of(beat.map(b -> new Snapshot.Reps(done, beat, 0, Duration.ofSeconds(1)))
                .orElse(Snapshot.Reps.tapped(done)));
        return this;
    }

    /** Reps counted so far, {@code through} (0..1) the beat {@code beat} of {@code beatLength}. */
    public SnapshotBuilder beat(int done, String beat, double through, Duration beatLength) {
        this.reps = Optional.of(new Snapshot.Reps(done, Optional.of(beat), through, beatLength));
        return this;
    }

    /** 0..1 through the segment and through the session, with {@code sessionLeft} of the session left. */
    public SnapshotBuilder progress(double segment, double session, Duration sessionLeft) {
        this.segmentProgress = segment;
        this.sessionProgress = session;
        this.sessionLeft = sessionLeft;
        return this;
    }

    public SnapshotBuilder checkSkin() {
        this.checkSkin = true;
        return this;
    }

    public Snapshot build() {
        return new Snapshot(title, state, segment, next, position, stepCount, remaining, elapsed, reps,
                segmentProgress, sessionProgress, sessionLeft, Optional.empty(), checkSkin);
    }
}
