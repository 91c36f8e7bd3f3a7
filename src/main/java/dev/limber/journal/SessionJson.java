package dev.limber.journal;

import dev.limber.json.Json;
import dev.limber.json.JsonReader;
import dev.limber.plan.Segment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The journal's line format: a {@link SessionRecord} to a JSON object and back. Times are
 * seconds (with up to three decimals). Absent values, {@code set} 1 and {@code skipped} false are
 * left out to keep lines short. {@link SessionJsonReader} reads them back.
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
        if (s.set() != 1) {
            m.put("set", s.set());
        }
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
        if (s.skipped()) {
            m.put("skipped", true);
        }
        return m;
    }

    /** Parses one line; throws {@link IllegalArgumentException} saying what is wrong. */
    public static SessionRecord parse(String line) {
        return SessionJsonReader.parse(new JsonReader(line));
    }

    /** Seconds as a plain decimal: 30, 29.5, 0.125. */
    static BigDecimal seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
