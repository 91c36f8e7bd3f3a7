package dev.limber.cli;

import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.Tone;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code limber heat-ice} does to the built-in routine beyond its params: which pack comes
 * first, and which phases are long enough to ask about first. Pure functions over the model.
 */
final class HeatIce {
    /** Heat or cold for longer than this in one go is asked about before starting. */
    static final Duration CONFIRM_OVER = Duration.ofMinutes(30);

    private HeatIce() {
    }

    /**
     * The routine with every cycle's phases rotated so the first phase of tone {@code first}
     * leads ({@code --start ice}); the order among the rest is kept.
     */
    static Routine startWith(Routine routine, Tone first) {
        List<Step> steps = new ArrayList<>();
        for (Step s : routine.steps()) {
            if (s instanceof Step.Cycle c) {
                int at = -1;
                for (int i = 0; i < c.phases().size() && at < 0; i++) {
                    if (c.phases().get(i).tone().orElse(Tone.WORK) == first) {
                        at = i;
                    }
                }
                if (at > 0) {
                    List<Phase> rotated = new ArrayList<>(c.phases().subList(at, c.phases().size()));
                    rotated.addAll(c.phases().subList(0, at));
                    s = new Step.Cycle(c.base(), rotated, c.rounds());
                }
            }
            steps.add(s);
        }
        return routine.withSteps(steps);
    }

    /** One line per warm or cold phase over {@link #CONFIRM_OVER}, e.g. {@code Heat: 45m}. */
    static List<String> longPhases(Routine routine) {
        List<String> out = new ArrayList<>();
        for (Step s : routine.steps()) {
            if (s instanceof Step.Cycle c) {
                for (Phase p : c.phases()) {
                    Tone tone = p.tone().orElse(c.base().tone().orElse(Tone.WORK));
                    boolean skin = tone == Tone.WARM || tone == Tone.COLD;
                    if (skin && p.time().compareTo(CONFIRM_OVER) > 0) {
                        out.add(Sanitizer.line(p.name()) + ": " + Durations.compact(p.time()));
                    }
                }
            }
        }
        return out;
    }
}
