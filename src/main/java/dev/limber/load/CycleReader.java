package dev.limber.load;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import dev.limber.routine.Phase;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Tone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the fields of a cycle step: its phases (each a name, a time, instructions and a tone),
 * its rounds, and {@code start}, which rotates the phases so the named one comes first
 * ({@code start = ice} on heat, ice gives ice, heat).
 */
final class CycleReader {
    static final List<String> PHASE_KEYS = List.of("name", "time", "how", "tone");

    private final Values values;
    private final StepReader steps;

    CycleReader(Values values, StepReader steps) {
        this.values = values;
        this.steps = steps;
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
        List<Phase> phases = new ArrayList<>();
        boolean fine = true;
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
        return rounds.isPresent() ? Optional.of(new Step.Cycle(base, phases, rounds.getAsInt())) : Optional.empty();
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
        List<String> names = phases.stream().map(p -> dev.limber.text.Sanitizer.line(p.name())).toList();
        values.report().error(v.origin(), path, "no phase is named \"" + dev.limber.text.Sanitizer.line(want)
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
        if (o.containsKey("tone") && tone.isEmpty()) {
            return Optional.empty();
        }
        if (name.isEmpty() || time.isEmpty()) {
            return Optional.empty();
        }
        steps.warnIfLong(o.get("time"), StepReader.at(path, "time"), time.get(), tone.or(() -> stepTone));
        return Optional.of(new Phase(name.get(), time.get(), how, tone));
    }

}
