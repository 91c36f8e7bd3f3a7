package dev.limber.cli;

import dev.limber.load.RoutineFile;
import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.routine.Beat;
import dev.limber.routine.Routine;
import dev.limber.text.Durations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code limber show --json}: the same data as the text, as maps and lists for {@code json/Json}. */
final class PlanJson {
    private PlanJson() {
    }

    static Map<String, Object> of(Plan plan, RoutineFile file) {
        Routine r = plan.routine();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("about", r.about().orElse(null));
        m.put("tags", r.tags());
        m.put("source", file.source().label());
        m.put("file", file.display());
        m.put("params", r.params());
        m.put("steps", plan.stepCount());
        m.put("total", Durations.clock(plan.total()));
        m.put("totalSeconds", seconds(plan.total()));
        List<Object> segments = new ArrayList<>();
        for (Segment s : plan.segments()) {
            segments.add(segment(s));
        }
        m.put("segments", segments);
        return m;
    }

    static Map<String, Object> segment(Segment s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", s.index() + 1);
        m.put("kind", s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("title", PlanText.describe(s));
        m.put("step", s.step() + 1);
        m.put("name", s.name());
        m.put("side", s.side().orElse(null));
        m.put("set", s.set());
        m.put("sets", s.sets());
        s.round().ifPresent(r -> {
            m.put("round", r.number());
            m.put("rounds", r.of());
        });
        s.phase().ifPresent(p -> m.put("phase", p));
        m.put("time", s.length().map(Durations::clock).orElse(null));
        m.put("seconds", s.length().map(PlanJson::seconds).orElse(null));
        if (s.body() instanceof Segment.Reps r) {
            m.put("reps", r.target());
            r.tempo().ifPresent(t -> {
                List<Object> beats = new ArrayList<>();
                for (Beat b : t.beats()) {
                    beats.add(Map.of("beat", b.name(), "seconds", seconds(b.length())));
                }
                m.put("tempo", beats);
            });
        }
        m.put("tone", s.tone().word());
        m.put("how", s.how().orElse(null));
        return m;
    }

    /** Whole seconds as an integer, a fraction only when there is one. */
    static Number seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros();
        return s.scale() <= 0 ? (Number) s.longValue() : (Number) s.doubleValue();
    }
}
