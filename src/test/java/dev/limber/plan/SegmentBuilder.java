package dev.limber.plan;

import dev.limber.routine.Picture;
import dev.limber.routine.Tempo;
import dev.limber.routine.Tone;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Hand-made segments for tests: start from a kind with what that kind needs, set only the header
 * fields a test cares about, then {@link #build()}. The rest is index 0, step 0, no side, set 1 of 1,
 * no how, and the kind's usual tone.
 */
public final class SegmentBuilder {
    private int index;
    private int step;
    private final String name;
    private Optional<String> side = Optional.empty();
    private int set = 1;
    private int sets = 1;
    private Tone tone;
    private Optional<String> how = Optional.empty();
    private Optional<Picture> picture = Optional.empty();
    private Optional<Pack> pack = Optional.empty();
    private Optional<Tempo> tempo = Optional.empty();
    private final Function<SegmentBuilder, Segment.Body> body;

    private SegmentBuilder(String name, Tone tone, Function<SegmentBuilder, Segment.Body> body) {
        this.name = name;
        this.tone = tone;
        this.body = body;
    }

    /** A hold of {@code length}. */
    public static SegmentBuilder work(String name, Duration length) {
        return new SegmentBuilder(name, Tone.WORK, b -> new Segment.Countdown(length, b.pack));
    }

    /** A rep counter of {@code target} reps, tapped unless given a {@link #tempo}. */
    public static SegmentBuilder reps(String name, int target) {
        return new SegmentBuilder(name, Tone.WORK, b -> new Segment.Reps(target, b.tempo));
    }

    /** Phase {@code phase} of round {@code round} of {@code rounds} of the cycle {@code name}. */
    public static SegmentBuilder phase(String name, String phase, int round, int rounds, Duration length) {
        return new SegmentBuilder(name, Tone.WORK,
                b -> new Segment.Phase(phase, new Segment.Round(round, rounds), length, b.pack));
    }

    public static SegmentBuilder note(String name) {
        return new SegmentBuilder(name, Tone.REST, b -> new Segment.Note());
    }

    /** A pause for {@code why} belonging to the step {@code name}. */
    public static SegmentBuilder pause(Segment.Pause.Why why, String name, Duration length) {
        return new SegmentBuilder(name, Tone.REST, b -> new Segment.Pause(why, length));
    }

    /** Where it is: the segment's index in the plan and its routine step's, both from 0. */
    public SegmentBuilder at(int index, int step) {
        this.index = index;
        this.step = step;
        return this;
    }

    /** The side, or none for null. */
    public SegmentBuilder side(String side) {
        this.side = Optional.ofNullable(side);
        return this;
    }

    public SegmentBuilder set(int set, int sets) {
        this.set = set;
        this.sets = sets;
        return this;
    }

    public SegmentBuilder tone(Tone tone) {
        this.tone = tone;
        return this;
    }

    /** What to do, or none for null. */
    public SegmentBuilder how(String how) {
        this.how = Optional.ofNullable(how);
        return this;
    }

    /** What it shows beside the countdown. */
    public SegmentBuilder picture(Picture picture) {
        this.picture = Optional.of(picture);
        return this;
    }

    /** The heat or cold on the skin, for a hold or a phase. */
    public SegmentBuilder pack(Pack pack) {
        this.pack = Optional.of(pack);
        return this;
    }

    /** The pace of a rep counter. */
    public SegmentBuilder tempo(Tempo tempo) {
        this.tempo = Optional.of(tempo);
        return this;
    }

    public Segment build() {
        return new Segment(index, step, name, side, set, sets, tone, how, picture, body.apply(this));
    }
}
