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
 * Which warm or cold phases of a routine are long enough that {@code limber heat-ice} asks before
 * starting. A pure function over the model.
 */
final class HeatIce {
    /** Heat or cold for longer than this in one go is asked about before starting. */
    static final Duration CONFIRM_OVER = Duration.ofMinutes(30);

    private HeatIce() {
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
