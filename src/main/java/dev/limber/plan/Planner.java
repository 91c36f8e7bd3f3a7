package dev.limber.plan;

import dev.limber.routine.Phase;
import dev.limber.routine.Picture;
import dev.limber.routine.Routine;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.routine.Tone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Expands a routine into segments, once. For one step: sets outermost, then sides, then (for a
 * cycle) rounds and phases. {@code prepare} comes before the step's first timed segment, the switch
 * pause between sides, set rest between sets, a cycle's swap pause between its phases, and the
 * step's rest after it unless it is the last step or a note. Pauses come only between things, so
 * with every pause at 0 s the plan lasts exactly the sum of the work (a swap that waits adds no
 * time). Warm and cold work gets its {@link Pack}: the words for putting it on and taking it off,
 * and its skin-check interval.
 */
public final class Planner {
    /** More segments than this is refused by the loader (DESIGN: 10,000 expanded steps). */
    public static final int MAX_SEGMENTS = 10_000;

    private Planner() {
    }

    public static Plan plan(Routine routine) {
        List<Segment> out = new ArrayList<>();
        walk(routine, new Out() {
            @Override
            public void add(Segment segment) {
                out.add(segment.withIndex(out.size()));
            }

            @Override
            public void times(int n, IntConsumer body) {
                for (int i = 1; i <= n; i++) {
                    body.accept(i);
                }
            }
        });
        return new Plan(routine, out);
    }

    /**
     * How many segments {@link #plan} would make, by the same walk, so a hostile file with 1,000
     * sets of 1,000 rounds is refused before it is expanded: of each repeated part (sets, sides,
     * rounds) only the first two are walked, since every one after the first comes out the same
     * size as the second. Saturates at {@link Long#MAX_VALUE}.
     */
    public static long count(Routine routine) {
        Counter counter = new Counter();
        walk(routine, counter);
        return counter.total;
    }

    /**
     * Where the walk puts segments, and how it repeats a part {@code n} times (numbered from 1).
     * A repeated part may differ in what it adds only between its first time and the others (a set
     * rest before every set but the first): {@link #count} relies on that.
     */
    private interface Out {
        void add(Segment segment);

        void times(int n, IntConsumer body);
    }

    private static final class Counter implements Out {
        long total;

        @Override
        public void add(Segment segment) {
            total = sat(total + 1);
        }

        @Override
        public void times(int n, IntConsumer body) {
            if (n >= 1) {
                body.accept(1);
            }
            if (n >= 2) {
                long before = total;
                body.accept(2);
                long each = total - before;
                total = each != 0 && (n - 1) > (Long.MAX_VALUE - before) / each ? Long.MAX_VALUE
                        : sat(before + each * (n - 1));
            }
        }
    }

    /** The one expansion of a routine, step by step, with each step's rest after it. */
    private static void walk(Routine routine, Out out) {
        List<Step> steps = routine.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            expandStep(i, step, out);
            boolean last = i == steps.size() - 1;
            Duration rest = step.base().pauses().rest();
            if (!last && !(step instanceof Step.Note) && positive(rest)) {
                out.add(pause(Segment.Pause.Why.REST, i, step.base(), Optional.empty(), 1, 1, rest, Optional.empty()));
            }
        }
    }

    private static long sat(long v) {
        return v < 0 ? Long.MAX_VALUE : v;
    }

    private static boolean positive(Duration d) {
        return d.compareTo(Duration.ZERO) > 0;
    }

    private static boolean hasTimedWork(Step step) {
        if (step instanceof Step.Reps r) {
            return r.tempo().isPresent();
        }
        return step instanceof Step.Timed || step instanceof Step.Cycle;
    }

    private static void expandStep(int index, Step step, Out out) {
        StepBase b = step.base();
        List<Optional<String>> sides = new ArrayList<>();
        if (b.sides().isEmpty()) {
            sides.add(Optional.empty());
        } else {
            b.sides().forEach(s -> sides.add(Optional.of(s)));
        }
        if (hasTimedWork(step) && positive(b.pauses().prepare())) {
            out.add(pause(Segment.Pause.Why.PREPARE, index, b, sides.get(0), 1, b.sets(), b.pauses().prepare(),
                    firstPicture(step)));
        }
        out.times(b.sets(), set -> {
            if (set > 1 && positive(b.pauses().setRest())) {
                out.add(pause(Segment.Pause.Why.SET_REST, index, b, sides.get(0), set, b.sets(), b.pauses().setRest(),
                        firstPicture(step)));
            }
            out.times(sides.size(), s -> {
                Optional<String> side = sides.get(s - 1);
                if (s > 1 && positive(b.pauses().switchSides())) {
                    out.add(pause(Segment.Pause.Why.SWITCH, index, b, side, set, b.sets(), b.pauses().switchSides(),
                            firstPicture(step)));
                }
                work(index, step, side, set, out);
            });
        });
    }

    private static void work(int index, Step step, Optional<String> side, int set, Out out) {
        StepBase b = step.base();
        Tone tone = b.tone().orElse(Tone.WORK);
        if (step instanceof Step.Timed t) {
            out.add(new Segment(0, index, b.name(), side, set, b.sets(), tone, b.how(), b.picture(), new Segment.Countdown(t.time(),
                    pack(tone, b.name(), Optional.empty(), Optional.empty(), SkinCheck.DEFAULT))));
        } else if (step instanceof Step.Reps r) {
            out.add(new Segment(0, index, b.name(), side, set, b.sets(), tone, b.how(), b.picture(),
                    new Segment.Reps(r.reps(), r.tempo())));
        } else if (step instanceof Step.Note) {
            out.add(new Segment(0, index, b.name(), side, set, b.sets(), b.tone().orElse(Tone.REST), b.how(),
                    b.picture(), new Segment.Note()));
        } else if (step instanceof Step.Cycle c) {
            List<Phase> phases = c.phases();
            out.times(c.rounds(), round -> {
                for (int i = 0; i < phases.size(); i++) {
                    Segment phase = phase(index, c, phases.get(i), round, side, set);
                    if (round > 1 || i > 0) {
                        // the phase before: the last of the round before when this one is a round's first
                        Phase before = phases.get((i + phases.size() - 1) % phases.size());
                        Segment from = phase(index, c, before, i > 0 ? round : round - 1, side, set);
                        swap(c.swap(), from, phase, (Segment.Phase) phase.body()).ifPresent(out::add);
                    }
                    out.add(phase);
                }
            });
        }
    }

    private static Segment phase(int index, Step.Cycle c, Phase p, int round, Optional<String> side, int set) {
        StepBase b = c.base();
        Tone tone = p.tone().orElse(b.tone().orElse(Tone.WORK));
        return new Segment(0, index, b.name(), side, set, b.sets(), tone, p.how().or(b::how),
                p.picture().or(b::picture), new Segment.Phase(p.name(), new Segment.Round(round, c.rounds()), p.time(),
                        pack(tone, p.name(), p.on(), p.off(), p.skinCheck().orElse(c.skinCheck()))));
    }

    /** The swap pause between two phases, carrying the words of the pack coming off and the one going on. */
    private static Optional<Segment> swap(Swap swap, Segment from, Segment to, Segment.Phase next) {
        Optional<Duration> length;
        if (swap instanceof Swap.After a) {
            length = Optional.of(a.length());
        } else if (swap instanceof Swap.Wait) {
            length = Optional.empty();
        } else {
            return Optional.empty();
        }
        String off = from.pack().map(Pack::off).orElse(words(from.phase().orElse(from.name())) + " is done");
        String on = next.pack().map(Pack::on).orElse("Get ready for " + lower(next.phase()));
        return Optional.of(new Segment(0, to.step(), to.name(), to.side(), to.set(), to.sets(), Tone.REST,
                Optional.empty(), to.picture(), new Segment.Swap(next.phase(), next.round(), length, new Pack(on, off, Optional.empty()))));
    }

    /**
     * Heat or cold on the skin for a warm or cold segment, else none. Without words in the routine
     * it says them with the name: {@code Ice is done: take it off}, {@code Put the ice on}.
     */
    private static Optional<Pack> pack(Tone tone, String name, Optional<String> on, Optional<String> off,
            SkinCheck skinCheck) {
        if (tone != Tone.WARM && tone != Tone.COLD) {
            return Optional.empty();
        }
        return Optional.of(new Pack(on.map(Planner::words).orElse("Put the " + lower(name) + " on"),
                off.map(Planner::words).orElse(words(name) + " is done: take it off"), skinCheck.every()));
    }

    /** Routine text as the middle of a sentence: trimmed, without the full stop it may end with. */
    private static String words(String text) {
        return SENTENCE_END.matcher(text.strip()).replaceAll("");
    }

    private static String lower(String name) {
        return words(name).toLowerCase(Locale.ROOT);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[\\s.!]+$");

    private static Segment pause(Segment.Pause.Why why, int index, StepBase b, Optional<String> side, int set, int sets,
            Duration length, Optional<Picture> picture) {
        return new Segment(0, index, b.name(), side, set, sets, Tone.REST, Optional.empty(), picture,
                new Segment.Pause(why, length));
    }

    /** What a pause leading into {@code step} shows: the step's picture, or its first phase's. */
    private static Optional<Picture> firstPicture(Step step) {
        if (step instanceof Step.Cycle c && !c.phases().isEmpty()) {
            return c.phases().get(0).picture().or(() -> step.base().picture());
        }
        return step.base().picture();
    }
}
