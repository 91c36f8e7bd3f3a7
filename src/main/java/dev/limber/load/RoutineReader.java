package dev.limber.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.limber.plan.Planner;
import dev.limber.routine.Pauses;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a resolved routine object into a {@link Routine}: the top-level keys, the routine's
 * default pauses, params, and each step (through {@link StepReader}), then refuses a routine that
 * would expand to more than {@link Planner#MAX_SEGMENTS} segments.
 */
final class RoutineReader {
    static final List<String> KEYS = List.of("title", "about", "tags", "pain-check", "prepare", "rest", "switch",
            "params", "library", "steps");
    /** Pauses when a routine does not set them: time to get into position, to breathe, to turn over. */
    static final Pauses DEFAULT_PAUSES = new Pauses(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5),
            Duration.ofSeconds(10));

    private final Values values;
    private final Pauses defaults;
    private final Folder folder;

    /**
     * @param defaults the pauses of a routine that does not set its own (built in, or from settings)
     * @param folder the routine's folder, where its image pictures are
     */
    RoutineReader(Values values, Pauses defaults, Folder folder) {
        this.values = values;
        this.defaults = defaults;
        this.folder = folder;
    }

    /**
     * @param paramOrder the parameter names in the order the file declares them
     */
    Optional<Routine> read(String id, ConfigObject root, List<String> paramOrder) {
        Report report = values.report();
        values.unknownKeys(root, "", KEYS, "a routine");
        Optional<String> title = required(root, "title")
                .flatMap(v -> values.name(v, "title", "the title is empty; name the routine, e.g. " + EXAMPLES.get("title")));
        Optional<String> about = optional(root, "about").flatMap(v -> values.text(v, "about", true));
        List<String> tags = tags(root);
        boolean painCheck = optional(root, "pain-check").flatMap(v -> values.bool(v, "pain-check")).orElse(false);
        Duration prepare = pause(root, "prepare", defaults.prepare());
        Duration rest = pause(root, "rest", defaults.rest());
        Duration switchSides = pause(root, "switch", defaults.switchSides());
        Map<String, String> params = params(root, paramOrder);
        optional(root, "library").ifPresent(v -> values.object(v, "library", "reusable steps"));
        StepReader steps = new StepReader(values, new Pauses(prepare, rest, switchSides, rest), folder);
        List<Step> read = new ArrayList<>();
        List<ConfigOrigin> origins = new ArrayList<>();
        Optional<ConfigValue> stepsValue = required(root, "steps");
        Optional<ConfigList> list = stepsValue.flatMap(v -> values.list(v, "steps", "steps"));
        if (list.isPresent() && list.get().isEmpty()) {
            report.error(list.get().origin(), "steps", "a routine needs at least one step");
        }
        for (int k = 0; list.isPresent() && k < list.get().size(); k++) {
            ConfigValue v = list.get().get(k);
            int index = k;
            steps.read(v, "steps[" + k + "]").ifPresent(s -> {
                read.add(s);
                origins.add(list.get().get(index).origin());
            });
        }
        if (report.hasErrors() || title.isEmpty()) {
            return Optional.empty();
        }
        Routine routine = new Routine(id, title.get(), about, tags, painCheck, params, read);
        return withinLimit(routine, origins) ? Optional.of(routine) : Optional.empty();
    }

    /** Refuses more than {@link Planner#MAX_SEGMENTS} segments, counted before anything is expanded. */
    private boolean withinLimit(Routine routine, List<ConfigOrigin> origins) {
        long total = Planner.count(routine);
        if (total <= Planner.MAX_SEGMENTS) {
            return true;
        }
        int worst = 0;
        long worstCount = -1;
        for (int k = 0; k < routine.steps().size(); k++) {
            long c = Planner.count(routine.withSteps(List.of(routine.steps().get(k))));
            if (c > worstCount) {
                worst = k;
                worstCount = c;
            }
        }
        if (worstCount > Planner.MAX_SEGMENTS) {
            values.report().error(origins.get(worst), "steps[" + worst + "]", String.format(
                    "this step expands to %,d segments; a routine may have at most %,d", worstCount, Planner.MAX_SEGMENTS));
        } else {
            values.report().error(origins.get(0), "steps", String.format(
                    "the routine expands to %,d segments; it may have at most %,d", total, Planner.MAX_SEGMENTS));
        }
        return false;
    }

    private List<String> tags(ConfigObject root) {
        List<String> tags = new ArrayList<>();
        optional(root, "tags").flatMap(v -> values.list(v, "tags", "tags like [sciatica, lower-back]")).ifPresent(l -> {
            for (int k = 0; k < l.size(); k++) {
                values.name(l.get(k), "tags[" + k + "]", "a tag is a word, e.g. lower-back").ifPresent(tags::add);
            }
        });
        return tags;
    }

    private Map<String, String> params(ConfigObject root, List<String> order) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<ConfigObject> obj = optional(root, "params").flatMap(v -> values.object(v, "params", "parameters"));
        if (obj.isEmpty()) {
            return out;
        }
        List<String> names = new ArrayList<>(order);
        for (Map.Entry<String, ConfigValue> e : Values.byLine(obj.get())) {
            if (!names.contains(e.getKey())) {
                names.add(e.getKey());
            }
        }
        for (String name : names) {
            ConfigValue v = obj.get().get(name);
            if (v == null) {
                continue;
            }
            String path = "params." + name;
            TextRules.problem(name, false).ifPresent(p -> values.report().error(v.origin(), path, p));
            Optional<ConfigValueType> t = values.type(v, path);
            if (t.isEmpty()) {
                continue;
            }
            if (t.get() == ConfigValueType.OBJECT || t.get() == ConfigValueType.LIST || t.get() == ConfigValueType.NULL) {
                values.report().error(v.origin(), path, "a parameter is one value: a number, a duration or a word");
                continue;
            }
            values.text(v, path, false).ifPresent(s -> out.put(name, s));
        }
        return out;
    }

    private Duration pause(ConfigObject o, String key, Duration fallback) {
        return optional(o, key).flatMap(v -> values.duration(v, key, true)).orElse(fallback);
    }

    private static final Map<String, String> EXAMPLES = Map.of("title", "title = \"Morning stretch\"",
            "steps", "steps = [ { name = \"Plank\", time = 30s } ]");

    private Optional<ConfigValue> required(ConfigObject o, String key) {
        if (!o.containsKey(key)) {
            values.report().error(o.origin(), "", key + " is required, e.g. " + EXAMPLES.get(key));
            return Optional.empty();
        }
        return Optional.of(o.get(key));
    }

    private static Optional<ConfigValue> optional(ConfigObject o, String key) {
        try {
            return Optional.ofNullable(o.get(key));
        } catch (ConfigException.NotResolved e) {
            return Optional.empty();
        }
    }
}
