package dev.limber.journal;

import dev.limber.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The resume file's format: a {@link ResumePoint} as one JSON object, and back. */
final class ResumeJson {
    private ResumeJson() {
    }

    static String write(ResumePoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.put("routine", p.routineId());
        m.put("segment", p.segment());
        m.put("saved", p.savedAt().toString());
        m.put("segments", p.segmentCount());
        m.put("name", p.segmentName());
        m.put("step", p.step());
        m.put("steps", p.stepCount());
        m.put("params", p.params());
        p.session().ifPresent(id -> m.put("session", id));
        if (p.left().isPresent()) {
            m.put("spent", p.spent().toMillis());
            m.put("left", p.left().get().toMillis());
        }
        return Json.write(m);
    }

    /** Parses a resume file's text; throws {@link IllegalArgumentException} saying what is wrong. */
    static ResumePoint parse(String text) {
        Object v = Json.parse(text.strip());
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        try {
            return new ResumePoint((String) need(m, "routine"), ((BigDecimal) need(m, "segment")).intValueExact(),
                    Instant.parse((String) need(m, "saved")), ((BigDecimal) need(m, "segments")).intValueExact(),
                    (String) need(m, "name"), ((BigDecimal) need(m, "step")).intValueExact(),
                    ((BigDecimal) need(m, "steps")).intValueExact(), params(m.get("params")),
                    session(m.get("session")), millis(m.get("spent")).orElse(Duration.ZERO), millis(m.get("left")));
        } catch (ClassCastException | ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException("a value has the wrong type", e);
        }
    }

    /** Longest time spent or left that a resume file may say: no countdown is longer. */
    private static final Duration MAX_TIME = Duration.ofHours(24);

    /** A time in milliseconds, 0 to 24 hours; none in a file written before times were kept. */
    private static Optional<Duration> millis(Object v) {
        if (v == null) {
            return Optional.empty();
        }
        Duration d = Duration.ofMillis(((BigDecimal) v).longValueExact());
        if (d.isNegative() || d.compareTo(MAX_TIME) > 0) {
            throw new IllegalArgumentException("a time is out of range");
        }
        return Optional.of(d);
    }

    /** The saved parameters; none in a file written before they were kept. */
    private static Map<String, String> params(Object v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                out.put((String) e.getKey(), (String) e.getValue());
            }
        }
        return out;
    }

    /** The session's id; none in a file written before sessions had ids. */
    private static Optional<String> session(Object v) {
        if (v == null) {
            return Optional.empty();
        }
        String id = (String) v;
        if (id.isEmpty() || id.length() > 64 || !id.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException("\"session\" is not a session id");
        }
        return Optional.of(id);
    }

    private static Object need(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("\"" + key + "\" is missing");
        }
        return v;
    }
}
