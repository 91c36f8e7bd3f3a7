package dev.limber.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import dev.limber.routine.Pauses;
import dev.limber.routine.Picture;
import dev.limber.routine.Progress;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Tempo;
import dev.limber.routine.Tone;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import dev.limber.text.Suggest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads one step object into a {@link Step}: its kind from its fields (or {@code kind}), its
 * sides, sets and tone, and its pauses merged with the routine's defaults. Reports every problem
 * it finds in the step rather than stopping at the first.
 */
final class StepReader {
    static final List<String> KEYS = List.of("name", "how", "kind", "time", "reps", "tempo", "phases", "rounds", "start",
            "sides", "sets", "set-rest", "prepare", "rest", "switch", "progress", "tone", "swap", "skin-check", "picture", "picture-alt");
    static final List<String> KINDS = List.of("timed", "reps", "cycle", "note");
    /** Heat or cold for longer than this at a time can harm the skin: warn. */
    static final Duration LONG_HEAT_OR_COLD = Duration.ofMinutes(20);

    /** The fields that decide a step's kind. */
    private static final Map<String, String> MARKS = new LinkedHashMap<>();

    static {
        MARKS.put("time", "timed");
        MARKS.put("reps", "reps");
        MARKS.put("tempo", "reps");
        MARKS.put("phases", "cycle");
        MARKS.put("rounds", "cycle");
        MARKS.put("start", "cycle");
    }

    private final Values values;
    private final Pauses defaults;
    private final TempoReader tempo;
    private final CycleReader cycles;
    private final PictureReader pictures;

    /**
     * @param defaults the routine-level prepare, rest and switch pauses
     * @param folder the routine's folder, where its image pictures are
     */
    StepReader(Values values, Pauses defaults, Folder folder) {
        this.values = values;
        this.defaults = defaults;
        this.tempo = new TempoReader(values);
        this.pictures = new PictureReader(values, folder);
        this.cycles = new CycleReader(values, this, pictures);
    }

    Optional<Step> read(ConfigValue value, String path) {
        Optional<ConfigObject> obj = values.object(value, path, "a step");
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        ConfigObject o = obj.get();
        try {
            return read(o, path);
        } catch (ConfigException.NotResolved e) {
            values.unresolved(o, path);
            return Optional.empty();
        }
    }

    private Optional<Step> read(ConfigObject o, String path) {
        values.unknownKeys(o, path, KEYS, "a step");
        Optional<String> name = required(o, path, "name")
                .flatMap(v -> values.name(v, at(path, "name"), "a step needs a name, e.g. name = \"Plank\""));
        Optional<String> how = optional(o, "how").flatMap(v -> values.text(v, at(path, "how"), true));
        Optional<String> kind = kind(o, path);
        List<String> sides = sides(o, path);
        int sets = optional(o, "sets").map(v -> values.count(v, at(path, "sets"))).orElse(OptionalInt.of(1)).orElse(1);
        Optional<Tone> tone = optional(o, "tone").flatMap(v -> tone(v, at(path, "tone")));
        Optional<Picture> picture = pictures.read(o, path);
        Duration prepare = pause(o, path, "prepare", defaults.prepare());
        Duration rest = pause(o, path, "rest", defaults.rest());
        Duration switchSides = pause(o, path, "switch", defaults.switchSides());
        Duration setRest = pause(o, path, "set-rest", rest);
        if (o.containsKey("progress") && kind.isPresent() && !kind.get().equals("timed")) {
            values.report().error(o.get("progress").origin(), at(path, "progress"), "progress works only on timed steps");
        }
        for (String key : List.of("swap", "skin-check")) {
            if (o.containsKey(key) && kind.isPresent() && !kind.get().equals("cycle")) {
                values.report().error(o.get(key).origin(), at(path, key), key
                        + " works only on a cycle step (one with phases), such as heat and ice");
            }
        }
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        // Read the kind's own fields even without a name, so their problems are reported too.
        StepBase base = new StepBase(name.orElse(""), how, sides, sets, new Pauses(prepare, rest, switchSides, setRest),
                tone, picture);
        Optional<Step> step = switch (kind.get()) {
            case "timed" -> timed(o, path, base);
            case "reps" -> reps(o, path, base);
            case "cycle" -> cycles.read(o, path, base);
            default -> Optional.of(new Step.Note(base));
        };
        return name.isPresent() ? step : Optional.empty();
    }

    /** The stated kind, or the one its fields imply; empty (reported) when they disagree or name two kinds. */
    private Optional<String> kind(ConfigObject o, String path) {
        // The fields that decide the kind, by line, and in MARKS order within a line.
        List<String> present = new ArrayList<>(MARKS.keySet());
        present.removeIf(k -> !o.containsKey(k));
        present.sort(Comparator.comparingInt(k -> {
            int line = o.get(k).origin().lineNumber();
            return line < 0 ? Integer.MAX_VALUE : line;
        }));
        Map<String, String> marks = new LinkedHashMap<>();
        present.forEach(k -> marks.put(k, MARKS.get(k)));
        if (o.containsKey("kind")) {
            Optional<String> stated = values.text(o.get("kind"), at(path, "kind"), false);
            if (stated.isEmpty()) {
                return Optional.empty();
            }
            String k = stated.get().strip().toLowerCase(Locale.ROOT);
            if (!KINDS.contains(k)) {
                values.report().error(o.get("kind").origin(), at(path, "kind"), "unknown kind \""
                        + Sanitizer.line(stated.get()) + "\""
                        + Suggest.closest(k, KINDS).map(g -> "; did you mean \"" + g + "\"?")
                                .orElse("; use timed, reps, cycle or note"));
                return Optional.empty();
            }
            boolean fine = true;
            for (Map.Entry<String, String> m : marks.entrySet()) {
                if (!m.getValue().equals(k)) {
                    values.report().error(o.get(m.getKey()).origin(), at(path, m.getKey()), m.getKey() + " belongs to a "
                            + m.getValue() + " step, but this step says kind = " + k);
                    fine = false;
                }
            }
            return fine && requireFor(k, o, path) ? Optional.of(k) : Optional.empty();
        }
        Set<String> kinds = new LinkedHashSet<>(marks.values());
        if (kinds.size() > 1) {
            List<String> parts = new ArrayList<>();
            String second = null;
            for (String k : kinds) {
                String field = marks.entrySet().stream().filter(m -> m.getValue().equals(k)).findFirst().orElseThrow()
                        .getKey();
                parts.add(field + " (a " + k + " step)");
                if (second == null && !k.equals(kinds.iterator().next())) {
                    second = field;
                }
            }
            values.report().error(o.get(second).origin(), path, "a step has one kind, but this one has "
                    + String.join(" and ", parts) + "; keep one, or split it into two steps");
            return Optional.empty();
        }
        String k = kinds.isEmpty() ? "note" : kinds.iterator().next();
        return requireFor(k, o, path) ? Optional.of(k) : Optional.empty();
    }

    private boolean requireFor(String kind, ConfigObject o, String path) {
        String needed = switch (kind) {
            case "timed" -> "time";
            case "reps" -> "reps";
            case "cycle" -> "phases";
            default -> null;
        };
        if (needed != null && !o.containsKey(needed)) {
            values.report().error(o.origin(), path, "a " + kind + " step needs " + needed);
            return false;
        }
        return true;
    }

    private Optional<Step> timed(ConfigObject o, String path, StepBase base) {
        Optional<Duration> time = values.duration(o.get("time"), at(path, "time"), false);
        Optional<Progress> progress = Optional.empty();
        if (o.containsKey("progress")) {
            progress = progress(o.get("progress"), at(path, "progress"), time);
            if (progress.isEmpty()) {
                return Optional.empty();
            }
        }
        if (time.isEmpty()) {
            return Optional.empty();
        }
        warnIfLong(o.get("time"), at(path, "time"), time.get(), base.tone());
        return Optional.of(new Step.Timed(base, time.get(), progress));
    }

    private Optional<Progress> progress(ConfigValue v, String path, Optional<Duration> time) {
        Optional<ConfigObject> obj = values.object(v, path, "progress { add = 30s, max = 3m }");
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        ConfigObject o = obj.get();
        values.unknownKeys(o, path, List.of("add", "max"), "progress");
        Optional<Duration> add = required(o, path, "add").flatMap(x -> values.duration(x, at(path, "add"), false));
        Optional<Duration> max = required(o, path, "max").flatMap(x -> values.duration(x, at(path, "max"), false));
        if (add.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (time.isPresent() && max.get().compareTo(time.get()) < 0) {
            values.report().warning(o.get("max").origin(), at(path, "max"), "max " + Durations.compact(max.get())
                    + " is below the starting time " + Durations.compact(time.get()) + ", so the time will not grow");
        }
        return Optional.of(new Progress(add.get(), max.get()));
    }

    private Optional<Step> reps(ConfigObject o, String path, StepBase base) {
        OptionalInt reps = values.count(o.get("reps"), at(path, "reps"));
        Optional<Optional<Tempo>> t = o.containsKey("tempo")
                ? tempo.read(o.get("tempo"), at(path, "tempo")).map(Optional::of)
                : Optional.of(Optional.empty());
        if (reps.isEmpty() || t.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step.Reps(base, reps.getAsInt(), t.get()));
    }

    void warnIfLong(ConfigValue v, String path, Duration time, Optional<Tone> tone) {
        if (time.compareTo(LONG_HEAT_OR_COLD) > 0 && tone.isPresent()
                && (tone.get() == Tone.WARM || tone.get() == Tone.COLD)) {
            String what = tone.get() == Tone.WARM ? "heat" : "cold";
            values.report().warning(v.origin(), path, Durations.compact(time) + " of " + what
                    + " is longer than 20 minutes; heat or ice held longer than that at a time can harm the skin");
        }
    }

    private List<String> sides(ConfigObject o, String path) {
        if (!o.containsKey("sides")) {
            return List.of();
        }
        Optional<ConfigList> list = values.list(o.get("sides"), at(path, "sides"), "sides like [left, right]");
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.get().isEmpty()) {
            values.report().error(o.get("sides").origin(), at(path, "sides"),
                    "sides is empty; give them, e.g. [left, right], or leave sides out");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < list.get().size(); k++) {
            String p = at(path, "sides") + "[" + k + "]";
            ConfigValue side = list.get().get(k);
            Optional<String> s = values.name(side, p, "a side needs a name, e.g. left");
            if (s.isPresent()) {
                sideProblem(s.get(), out).ifPresent(problem -> values.report().error(side.origin(), p, problem));
                out.add(s.get());
            }
        }
        return out;
    }

    /** The usual names of sides; others are free text, but a near miss of these is a typo. */
    private static final List<String> USUAL_SIDES = List.of("left", "right");

    private static Optional<String> sideProblem(String side, List<String> before) {
        String shown = "\"" + Sanitizer.line(side) + "\"";
        String key = side.strip().toLowerCase(Locale.ROOT);
        if (before.stream().anyMatch(b -> b.strip().toLowerCase(Locale.ROOT).equals(key))) {
            return Optional.of("side " + shown + " is named twice; name each side once, e.g. [left, right]");
        }
        if (USUAL_SIDES.contains(key)) {
            return Optional.empty();
        }
        return Suggest.closest(key, USUAL_SIDES).map(u -> "unknown side " + shown + "; did you mean \"" + u + "\"?");
    }

    Optional<Tone> tone(ConfigValue v, String path) {
        Optional<String> word = values.text(v, path, false);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        String w = word.get().strip().toLowerCase(Locale.ROOT);
        Optional<Tone> t = Tone.fromWord(w);
        if (t.isEmpty()) {
            List<String> words = List.of("warm", "cold", "work", "rest");
            values.report().error(v.origin(), path, "unknown tone \"" + Sanitizer.line(word.get()) + "\""
                    + Suggest.closest(w, words).map(g -> "; did you mean \"" + g + "\"?")
                            .orElse("; use warm, cold, work or rest"));
        }
        return t;
    }

    private Duration pause(ConfigObject o, String path, String key, Duration fallback) {
        if (!o.containsKey(key)) {
            return fallback;
        }
        return values.duration(o.get(key), at(path, key), true).orElse(fallback);
    }

    Optional<ConfigValue> required(ConfigObject o, String path, String key) {
        if (!o.containsKey(key)) {
            values.report().error(o.origin(), path, key + " is required");
            return Optional.empty();
        }
        return Optional.of(o.get(key));
    }

    static Optional<ConfigValue> optional(ConfigObject o, String key) {
        return Optional.ofNullable(o.get(key));
    }

    static String at(String path, String key) {
        return path + "." + key;
    }
}
