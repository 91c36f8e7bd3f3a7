package dev.limber.journal;

import dev.limber.json.Json;
import dev.limber.plan.Segment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The journal's line format: a {@link SessionRecord} to a JSON object and back. Times are
 * seconds (with up to three decimals); absent values are left out. Reading is strict about what
 * a session needs and tolerant of keys it does not know, so a newer limber's lines still read.
 */
public final class SessionJson {
    /** Format version written into every line. */
    static final int VERSION = 1;

    private SessionJson() {
    }

    /** One journal line, without the newline. */
    public static String line(SessionRecord r) {
        return Json.write(toMap(r));
    }

    public static Map<String, Object> toMap(SessionRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        m.put("routine", r.routineId());
        m.put("title", r.title());
        m.put("start", r.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("end", r.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("planned", seconds(r.planned()));
        m.put("active", seconds(r.active()));
        m.put("completed", r.completed());
        m.put("painBefore", r.painBefore().isPresent() ? r.painBefore().getAsInt() : null);
        m.put("painAfter", r.painAfter().isPresent() ? r.painAfter().getAsInt() : null);
        List<Object> segs = new ArrayList<>(r.segments().size());
        for (SegmentRecord s : r.segments()) {
            segs.add(toMap(s));
        }
        m.put("segments", segs);
        return m;
    }

    private static Map<String, Object> toMap(SegmentRecord s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", s.step());
        m.put("name", s.name());
        m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        s.side().ifPresent(v -> m.put("side", v));
        m.put("set", s.set());
        if (s.round() > 0) {
            m.put("round", s.round());
        }
        s.phase().ifPresent(v -> m.put("phase", v));
        s.planned().ifPresent(v -> m.put("planned", seconds(v)));
        m.put("achieved", seconds(s.achieved()));
        if (s.kind() == Segment.Kind.REPS) {
            m.put("reps", s.reps());
            m.put("repsDone", s.repsDone());
        }
        m.put("skipped", s.skipped());
        return m;
    }

    /** Parses one line; throws {@link IllegalArgumentException} saying what is wrong. */
    public static SessionRecord parse(String line) {
        Object v;
        try {
            v = Json.parse(line);
        } catch (Json.JsonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return fromMap(map(v, "a session"));
    }

    public static SessionRecord fromMap(Map<String, Object> m) {
        List<SegmentRecord> segs = new ArrayList<>();
        Object list = m.get("segments");
        if (!(list instanceof List<?> l)) {
            throw new IllegalArgumentException("\"segments\" is not a list");
        }
        for (Object o : l) {
            segs.add(segment(map(o, "a segment")));
        }
        return new SessionRecord(text(m, "routine"), optText(m, "title").orElse(text(m, "routine")),
                time(m, "start"), time(m, "end"), duration(m, "planned").orElse(Duration.ZERO),
                duration(m, "active").orElse(Duration.ZERO), bool(m, "completed"), pain(m, "painBefore"),
                pain(m, "painAfter"), segs);
    }

    private static SegmentRecord segment(Map<String, Object> m) {
        String kind = text(m, "kind");
        Segment.Kind k;
        try {
            k = Segment.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown segment kind \"" + kind + "\"", e);
        }
        return new SegmentRecord(integer(m, "step").orElseThrow(() -> missing("step")), text(m, "name"), k,
                optText(m, "side"), integer(m, "set").orElse(1), integer(m, "round").orElse(0), optText(m, "phase"),
                duration(m, "planned"), duration(m, "achieved").orElse(Duration.ZERO), integer(m, "reps").orElse(0),
                integer(m, "repsDone").orElse(0), m.get("skipped") != null && bool(m, "skipped"));
    }

    /** Seconds as a plain decimal: 30, 29.5, 0.125. */
    static BigDecimal seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object v, String what) {
        if (!(v instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("not " + what + " (expected a JSON object)");
        }
        return (Map<String, Object>) v;
    }

    private static IllegalArgumentException missing(String key) {
        return new IllegalArgumentException("\"" + key + "\" is missing");
    }

    private static String text(Map<String, Object> m, String key) {
        return optText(m, key).orElseThrow(() -> missing(key));
    }

    private static Optional<String> optText(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("\"" + key + "\" is not text");
        }
        return Optional.of(s);
    }

    private static boolean bool(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException("\"" + key + "\" is not true or false");
        }
        return b;
    }

    private static OffsetDateTime time(Map<String, Object> m, String key) {
        try {
            return OffsetDateTime.parse(text(m, key));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not an ISO-8601 time with offset", e);
        }
    }

    private static Optional<Integer> integer(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(((BigDecimal) v).intValueExact());
        } catch (ClassCastException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not a whole number", e);
        }
    }

    private static OptionalInt pain(Map<String, Object> m, String key) {
        Optional<Integer> v = integer(m, key);
        if (v.isPresent() && (v.get() < 0 || v.get() > 10)) {
            throw new IllegalArgumentException("\"" + key + "\" is not 0 to 10");
        }
        return v.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private static Optional<Duration> duration(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof BigDecimal d) || d.signum() < 0 || d.compareTo(MAX_SECONDS) > 0) {
            throw new IllegalArgumentException("\"" + key + "\" is not a number of seconds");
        }
        return Optional.of(Duration.ofMillis(d.movePointRight(3).longValue()));
    }

    /** Far beyond any session, small enough that no arithmetic on it overflows. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(100L * 365 * 24 * 3600);
}
