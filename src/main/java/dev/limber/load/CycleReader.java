package dev.limber.load;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import dev.limber.routine.Phase;
import dev.limber.routine.Picture;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.routine.Tone;
import dev.limber.text.Sanitizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the fields of a cycle step: its phases (each a name, a time, instructions, a tone, and
 * for heat and cold its skin-check interval and the words for putting it {@code on} and taking it
 * {@code off}), its rounds, its {@code swap} pause and {@code skin-check} interval, and
 * {@code start}, which rotates the phases so the named one comes first ({@code start = ice} on
 * heat, ice gives ice, heat).
 */
final class CycleReader {
    static final List<String> PHASE_KEYS = List.of("name", "time", "how", "tone", "skin-check", "on", "off", "picture",
            "picture-alt");

    private final Values values;
    private final StepReader steps;
    private final CareReader care;
    private final PictureReader pictures;

    CycleReader(Values values, StepReader steps, PictureReader pictures) {
        this.values = values;
        this.steps = steps;
        this.care = new CareReader(values);
        this.pictures = pictures;
    }

    Optional<Step> read(ConfigObject o, String path, StepBase base) {
        OptionalInt rounds = o.containsKey("rounds") ? values.count(o.get("rounds"), StepReader.at(path, "rounds")) : OptionalInt.of(1);
        Optional<ConfigList> list = values.list(o.get("phases"), StepReader.at(path, "phases"), "phases");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().isEmpty()) {
            values.report().error(o.get("phases").origin(), StepReader.at(path, "phases"), "a cycle needs at least one phase");
            return Optional.empty();
        }
        Optional<Swap> swap = o.containsKey("swap") ? care.swap(o.get("swap"), StepReader.at(path, "swap"))
                : Optional.of(Swap.NONE);
        Optional<SkinCheck> skinCheck = o.containsKey("skin-check")
                ? care.skinCheck(o.get("skin-check"), StepReader.at(path, "skin-check"))
                : Optional.of(SkinCheck.DEFAULT);
        List<Phase> phases = new ArrayList<>();
        boolean fine = swap.isPresent() && skinCheck.isPresent();
        for (int k = 0; k < list.get().size(); k++) {
            Optional<Phase> p = phase(list.get().get(k), StepReader.at(path, "phases") + "[" + k + "]", base.tone());
            fine &= p.isPresent();
            p.ifPresent(phases::add);
        }
        if (!fine) {
            return Optional.empty();
        }
        if (o.containsKey("start")) {
            Optional<List<Phase>> rotated = startAt(o.get("start"), StepReader.at(path, "start"), phases);
            if (rotated.isEmpty()) {
                return Optional.empty();
            }
            phases = rotated.get();
        }
        return rounds.isPresent()
                ? Optional.of(new Step.Cycle(base, phases, rounds.getAsInt(), swap.get(), skinCheck.get()))
                : Optional.empty();
    }

    /** {@code start = ice}: the phases in the same rotation, beginning with the one named ice. */
    private Optional<List<Phase>> startAt(ConfigValue v, String path, List<Phase> phases) {
        Optional<String> start = values.text(v, path, false);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        String want = start.get().strip();
        for (int k = 0; k < phases.size(); k++) {
            if (phases.get(k).name().strip().equalsIgnoreCase(want)) {
                List<Phase> out = new ArrayList<>(phases.subList(k, phases.size()));
                out.addAll(phases.subList(0, k));
                return Optional.of(out);
            }
        }
        List<String> names = phases.stream().map(p -> Sanitizer.line(p.name())).toList();
        values.report().error(v.origin(), path, "no phase is named \"" + Sanitizer.line(want)
                + "\"; start with one of: " + String.join(", ", names));
        return Optional.empty();
    }

    private Optional<Phase> phase(ConfigValue v, String path, Optional<Tone> stepTone) {
        Optional<ConfigObject> obj = values.object(v, path, "a phase");
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        ConfigObject o = obj.get();
        values.unknownKeys(o, path, PHASE_KEYS, "a phase");
        Optional<String> name = steps.required(o, path, "name")
                .flatMap(x -> values.name(x, StepReader.at(path, "name"), "a phase needs a name, e.g. name = Heat"));
        Optional<Duration> time = steps.required(o, path, "time").flatMap(x -> values.duration(x, StepReader.at(path, "time"), false));
        Optional<String> how = StepReader.optional(o, "how").flatMap(x -> values.text(x, StepReader.at(path, "how"), true));
        Optional<Tone> tone = StepReader.optional(o, "tone").flatMap(x -> steps.tone(x, StepReader.at(path, "tone")));
        Optional<SkinCheck> skinCheck = StepReader.optional(o, "skin-check")
                .flatMap(x -> care.skinCheck(x, StepReader.at(path, "skin-check")));
        Optional<String> on = StepReader.optional(o, "on")
                .flatMap(x -> values.text(x, StepReader.at(path, "on"), false));
        Optional<String> off = StepReader.optional(o, "off")
                .flatMap(x -> values.text(x, StepReader.at(path, "off"), false));
        Optional<Picture> picture = pictures.read(o, path);
        if ((o.containsKey("tone") && tone.isEmpty()) || (o.containsKey("skin-check") && skinCheck.isEmpty())
                || (o.containsKey("on") && on.isEmpty()) || (o.containsKey("off") && off.isEmpty())) {
            return Optional.empty();
        }
        if (name.isEmpty() || time.isEmpty()) {
            return Optional.empty();
        }
        Optional<Tone> effective = tone.or(() -> stepTone);
        boolean skin = effective.isPresent() && (effective.get() == Tone.WARM || effective.get() == Tone.COLD);
        if (!skin) {
            for (String key : List.of("skin-check", "on", "off")) {
                if (o.containsKey(key)) {
                    values.report().warning(o.get(key).origin(), StepReader.at(path, key), key
                            + " is only used in a warm or cold phase; give this phase tone = warm or tone = cold");
                }
            }
        }
        steps.warnIfLong(o.get("time"), StepReader.at(path, "time"), time.get(), effective);
        return Optional.of(new Phase(name.get(), time.get(), how, tone, skinCheck, on, off, picture));
    }

}
